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
    t.source = distinct();
    if (unique % 2 === 0) t.deprecated = next();
    if (t.type === 'string') t.default = next();
    if (Array.isArray(t.enum))
      t.enum = t.enum.map(() => ({ value: distinct(), description: next(), deprecated: next() }));
    if (t.const !== undefined) t.const = distinct();
    // An example is a value of its type (the spec check refuses any other): text where the type is text.
    const example = textExample(t);
    if (example !== undefined) t.example = example;
    if (t.fields) (t.fields as Json)[distinct()] = { type: 'string', description: next() };
    for (const field of Object.values((t.fields as Json | undefined) ?? {})) fillType(field);
    fillType(t.items);
    fillType(t.values);
  };

  const textExample = (t: Json): unknown => {
    if (t.type === 'string') return next();
    if (Array.isArray(t.enum)) return (t.enum[t.enum.length - 1] as Json).value;
    if (t.const !== undefined) return t.const;
    if (t.type === 'array') {
      const item = textExample(t.items as Json);
      return item === undefined ? undefined : [item];
    }
    return undefined;
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
    body: { fields: { note: { type: 'string', required: true, description: next(), example: next() } } },
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

/**
 * Markup in a markdown file: a `<` that starts a tag, outside fenced blocks and code spans. The
 * anchors the templates put before a name (`<a id="thing-kind">`) hold the name made into an id:
 * an id of only `[a-z0-9_-]` is markup of the template's, whatever name it came from.
 */
function markdownTags(text: string): string[] {
  const found: string[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced || /^\s*```/.test(line)) continue;
    for (const part of markdownParts(line))
      if (!part.code)
        found.push(
          ...[...part.text.matchAll(/<[A-Za-z/!?][^>]*/g)].map((m) => m[0].replace(/^<a id="[a-z0-9_-]+"$/, '<a id')),
        );
  }
  return found;
}

// What prose in the spec may become in HTML: `code`, **bold**, *emphasis* and [links](https://…).
const PROSE_TAGS = /^\/?(code|strong|em|a)( href)?$/;

// A highlighted example: the highlighter's spans, as many as the code has tokens, around text.
const HTML_CODE = /(<pre[^>]*><code class="language-\w+">)(.*?)(<\/code><\/pre>)/gs;
const HIGHLIGHT_SPAN = /<span class="t-\w+">|<\/span>/g;

/** The text of the highlighted examples of an HTML page. */
function htmlCode(text: string): string[] {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return [...text.matchAll(HTML_CODE)].map((m) =>
    m[2]!.replace(HIGHLIGHT_SPAN, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]!),
  );
}

/**
 * The tags of an HTML page, with their attribute names, in order: all but those prose makes, and
 * but the highlighter's spans in examples (which are as many as the tokens of the code).
 */
function htmlTags(text: string): string[] {
  const unhighlighted = text.replace(
    HTML_CODE,
    (_, open: string, code: string, close: string) => `${open}${code.replace(HIGHLIGHT_SPAN, '')}${close}`,
  );
  return [...unhighlighted.matchAll(/<(\/?[A-Za-z][\w-]*)([^>]*)>/g)]
    .map(([, tag, attrs]) => `${tag}${[...attrs!.matchAll(/([\w-]+)=/g)].map((m) => ` ${m[1]}`).join('')}`)
    .filter((tag) => !PROSE_TAGS.test(tag));
}

/** The fenced code blocks of a markdown file, with their language. */
function codeBlocks(text: string): { language: string; code: string }[] {
  const blocks: { language: string; code: string }[] = [];
  let open: { fence: string; language: string; lines: string[] } | undefined;
  for (const line of text.split('\n')) {
    if (open) {
      if (line === open.fence) blocks.push({ language: open.language, code: open.lines.join('\n') });
      else open.lines.push(line);
      if (line === open.fence) open = undefined;
      continue;
    }
    const start = /^(`{3,})(\w*)$/.exec(line);
    if (start) open = { fence: start[1]!, language: start[2]!, lines: [] };
  }
  return blocks;
}

/** How many cells each table row of a markdown file has, beside its header's: GitHub splits at every `|` no odd run of backslashes escapes. */
function tableShapes(text: string): string[] {
  const shapes: string[] = [];
  let header: number | undefined;
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced || !line.startsWith('|')) {
      header = undefined;
      continue;
    }
    let pipes = 0;
    let slashes = 0;
    for (const c of line) {
      if (c === '|' && slashes % 2 === 0) pipes++;
      slashes = c === '\\' ? slashes + 1 : 0;
    }
    header ??= pipes;
    shapes.push(`${pipes}/${header}`);
  }
  return shapes;
}

/**
 * A TypeScript example's syntax, with each string literal and property name as a placeholder:
 * spec text may change what the literals hold, never the code around them.
 */
function tsSkeleton(code: string): string {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    const isName = ts.isPropertyAssignment(node.parent ?? node) && (node.parent as ts.PropertyAssignment).name === node;
    if (isName || ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      out.push(isName ? 'name' : 'string');
      return;
    }
    out.push(ts.SyntaxKind[node.kind]!);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  return out.join(' ');
}

/**
 * The words a POSIX shell makes of a command of single-quoted words, double-quoted words with
 * `$NAME` references, and backslash-newline continuations; any other shell syntax throws.
 */
function shellWords(command: string, env: Readonly<Record<string, string>>): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let i = 0;
  const add = (text: string) => (word = (word ?? '') + text);
  while (i < command.length) {
    const c = command[i]!;
    if (c === '\\' && command[i + 1] === '\n') i += 2;
    else if (c === ' ' || c === '\n') {
      if (word !== undefined) words.push(word);
      word = undefined;
      i++;
    } else if (c === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unclosed quote in ${command}`);
      add(command.slice(i + 1, end));
      i = end + 1;
    } else if (c === '\\') {
      add(command[i + 1]!);
      i += 2;
    } else if (c === '"') {
      for (i++; command[i] !== '"';) {
        if (i >= command.length) throw new Error(`unclosed quote in ${command}`);
        const variable = /^\$([A-Za-z_]\w*)/.exec(command.slice(i));
        if (command[i] === '\\' && '$`"\\\n'.includes(command[i + 1]!)) {
          add(command[i + 1]!);
          i += 2;
        } else if (variable) {
          add(env[variable[1]!] ?? '');
          i += variable[0].length;
        } else if ('$`!'.includes(command[i]!)) throw new Error(`shell syntax in ${command}`);
        else add(command[i++]!);
      }
      i++;
    } else if (/[\w./:=,@%+-]/.test(c)) add(command[i++]!);
    else throw new Error(`shell syntax ${JSON.stringify(c)} in ${command}`);
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** A curl example's words, with the URL as its origin and path and the body checked to be JSON. */
function curlSkeleton(command: string): string[] {
  return shellWords(command, { ZOO_TOKEN: 'token' }).map((word, i, words) => {
    if (words[i - 1] === '--data') return typeof JSON.parse(word);
    if (!word.startsWith('https:')) return word;
    const url = new URL(word);
    return `${url.origin}${url.pathname}`;
  });
}

/** What the code blocks of a markdown file must keep whatever text the spec holds. */
function codeShapes(text: string): string[] {
  return codeBlocks(text).map(({ language, code }) => {
    if (language === 'ts') return `ts ${tsSkeleton(code)}`;
    if (language === 'sh') return `sh ${curlSkeleton(code).join(' ')}`;
    if (language === 'json') return `json ${typeof JSON.parse(code)}`;
    return language;
  });
}

interface SearchData {
  kinds: string[];
  entries: { k: number; n: string; c: string; h: string; t: string; d: string }[];
}

/** The site's search index: data assigned to one global, links into the site only. */
function searchIndex(text: string): SearchData {
  const data = /^window\.SEARCH_INDEX = (.*);\n$/s.exec(text);
  expect(data, 'search index').not.toBeNull();
  expect(data![1]).not.toMatch(/[<\u2028\u2029]/);
  const index = JSON.parse(data![1]!) as SearchData;
  for (const e of index.entries) expect(e.h).toMatch(/^[\w/.-]+\.html(#[a-z0-9_-]+)?$/);
  return index;
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
    if (file.endsWith('.md')) {
      const same = plain.files.get(file)!;
      expect(markdownTags(text), file).toEqual(markdownTags(same));
      expect(tableShapes(text), file).toEqual(tableShapes(same));
      expect(codeShapes(text), file).toEqual(codeShapes(same));
    }
    if (file.endsWith('.html')) {
      expect(htmlTags(text), file).toEqual(htmlTags(plain.files.get(file)!));
      // The site shows the examples of the markdown page, as text.
      const page = output.files.get(file.replace(/^docs\/site\/(.*)\.html$/, 'docs/$1.md'));
      if (page) expect(htmlCode(text), file).toEqual(codeBlocks(page).map((b) => b.code));
    }
  }

  const search = searchIndex(output.files.get('docs/site/search-index.js')!);
  const plainSearch = searchIndex(plain.files.get('docs/site/search-index.js')!);
  expect(search.entries.map((e) => e.k)).toEqual(plainSearch.entries.map((e) => e.k));

  await rm(PACKAGE, { recursive: true, force: true });
  const dist = await compilePackage(output.files);
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
    // The body's example, with its quotes and `*/`, is what the curl example sends.
    const curls = codeBlocks(page)
      .filter((b) => b.language === 'sh')
      .map((b) => shellWords(b.code, {}));
    const create = curls.find((words) => words.includes('--data'))!;
    expect(texts).toContain((JSON.parse(create[create.indexOf('--data') + 1]!) as { note: string }).note);
    // The only markup is the anchors of the templates' field rows.
    expect(markdownTags(page).filter((tag) => tag !== '<a id' && tag !== '</a')).toEqual([]);
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
    expect(output.files.get('docs/zoo/things.md')).toContain(
      '| <a id="thing-prototype"></a>`prototype` | `integer` | no |',
    );
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
