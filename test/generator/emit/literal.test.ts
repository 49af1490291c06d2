/** Plain data written as a TypeScript literal, with code (a writer) where a value is code. */
import { CodeBlockWriter } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { literal, type Data } from '../../../generator/emit/literal.js';

function literalText(value: Data): string {
  const writer = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true });
  literal(value)(writer);
  return writer.toString();
}

describe('literal', () => {
  it.each<{ given: Data; want: string }>([
    { given: "it's", want: "'it\\'s'" },
    { given: 'a\\b', want: "'a\\x5Cb'" },
    { given: -1.5, want: '-1.5' },
    { given: true, want: 'true' },
    { given: null, want: 'null' },
    { given: [], want: '[]' },
    { given: [1, 'a', [false]], want: "[1, 'a', [false]]" },
    { given: {}, want: '{}' },
    // Entries that are undefined are left out, as in JSON.
    { given: { a: undefined }, want: '{}' },
    { given: { a: 1, 'b-c': 'x', d: undefined }, want: "{\n  a: 1,\n  'b-c': 'x',\n}" },
    { given: [{ a: 1 }, { b: [2] }], want: '[{\n  a: 1,\n}, {\n  b: [2],\n}]' },
    { given: { nested: { deep: {} } }, want: '{\n  nested: {\n    deep: {},\n  },\n}' },
    { given: { schema: (w) => void w.write('z.string()') }, want: '{\n  schema: z.string(),\n}' },
  ])('$given', ({ given, want }) => {
    expect(literalText(given)).toBe(want);
  });
});
