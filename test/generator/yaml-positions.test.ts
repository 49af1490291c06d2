import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { linePositionsOf } from '../../generator/yaml-positions.js';

/** yaml's own line and column of every offset of `text`, its parser having counted the lines. */
function yamlPositions(text: string): { line: number; col: number }[] {
  const lineCounter = new LineCounter();
  parseDocument(text, { lineCounter });
  return [...Array(text.length + 1).keys()].map((offset) => lineCounter.linePos(offset));
}

describe('linePositionsOf', () => {
  it.each<[string, string, number, { line: number; col: number }]>([
    ['the first offset', 'a: 1\nb: 2\n', 0, { line: 1, col: 1 }],
    ['within the first line', 'a: 1\nb: 2\n', 3, { line: 1, col: 4 }],
    ['the line break ends its line', 'a: 1\nb: 2\n', 4, { line: 1, col: 5 }],
    ['a line start', 'a: 1\nb: 2\n', 5, { line: 2, col: 1 }],
    ['past the last line break', 'a: 1\nb: 2\n', 10, { line: 3, col: 1 }],
    ['empty lines count', 'a: 1\n\n\nb: 2', 8, { line: 4, col: 2 }],
    ['a text without line breaks', 'a: 1', 4, { line: 1, col: 5 }],
    ['CRLF counts once, at its LF', 'a: 1\r\nb: 2\r\n', 5, { line: 1, col: 6 }],
  ])('%s', (_, text, offset, want) => {
    expect(linePositionsOf(text).linePos(offset)).toEqual(want);
  });

  it.each(['', '\n', 'a: 1\nb:\n  - x\n  - y\n', 'k: v\r\nl: w\r\n', '\n\n# only comments\n\n', 'a: "x\n  y"\n'])(
    'gives yaml line counter positions at every offset of %j',
    (text) => {
      const { linePos } = linePositionsOf(text);
      expect([...Array(text.length + 1).keys()].map((offset) => linePos(offset))).toEqual(yamlPositions(text));
    },
  );
});
