/**
 * The generated docs: every method of the spec is documented in the markdown and in the site,
 * and every TypeScript example in them type-checks against the generated package.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
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
