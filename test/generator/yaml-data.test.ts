import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { listSpecFiles } from '../../generator/load.js';
import { quickYaml } from '../../generator/yaml-data.js';
import { measureNesting } from '../../generator/yaml-nesting.js';
import { linePositionsOf, offsetAt, placedOfDocument, type YamlPath } from '../../generator/yaml-positions.js';
import { ROOT } from '../helpers/paths.js';

const quick = (text: string) => quickYaml(text, measureNesting(text).flowAcrossLines);

/** What load.ts makes of a text with yaml: its data, or the codes of its errors and warnings. */
function viaYaml(text: string): { data: unknown } | { problems: string[] } {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: false });
  const problems = [...doc.errors, ...doc.warnings].map((problem) => problem.code);
  return problems.length > 0 ? { problems } : { data: doc.toJS() ?? null };
}

/** Every path into `data`, and one past each of its collections. */
function pathsOf(data: unknown, at: YamlPath = []): YamlPath[] {
  if (typeof data !== 'object' || data === null) return [at];
  const steps = Array.isArray(data) ? data.map((_, i) => i) : Object.keys(data);
  const children = steps.flatMap((step) => pathsOf((data as Record<string | number, unknown>)[step], [...at, step]));
  return [at, [...at, 'missing'], [...at, 0], ...children];
}

/** Whether the quick reading of `text`, if there is one, is yaml's, in its data and its positions. */
function agreesWithYaml(text: string): boolean {
  const read = quick(text);
  if (read === undefined) return true;
  if (!isDeepStrictEqual(viaYaml(text), { data: read.data })) return false;
  const lineCounter = new LineCounter();
  const placed = placedOfDocument(parseDocument(text, { lineCounter, uniqueKeys: true }));
  const lineCol = linePositionsOf(text).linePos;
  return pathsOf(read.data).every((at) =>
    [false, true].every((key) =>
      isDeepStrictEqual(lineCol(offsetAt(read.placed, at, key)), lineCounter.linePos(offsetAt(placed, at, key))),
    ),
  );
}

describe('quickYaml', () => {
  it.each<[string, string, unknown]>([
    ['nulls', 'b: ~\nc: null\nd: Null\ne: NULL\n', { b: null, c: null, d: null, e: null }],
    ['booleans', 'a: true\nb: True\nc: FALSE\nd: yes\ne: off\n', { a: true, b: true, c: false, d: 'yes', e: 'off' }],
    [
      'integers, as the core schema writes them',
      'a: 12\nb: -0\nc: +7\nd: 0o17\ne: 0x1F\nf: 007\ng: 1_000\nh: 0b10\ni: -0x1\n',
      { a: 12, b: -0, c: 7, d: 15, e: 31, f: 7, g: '1_000', h: '0b10', i: '-0x1' },
    ],
    [
      'floats',
      'a: 1.50\nb: .5\nc: 1e3\nd: -.inf\ne: .NaN\nf: 1.\ng: 1e\n',
      { a: 1.5, b: 0.5, c: 1000, d: -Infinity, e: NaN, f: 1, g: '1e' },
    ],
    [
      'quoted scalars stay strings',
      `a: '1'\nb: "true"\nc: "x\\ty\\u00e9"\nd: 'it''s'\n`,
      { a: '1', b: 'true', c: 'x\ty\u00e9', d: "it's" },
    ],
    ['block scalars', 'a: |\n  x\n  y\nb: >-\n  x\n  y\n\n  z\n', { a: 'x\ny\n', b: 'x y\nz' }],
    ['multi-line plain scalars fold', 'a: x\n  y\n\n  z\n', { a: 'x y\nz' }],
    ['flow collections on one line', 'a: [1, x, {b: c}]\nb: {}\n', { a: [1, 'x', { b: 'c' }], b: {} }],
    [
      'keys that are not strings are named as yaml names them',
      '1: a\ntrue: b\n0x10: c\n1.50: d\n',
      { 1: 'a', true: 'b', 16: 'c', 1.5: 'd' },
    ],
    ['line ends of CR LF', 'a: 1\r\nb:\r\n  - x\r\n', { a: 1, b: ['x'] }],
  ])('reads %s', (_, text, want) => {
    expect(quick(text)?.data).toEqual(want);
    expect(viaYaml(text)).toEqual({ data: want });
    expect(agreesWithYaml(text)).toBe(true);
  });

  it('keeps a key named like the prototype accessor as an own property, as yaml does', () => {
    const data = quick('__proto__: {polluted: 1}\n')!.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each<[string, string]>([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['an anchor on a collection', 'a: &x [1]\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a local tag', 'a: !thing 1\n'],
    ['the non-specific tag', 'a: ! 1\n'],
    ['a directive', '%YAML 1.1\n---\na: yes\n'],
    ['a document marker', '---\na: 1\n'],
    ['an indented document marker', 'a: 1\n  ...\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a document that is a sequence', '- 1\n'],
    ['a document that is a scalar', 'x\n'],
    ['a collection as a key', '? [a, b]\n: 1\n'],
    ['an empty key', ': 1\n'],
    ['an empty value, which js-yaml does not place', 'a:\nb: 1\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['a key longer than 1024 characters', `${'k'.repeat(1025)}: 1\n`],
    ['a tab', 'a:\t1\n'],
    ['a carriage return on its own', 'a: x\ry\n'],
    ['a block scalar that keeps its line breaks', 'a: |+\n  x\n\n'],
    ['a block scalar that gives its indentation', 'a: |2\n   x\n'],
    ['a flow collection over several lines', 'a: [1,\n  2]\n'],
    ['an escaped line break before an empty line', 'a: "x\\\n\n  y"\n'],
    ['a comment line between a key and its value', 'a:\n#c\n  x\nb: 1\n'],
    ['a key after an entry of a sequence, on its line', "k:\n- 'q' ? x\n"],
    ['what js-yaml rejects', 'a: [1\n'],
  ])('leaves to yaml %s', (_, text) => {
    expect(quick(text)).toBeUndefined();
  });

  it('reads every spec file here as yaml does, the valid ones quickly', async () => {
    const read: string[] = [];
    for (const dir of ['spec', 'test/fixtures']) {
      for (const file of await listSpecFiles(path.join(ROOT, dir))) {
        const text = await readFile(path.join(ROOT, dir, file), 'utf8');
        expect(agreesWithYaml(text), file).toBe(true);
        if (dir === 'spec') {
          expect(quick(text), file).toBeDefined();
          read.push(file);
        }
      }
    }
    expect(read.length).toBeGreaterThan(30);
  });

  it('reads random mappings, whole and damaged, as yaml does or not at all', () => {
    let quickly = 0;
    fc.assert(
      fc.property(randomYaml, (text) => {
        if (quick(text)) quickly++;
        return agreesWithYaml(text);
      }),
      { seed: 20261207, numRuns: 6000 },
    );
    // Many random texts are not YAML at all or repeat a key; enough others are read quickly.
    expect(quickly).toBeGreaterThan(800);
  });
});

/** Pieces of scalars: words, and what YAML gives a meaning to. */
const WORDS = [
  ...['a', 'b c', 'key', 'x:y', 'x: y', 'x #y', 'x#y', '-x', '- x', '?x', '? x', '1', '0o17', '0x1F', '1_000'],
  ...['1.50', '1e3', '.5', '-.inf', '.NaN', '~', 'null', 'True', 'false', 'yes', '-0', '+12', '007', '@x', '`x'],
  ...['%x', '&x', '*x', '!x', '|x', '>x', "it's", '"q"', '\\n', 'é', '😀', '__proto__', 'toString', '[a]', '{a}'],
  ...['a,b', 'a]', '', '  lead', 'trail  ', '\u00a0', '\u2028', ':', '#', 'a\\', '---x', '...x'],
];
const INSERTS = [...WORDS, '\n', '\n  ', ' ', ': ', '- ', '"', "'", '[', ']', '{', '}', ',', '\r', '\t'];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));
const scalar = fc.oneof(
  { weight: 3, arbitrary: words },
  words.map((text) => `'${text.replace(/'/g, "''")}'`),
  fc
    .tuple(
      words,
      fc.constantFrom('', '\\t', '\\x41', '\\u00e9', '\\N', '\\_', '\\/', '\\ ', '\\\n  x', '\n  y', '\n\n  z'),
    )
    .map(([text, tail]) => `"${text.replace(/[\\"]/g, '')}${tail}"`),
);
const blockLine = fc.constantFrom('', 'text', 'more text', '  deeper', '# not comment', 'a: b', '- c', '   ', '"q"');

type Tree =
  | { readonly scalar: string }
  | { readonly block: string; readonly lines: readonly string[] }
  | { readonly flow: readonly string[]; readonly braces: boolean }
  | { readonly sequence: readonly Tree[] }
  | { readonly mapping: readonly (readonly [string, Tree, string])[] };

const { mapping } = fc.letrec<{ tree: Tree; mapping: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: scalar.map((text) => ({ scalar: text })) },
    fc.record({
      block: fc.constantFrom('|', '>', '|-', '>-'),
      lines: fc.array(blockLine, { minLength: 1, maxLength: 4 }),
    }),
    fc.record({ flow: fc.array(scalar, { maxLength: 3 }), braces: fc.boolean() }),
    fc.record({ sequence: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
    tie('mapping'),
  ),
  mapping: fc.record({
    mapping: fc.array(fc.tuple(scalar, tie('tree'), fc.constantFrom('', '', ' # c', '\n')), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
}));

/** `tree` as the value of a key or an entry of a sequence at `indent`. */
function print(tree: Tree, indent: string): string {
  if ('scalar' in tree) return ` ${tree.scalar}`;
  if ('block' in tree)
    return ` ${tree.block}\n${tree.lines.map((line) => (line ? `${indent}  ${line}` : '')).join('\n')}`;
  if ('flow' in tree)
    return tree.braces ? ` {${tree.flow.map((key) => `${key}: 1`).join(', ')}}` : ` [${tree.flow.join(', ')}]`;
  if ('sequence' in tree)
    return `\n${tree.sequence.map((item) => `${indent}-${print(item, `${indent}  `)}`).join('\n')}`;
  return `\n${printMapping(tree, `${indent}  `)}`;
}

function printMapping(tree: Tree, indent: string): string {
  if (!('mapping' in tree)) throw new Error('not a mapping');
  return tree.mapping.map(([key, value, tail]) => `${indent}${key}:${print(value, indent)}${tail}`).join('\n') + '\n';
}

const randomYaml = fc
  .tuple(mapping, fc.option(fc.tuple(fc.nat(), fc.constantFrom(...INSERTS))))
  .map(([tree, damage]) => {
    const text = printMapping(tree, '');
    if (!damage) return text;
    const at = damage[0] % (text.length + 1);
    return text.slice(0, at) + damage[1] + text.slice(at);
  });
