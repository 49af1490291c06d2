/** The yaml library's errors as spec diagnostics, some of them said more precisely. */
import { LineCounter, parseDocument, YAMLParseError, type ErrorCode } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import { aliasDiagnostic, MAX_ALIAS_COUNT, yamlDiagnostics } from '../../generator/yaml-errors.js';

function parsed(text: string) {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false }), lines };
}

/** The diagnostics of the errors the library finds in `text`, as load.ts parses it. */
function diagnosticsOf(text: string): string[] {
  const { doc, lines } = parsed(text);
  return yamlDiagnostics('f.yaml', doc.errors, doc, lines).map(formatDiagnostic);
}

describe('yamlDiagnostics', () => {
  it.each<{ name: string; given: string; want: string[] }>([
    {
      name: 'a key twice, named with the line of its first use in the same mapping',
      given: 'top:\n  x: 1\n  y: { x: 2, x: 3 }\n',
      want: ['f.yaml:3:14: key "x" appears twice in this mapping (first at line 3)'],
    },
    {
      name: 'an unclosed "[" where it opens, not where the parser gave up',
      given: 'a: [1, 2\nb: 3\n',
      want: ['f.yaml:1:4: this "[" is never closed with "]"'],
    },
    {
      name: 'an unclosed "[" around closed ones',
      given: 'a: [[1], [2]\n',
      want: ['f.yaml:1:4: this "[" is never closed with "]"'],
    },
    {
      name: 'two unclosed "[", one inside the other: each where it opens',
      given: 'a: [[1], [2\n',
      want: ['f.yaml:1:10: this "[" is never closed with "]"', 'f.yaml:1:4: this "[" is never closed with "]"'],
    },
    {
      name: 'an unclosed "[" inside an unclosed "{"',
      given: 'a: {b: [1, 2\n',
      want: ['f.yaml:1:8: this "[" is never closed with "]"', 'f.yaml:1:4: this "{" is never closed with "}"'],
    },
    {
      name: 'an unclosed "{"',
      given: 'a: { b: 1\nc: 2\n',
      want: ['f.yaml:1:4: this "{" is never closed with "}"'],
    },
    {
      name: 'a second document, which a spec file cannot have',
      given: 'a: 1\n---\nb: 2\n',
      want: ['f.yaml:2:1: a spec file is one YAML document; a second one starts here'],
    },
    { name: 'a tab as indentation', given: 'a:\n\tb: 1\n', want: ['f.yaml:2:1: Tabs are not allowed as indentation'] },
    {
      name: 'a mapping in a compact mapping',
      given: 'a: b: c\n',
      want: ['f.yaml:1:4: Nested mappings are not allowed in compact mappings'],
    },
    { name: 'an unterminated quote', given: 'a: "abc\n', want: ['f.yaml:2:1: Missing closing "quote'] },
  ])('$name', ({ given, want }) => {
    expect(diagnosticsOf(given)).toEqual(want);
  });

  it.each<{ name: string; given: [offset: number, code: ErrorCode, message: string]; want: string }>([
    {
      name: "the message's first line, without its position",
      given: [5, 'BAD_INDENT', 'Bad indentation at line 2, column 1:\n\n  b: 1\n^'],
      want: 'f.yaml:2:1: Bad indentation',
    },
    {
      name: 'the stack overflow of a deep nesting',
      given: [0, 'UNEXPECTED_TOKEN', 'Maximum call stack size exceeded'],
      want: 'f.yaml:1:1: collections are nested too deeply to read',
    },
    {
      name: 'a duplicate key that cannot be found, in the words of the library',
      given: [3, 'DUPLICATE_KEY', 'Map keys must be unique'],
      want: 'f.yaml:1:4: Map keys must be unique',
    },
  ])('$name', ({ given: [offset, code, message], want }) => {
    const { doc, lines } = parsed('a: 1\nb: 2\n');
    const error = new YAMLParseError([offset, offset + 1], code, message);
    expect(yamlDiagnostics('f.yaml', [error], doc, lines).map(formatDiagnostic)).toEqual([want]);
  });
});

describe('aliasDiagnostic', () => {
  const NESTED = 'a: &a [x]\nb: &b [*a, *a]\nc: [*a, *b]\n';

  it.each<{ name: string; given: [text: string, error: unknown]; want: string }>([
    {
      name: 'too many aliases: at the first alias of an alias',
      given: [NESTED, new Error('Excessive alias count indicates a resource exhaustion attack')],
      want: `f.yaml:3:9: aliases of aliases here would repeat values more than ${MAX_ALIAS_COUNT} times; write the values out instead`,
    },
    {
      name: 'another failure: at the first alias, with the first line of its message',
      given: ['a: &a [x]\nb: *a\n', new Error('Something broke\nat a frame')],
      want: 'f.yaml:2:4: the file cannot be read as values: Something broke',
    },
    {
      name: 'a failure that is not an Error, in a file without aliases',
      given: ['a: 1\n', 'gave up'],
      want: 'f.yaml:1:1: the file cannot be read as values: gave up',
    },
  ])('$name', ({ given: [text, error], want }) => {
    const { doc, lines } = parsed(text);
    expect(formatDiagnostic(aliasDiagnostic('f.yaml', error, doc, lines))).toBe(want);
  });
});
