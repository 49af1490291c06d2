/** Reading one spec file: its bytes as values, every problem as a diagnostic at its position. */
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../generator/diagnostics.js';
import { parseSpecText, type YamlPath } from '../../generator/load.js';

const MAX_BYTES = 2 * 1024 * 1024;

function parse(given: string | Uint8Array) {
  return parseSpecText('pets.yaml', 'pets', typeof given === 'string' ? new TextEncoder().encode(given) : given);
}

describe('parseSpecText', () => {
  it.each<{ name: string; given: string | Uint8Array; want: unknown }>([
    { name: 'a mapping', given: 'a: 1\nb: [x, y]\n', want: { a: 1, b: ['x', 'y'] } },
    { name: 'an empty file', given: '', want: null },
    { name: 'a file of comments', given: '# nothing yet\n', want: null },
    { name: 'a file that starts with a byte order mark', given: '\uFEFFa: 1\n', want: { a: 1 } },
    { name: 'a file of exactly the largest size', given: new Uint8Array(MAX_BYTES).fill(0x20), want: null },
    // An alias of a list that holds no alias: the list twice, far below the limit.
    { name: 'an alias', given: 'a: &a [x]\nb: *a\n', want: { a: ['x'], b: ['x'] } },
  ])('reads $name', ({ given, want }) => {
    const { file, diagnostics } = parse(given);
    expect(diagnostics).toEqual([]);
    expect(file).toMatchObject({ name: 'pets.yaml', stem: 'pets', data: want });
  });

  it.each<{ name: string; given: string | Uint8Array; want: string }>([
    {
      name: 'a key twice in one mapping',
      given: 'a: 1\nb: 2\na: 3\n',
      want: 'pets.yaml:3:1: key "a" appears twice in this mapping (first at line 1)',
    },
    {
      name: 'YAML that does not parse',
      given: 'a: [1, 2\nb: 3\n',
      want: 'pets.yaml:1:4: this "[" is never closed with "]"',
    },
    // The yaml library only warns of an unknown tag; in a spec it is as wrong as an error.
    { name: 'a tag the library warns of', given: 'a: !foo x\n', want: 'pets.yaml:1:4: Unresolved tag: !foo' },
    {
      name: 'several problems',
      given: 'a: 1\na: 2\nb: !foo x\n',
      want: 'pets.yaml:2:1: key "a" appears twice in this mapping (first at line 1)\npets.yaml:3:4: Unresolved tag: !foo',
    },
    {
      name: 'aliases of aliases',
      given:
        'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
      want: 'pets.yaml:3:5: aliases of aliases here would repeat values more than 100 times; write the values out instead',
    },
    {
      name: 'a byte that is not UTF-8',
      given: new Uint8Array([0x61, 0x3a, 0x20, 0xff]),
      want: 'pets.yaml:1:1: file is not valid UTF-8',
    },
    {
      // A UTF-16 surrogate encoded as if it were a character (CESU-8) is not UTF-8 either.
      name: 'an encoded surrogate',
      given: new Uint8Array([0x61, 0x3a, 0x20, 0xed, 0xa0, 0x80]),
      want: 'pets.yaml:1:1: file is not valid UTF-8',
    },
    {
      // Stopped before the parser recurses: the same place in every run, whatever the stack.
      name: 'collections nested thousands of levels deep',
      given: `a:\n  b: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
      want: 'pets.yaml:2:104: collections nest more than 100 levels deep here; a spec needs far fewer',
    },
    {
      name: 'a file one byte too large',
      given: new Uint8Array(MAX_BYTES + 1).fill(0x20),
      want: 'pets.yaml:1:1: file is 2097153 bytes; spec files are limited to 2097152 bytes (2 MiB)',
    },
  ])('reports $name', ({ given, want }) => {
    const { file, diagnostics } = parse(given);
    expect(file).toBeUndefined();
    expect(diagnostics.every((d) => d.code === 'SPEC_SYNTAX')).toBe(true);
    expect(formatDiagnostics(diagnostics)).toBe(want);
  });
});

describe('locate', () => {
  const TEXT = '# Pets\na:\n  b: [1, 2]\n  c: { d: x }\n';

  it.each<{ given: [at: YamlPath, key?: boolean]; want: string }>([
    { given: [[]], want: '2:1' },
    { given: [['a']], want: '3:3' },
    { given: [['a'], true], want: '2:1' },
    { given: [['a', 'b']], want: '3:6' },
    { given: [['a', 'b'], true], want: '3:3' },
    { given: [['a', 'b', 1]], want: '3:10' },
    // A list item has no key: its value.
    { given: [['a', 'b', 1], true], want: '3:10' },
    { given: [['a', 'c', 'd'], true], want: '4:8' },
    // Past what exists: the key of the deepest entry found, else the deepest node.
    { given: [['a', 'c', 'missing']], want: '4:3' },
    { given: [['a', 'missing', 'deeper']], want: '2:1' },
    { given: [['missing']], want: '2:1' },
    { given: [['a', 'b', 5]], want: '3:6' },
    { given: [['a', 'b', 0, 'x']], want: '3:7' },
  ])('$given.0 (key: $given.1) at $want', ({ given: [at, key], want }) => {
    const { line, col } = parse(TEXT).file!.locate(at, key);
    expect(`${line}:${col}`).toBe(want);
  });

  it('counts columns after a byte order mark as the editor shows them', () => {
    const { line, col } = parse('\uFEFFa: 1\n').file!.locate(['a']);
    expect(`${line}:${col}`).toBe('1:4');
  });
});
