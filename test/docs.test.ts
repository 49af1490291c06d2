/**
 * The generated docs: every method of the spec is documented in the markdown and in the site,
 * and every TypeScript example in them type-checks against the generated package.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kebabCase } from '../generator/names.js';
import { readSpec } from '../generator/pipeline.js';
import { GENERATED_DIR, ROOT, SPEC_DIR } from './helpers/paths.js';
import { typeErrors } from './helpers/type-check.js';

const DOCS = path.join(GENERATED_DIR, 'docs');
const spec = await readSpec({ specDir: SPEC_DIR, specLabel: 'spec' });

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

describe('every method is documented', () => {
  it.each(spec.resources.map((r) => [r.path.join('.'), r] as const))('%s', async (_name, resource) => {
    const stem = resource.path.map(kebabCase).join('/');
    const markdown = await readFile(path.join(DOCS, `${stem}.md`), 'utf8');
    const html = await readFile(path.join(DOCS, 'site', `${stem}.html`), 'utf8');
    for (const e of resource.endpoints) {
      expect(markdown).toContain(`\n### ${e.name}\n`);
      expect(html).toContain(`<section class="method" id="${e.name.toLowerCase()}">`);
    }
    expect(markdown.match(/^### /gm)?.length).toBeGreaterThanOrEqual(resource.endpoints.length);
  });

  it('the site and the markdown hold 97 methods each, and the search index all of them', async () => {
    const count = async (ext: string, pattern: RegExp) => {
      let n = 0;
      for (const file of await filesUnder(DOCS, ext)) n += (await readFile(file, 'utf8')).match(pattern)?.length ?? 0;
      return n;
    };
    expect(await count('.html', /<section class="method" /g)).toBe(97);
    expect(await count('.md', /^Example \(Required fields\):$/gm)).toBe(97);
    const index = await readFile(path.join(DOCS, 'site/search-index.js'), 'utf8');
    const search = JSON.parse(index.replace(/^window\.SEARCH_INDEX = /, '').replace(/;\n$/, '')) as {
      kinds: string[];
      entries: { k: number }[];
    };
    expect(search.entries.filter((e) => search.kinds[e.k] === 'method')).toHaveLength(97);
  });
});

describe('examples in the docs', () => {
  let dir: string | undefined;
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('every TypeScript example type-checks against the generated package', async () => {
    const examples: { where: string; code: string }[] = [];
    for (const file of await filesUnder(DOCS, '.md')) {
      for (const match of (await readFile(file, 'utf8')).matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
        examples.push({ where: path.relative(ROOT, file), code: match[1]! });
      }
    }
    expect(examples.length).toBeGreaterThanOrEqual(97);
    // Inside the repository, so that 'zero-trust-client' resolves through node_modules.
    dir = await mkdtemp(path.join(ROOT, 'test/.docs-examples-'));
    const files = await Promise.all(
      examples.map(async ({ where, code }, i) => {
        const file = path.join(dir!, `${String(i).padStart(3, '0')}-${path.basename(where, '.md')}.ts`);
        const body = code.replace(/^/gm, '  ');
        await writeFile(
          file,
          `// ${where}\nimport Cloudflare from 'zero-trust-client';\nconst client = new Cloudflare({ apiToken: 'token' });\nexport async function example(): Promise<void> {\n${body}}\n`,
        );
        return file;
      }),
    );
    // Each error names the example's file, whose first line says which page it came from.
    const errors = typeErrors(files);
    expect(errors).toEqual([]);
  }, 90_000);
});

describe('curl examples in the docs', () => {
  /** Every method's curl commands in the markdown, by endpoint id. */
  async function curlCommands(): Promise<{ id: string; command: string }[]> {
    const out: { id: string; command: string }[] = [];
    for (const resource of spec.resources) {
      const markdown = await readFile(path.join(DOCS, `${resource.path.map(kebabCase).join('/')}.md`), 'utf8');
      for (const section of markdown.split(/^### /m).slice(1)) {
        const name = section.slice(0, section.indexOf('\n'));
        const e = resource.endpoints.find((x) => x.name === name);
        if (!e) continue;
        for (const match of section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)) out.push({ id: e.id, command: match[1]!.trimEnd() });
      }
    }
    return out;
  }

  it("every body, with the scope and query of the URL, passes the method's params schema", async () => {
    const { ENDPOINT_SCHEMAS } = (await import(path.join(GENERATED_DIR, 'dist/schemas/index.js'))) as {
      ENDPOINT_SCHEMAS: Record<string, { request?: { safeParse(v: unknown): { success: boolean; error?: unknown } } }>;
    };
    const commands = await curlCommands();
    expect(commands.length).toBeGreaterThanOrEqual(97);
    const endpoints = new Map(spec.resources.flatMap((r) => r.endpoints.map((e) => [e.id, e] as const)));
    const failures: string[] = [];
    for (const { id, command } of commands) {
      const e = endpoints.get(id)!;
      const url = new URL(/^curl (?:-X \w+ )?'([^']+)'/.exec(command)![1]!);
      expect(url.origin + '/client/v4').toBe(spec.api.baseURL);
      const body = /--data '([\s\S]*)'$/.exec(command)?.[1];
      const sent = body === undefined ? undefined : (JSON.parse(body) as unknown);
      // Back from the wire to the params object: the scope from the path, the query, the body.
      const params: Record<string, unknown> = {};
      const scope = /\/(accounts|zones)\/([^/]+)/.exec(url.pathname);
      if (scope && e.scope !== 'none') params[scope[1] === 'accounts' ? 'account_id' : 'zone_id'] = scope[2];
      const byWire = new Map([...e.query, ...(e.body?.kind === 'fields' ? e.body.fields : [])].map((f) => [f.wireName ?? f.name, f]));
      for (const [key, value] of url.searchParams) {
        const f = byWire.get(key);
        const item = f?.type.kind === 'array' ? f.type.items : f?.type;
        const parsed = item?.kind === 'primitive' && item.name !== 'string' ? (JSON.parse(value) as unknown) : value;
        const name = f?.name ?? key;
        if (f?.type.kind === 'array') params[name] = [...((params[name] as unknown[] | undefined) ?? []), parsed];
        else params[name] = parsed;
      }
      if (e.body?.kind === 'param') params[e.body.field.name] = sent;
      else if (sent !== undefined)
        for (const [key, value] of Object.entries(sent as object)) params[byWire.get(key)?.name ?? key] = value;
      const schema = ENDPOINT_SCHEMAS[id]?.request;
      if (!schema) continue;
      const result = schema.safeParse(params);
      if (!result.success) failures.push(`${id}: ${JSON.stringify(result.error)}`);
    }
    expect(failures).toEqual([]);
  });
});
