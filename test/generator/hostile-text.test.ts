/**
 * Spec text is data. Adversarial strings go into every text field of random valid specs
 * (test/helpers/random-spec.ts): descriptions, titles, deprecation messages, enum values and
 * their docs, constants, defaults, examples, sources, wire names and field names. Generation either succeeds or
 * refuses the spec with places; what it writes has the same exports and the same statements as
 * the same spec with plain text, compiles, prints nothing when its entry points are imported, and
 * its docs hold no markup that the text brought in.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import ts from 'typescript';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePackage } from '../../generator/build.js';
import { SpecError } from '../../generator/diagnostics.js';
import { markdownParts } from '../../generator/escape.js';
import { generate } from '../../generator/pipeline.js';
import { FIXTURE_SPEC_DIR, INPUTS, ROOT } from '../helpers/paths.js';
import { randomSpec, resourceFile, type RandomSpec } from '../helpers/random-spec.js';
import { specDir } from '../helpers/spec-dir.js';
import { TypeChecker } from '../helpers/type-checker.js';

// Inside the repository, so that the package finds zod, undici and @types/node.
const OUT = path.join(ROOT, 'test/output/hostile-text');
const PACKAGE = path.join(OUT, 'package');

const FRAGMENTS = [
  '*/',
  '/*',
  '/** x */',
  '//',
  '${process.exit(1)}',
  '`',
  '```',
  "'",
  '"',
  '\\',
  "\\'",
  '\\u0041',
  '\n',
  '\r\n',
  '\n@deprecated ',
  '\u2028',
  '\u2029',
  '</script>',
  '<script>console.log(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '-->',
  '{{',
  '}}',
  '{{{x}}}',
  '\uD800',
  '\uDC00',
  '|',
  '[x](javascript:alert(1))',
  '\n[r]: javascript:alert(1)',
  'example.com/*/admin',
  ' */ console.log("ran"); /* ',
  'text',
];

const fragments = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }).map((parts) => parts.join(''));
// Never blank, so that what the plain spec shows (a description, a deprecation) it shows too.
const hostileText = fc.tuple(fragments, fragments).map(([before, after]) => `${before}text${after}`);

type Json = Record<string, unknown>;

/**
 * The spec files of `spec` with a text from `texts` (taken in turn) in every text field, written
 * as JSON, which is YAML: its `\uXXXX` escapes carry lone surrogates, which UTF-8 cannot.
 */
function specFiles(apiYaml: string, spec: RandomSpec, texts: readonly string[]): Record<string, string> {
  let taken = 0;
  const next = () => texts[taken++ % texts.length]!;
  let unique = 0;
  const distinct = () => `${next()}${unique++}`;

  const fillType = (type: unknown): void => {
    if (type === null || typeof type !== 'object' || Array.isArray(type)) return;
    const t = type as Json;
    t.description = next();
    t.example = next();
    t.source = distinct();
    if (unique % 2 === 0) t.deprecated = next();
    if (t.type === 'string') t.default = next();
    if (Array.isArray(t.enum))
      t.enum = t.enum.map(() => ({ value: distinct(), description: next(), deprecated: next() }));
    if (t.const !== undefined) t.const = distinct();
    if (t.fields) (t.fields as Json)[distinct()] = { type: 'string', description: next() };
    for (const field of Object.values((t.fields as Json | undefined) ?? {})) fillType(field);
    fillType(t.items);
    fillType(t.values);
  };

  const resource = resourceFile(spec) as Json & { models: Json; endpoints: Record<string, Json> };
  Object.assign(resource, { title: next(), description: next(), source: distinct() });
  for (const model of Object.values(resource.models)) fillType(model);
  const get = resource.endpoints.get!;
  Object.assign(get, { title: next(), description: next(), deprecated: next(), source: distinct() });
  get.responseExample = { text: next() };
  get.pathParams = { thing_id: { type: 'string', description: next() } };
  resource.endpoints.list = {
    title: next(),
    description: next(),
    http: 'GET /accounts/{account_id}/things',
    pagination: 'CursorPagination',
    query: { q: { type: 'string', description: next(), wireName: distinct(), default: next() } },
    response: spec.response,
  };
  resource.endpoints.create = {
    description: next(),
    deprecated: next(),
    http: 'POST /accounts/{account_id}/things',
    body: { fields: { note: { type: 'string', required: true, description: next() } } },
    response: spec.response,
  };

  const api = parse(apiYaml) as { api: Json & { package: Json; auth: Json[]; pagination: Record<string, Json> } };
  Object.assign(api.api, { title: next(), description: next(), source: distinct() });
  Object.assign(api.api.package, { description: next(), keywords: [next()] });
  api.api.auth[0]!.description = next();
  const cursor = api.api.pagination.CursorPagination!;
  cursor.description = next();
  (cursor.query as Record<string, Json>).cursor!.description = next();
  return { 'api.yaml': JSON.stringify(api, null, 1), 'things.yaml': JSON.stringify(resource, null, 1) };
}

/** The package's TypeScript modules (not the hand-written copies): file -> its top-level statements. */
function statementsOf(files: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [file, text] of files) {
    if (!file.startsWith('src/') || !file.endsWith('.ts') || file.startsWith('src/runtime/')) continue;
    if (text.includes('by `npm run generate`. Edit it there.')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    out.set(file, source.statements.map(describeStatement));
  }
  return out;
}

/** A statement's kind and the names it declares or exports: what spec text must never change. */
function describeStatement(statement: ts.Statement): string {
  const kind = ts.SyntaxKind[statement.kind];
  const exported = ts.canHaveModifiers(statement)
    ? (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    : false;
  const names: string[] = [];
  if (ts.isVariableStatement(statement))
    names.push(...statement.declarationList.declarations.map((d) => d.name.getText()));
  else if ('name' in statement && statement.name && ts.isIdentifier(statement.name as ts.Node))
    names.push((statement.name as ts.Identifier).text);
  if (ts.isExportDeclaration(statement)) {
    const clause = statement.exportClause;
    names.push(clause && ts.isNamedExports(clause) ? clause.elements.map((e) => e.name.text).join(',') : '*');
  }
  return `${exported ? 'export ' : ''}${kind} ${names.join(',')}`;
}

/** Markup in a markdown file: a `<` that starts a tag, outside fenced blocks and code spans. */
function markdownTags(text: string): string[] {
  const found: string[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced || /^\s*```/.test(line)) continue;
    for (const part of markdownParts(line))
      if (!part.code) found.push(...[...part.text.matchAll(/<[A-Za-z/!?][^>]*/g)].map((m) => m[0]));
  }
  return found;
}

// What prose in the spec may become in HTML: `code`, **bold**, *emphasis* and [links](https://…).
const PROSE_TAGS = /^\/?(code|strong|em|a)( href)?$/;

/** The tags of an HTML page, with their attribute names, in order: all but those prose makes. */
function htmlTags(text: string): string[] {
  return [...text.matchAll(/<(\/?[A-Za-z][\w-]*)([^>]*)>/g)]
    .map(([, tag, attrs]) => `${tag}${[...attrs!.matchAll(/([\w-]+)=/g)].map((m) => ` ${m[1]}`).join('')}`)
    .filter((tag) => !PROSE_TAGS.test(tag));
}

const IMPORT_ENTRY_POINTS = `
import { writeFileSync } from 'node:fs';
const [dir, out] = process.argv.slice(-2);
const exports = {};
for (const entry of ['index', 'schemas/index', 'mock/index', 'runtime/index'])
  exports[entry] = Object.keys(await import(dir + '/dist/' + entry + '.js')).sort();
writeFileSync(out, JSON.stringify(exports));
`;

let apiYaml: string;
let checker: TypeChecker | undefined;
let runs = 0;

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  apiYaml = await readFile(path.join(FIXTURE_SPEC_DIR, 'api.yaml'), 'utf8');
});
afterAll(() => rm(OUT, { recursive: true, force: true }));

async function generateFrom(files: Record<string, string>) {
  const folder = await specDir(files);
  try {
    return await generate({ ...INPUTS, specDir: folder.dir });
  } finally {
    await folder.cleanup();
  }
}

/** Everything this file asserts of one spec with the given texts. */
async function checkSpec(spec: RandomSpec, texts: readonly string[]): Promise<ReadonlyMap<string, string> | undefined> {
  let output;
  try {
    output = await generateFrom(specFiles(apiYaml, spec, texts));
  } catch (error) {
    // Refusing the spec is allowed, with a place for every problem (the CLI exits 2).
    expect(error).toBeInstanceOf(SpecError);
    for (const d of (error as SpecError).diagnostics) {
      expect(d.file).toMatch(/^spec\/\w+\.yaml$/);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.col).toBeGreaterThanOrEqual(1);
    }
    return undefined;
  }
  const plain = await generateFrom(specFiles(apiYaml, spec, ['text']));
  expect([...output.files.keys()]).toEqual([...plain.files.keys()]);
  expect(statementsOf(output.files)).toEqual(statementsOf(plain.files));
  for (const [file, text] of output.files) {
    if (file.endsWith('.md')) expect(markdownTags(text), file).toEqual(markdownTags(plain.files.get(file)!));
    if (file.endsWith('.html')) expect(htmlTags(text), file).toEqual(htmlTags(plain.files.get(file)!));
  }

  await rm(PACKAGE, { recursive: true, force: true });
  const dist = compilePackage(output.files);
  for (const [file, text] of [...output.files, ...dist]) {
    await mkdir(path.dirname(path.join(PACKAGE, file)), { recursive: true });
    await writeFile(path.join(PACKAGE, file), text);
  }
  checker ??= new TypeChecker(TypeChecker.optionsOf(path.join(PACKAGE, 'tsconfig.json')), [
    path.join(PACKAGE, 'src/runtime'),
  ]);
  const sources = [...output.files.keys()].filter((f) => f.startsWith('src/') && f.endsWith('.ts'));
  expect(checker.check(sources.map((f) => path.join(PACKAGE, f)))).toEqual([]);

  const exportsFile = path.join(OUT, `exports-${runs++}.json`);
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [
    '--input-type=module',
    '-e',
    IMPORT_ENTRY_POINTS,
    PACKAGE,
    exportsFile,
  ]);
  expect({ stdout, stderr }).toEqual({ stdout: '', stderr: '' });
  const exported = JSON.parse(await readFile(exportsFile, 'utf8')) as Record<string, string[]>;
  const runtime = exported['runtime/index']!;
  expect(exported.index).toEqual([...runtime, 'Cloudflare', 'default'].sort());
  const schemas = [
    ...Object.keys(resourceFile(spec).models as Json).map((name) => `${name}Schema`),
    ...['ThingGetParamsSchema', 'ThingListParamsSchema', 'ThingCreateParamsSchema', 'ENDPOINT_SCHEMAS'],
  ];
  expect(exported['schemas/index']).toEqual(schemas.sort());
  expect(exported['mock/index']).toEqual(['BASE_PATH', 'Faults', 'Store', 'startMockServer']);
  return output.files;
}

describe('spec text in every output', () => {
  it('the texts of the probes generate and stay text', async () => {
    const [spec] = fc.sample(randomSpec, { seed: 14, numRuns: 1 });
    const texts = [
      "A group. */ export const INJECTED = (() => { console.log('ran'); return 1; })(); /* end",
      'example.com/*/admin',
      '<script>alert(1)</script> <img src=x onerror=alert(1)>',
    ];
    const files = await checkSpec(spec!, texts);
    expect(files).toBeDefined();
    const types = files!.get('src/types/things.ts')!;
    expect(types).toContain(
      "A group. *\\/ export const INJECTED = (() => { console.log('ran'); return 1; })(); /* end",
    );
    expect(types).toContain('example.com/*\\/admin');
    const page = files!.get('docs/zoo/things.md')!;
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;');
    expect(markdownTags(page)).toEqual([]);
  }, 120_000);

  it('writes a literal that ends in a backslash, a field named prototype and a path parameter named thing-id', async () => {
    // The writer took the quote after `\\` for an escaped one, the next literal's `/*` for code,
    // and closed that "comment" with a `*/` before the next doc comment: invalid TypeScript.
    const things = {
      resource: 'zoo.things',
      typePrefix: 'Thing',
      models: {
        Thing: {
          fields: {
            kind: { enum: ['a\\', '/* x'] },
            other: { type: 'string', description: 'doc' },
            path: { type: 'string', default: 'C:\\dir\\' },
            prototype: { type: 'integer' },
          },
        },
      },
      endpoints: {
        get: {
          http: 'GET /accounts/{account_id}/things/{thing-id}',
          pathParams: { 'thing-id': 'string' },
          response: 'Thing',
        },
      },
    };
    const output = await generateFrom({ 'api.yaml': apiYaml, 'things.yaml': JSON.stringify(things) });
    const types = output.files.get('src/types/things.ts')!;
    expect(types).toContain("kind?: 'a\\x5C' | '/* x';\n  /** doc */\n  other?: string;");
    // A field named `prototype` (which plain objects do not inherit) is a field like any other.
    expect(types).toContain('prototype?: number;');
    expect(output.files.get('src/schemas/things.ts')).toContain('prototype: z.int().optional(),');
    const api = JSON.parse(output.files.get('api.json')!) as { models: Record<string, { fields: object }> };
    expect(Object.hasOwn(api.models.Thing!.fields, 'prototype')).toBe(true);
    expect(output.files.get('docs/zoo/things.md')).toContain('| `prototype` | `integer` | no |');
    // A path parameter that is not an identifier is passed as one: `thing-id` -> `thingID`.
    expect(output.files.get('src/resources/zoo/things.ts')).toContain('get(thingID: string');
  }, 60_000);

  it('generates from adversarial text in every field, or refuses it with places', async () => {
    let generated = 0;
    await fc.assert(
      fc.asyncProperty(randomSpec, fc.array(hostileText, { minLength: 8, maxLength: 8 }), async (spec, texts) => {
        if (await checkSpec(spec, texts)) generated++;
      }),
      { seed: 20261203, numRuns: 3, interruptAfterTimeLimit: 150_000, markInterruptAsFailure: true },
    );
    // None of these texts is a reason to refuse a spec.
    expect(generated).toBe(3);
  }, 240_000);
});
