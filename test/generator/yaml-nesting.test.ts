import { describe, expect, it } from 'vitest';
import { measureNesting } from '../../generator/yaml-nesting.js';

/** A block mapping `depth` levels deep, each level indented one space more. */
const blockMapping = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';

describe('measureNesting', () => {
  const tooDeeplyNested = (text: string, limit?: number) => measureNesting(text, limit).tooDeepAt;

  // The limit is 3 here: a top-level key and two more levels pass, a third does not.
  it.each<[string, string, number | undefined]>([
    ['a flat mapping', 'a: 1\nb: 2\n', undefined],
    ['block levels up to the limit', 'a:\n  b:\n    c: 1\n', undefined],
    ['a block level past it, at its first character', 'a:\n  b:\n    c:\n      d: 1\n', 21],
    ['flow levels counted with the block level they are in', 'a: [[1]]\n', undefined],
    ['a flow level past it, at its bracket', 'a: [[[1]]]\n', 5],
    ['mappings in flow count as sequences do', 'a: {b: {c: {}}}\n', 11],
    ['a sequence entry is a level', '- - - 1\n', 4],
    ['closed collections give their levels back', 'a: [[1], [2], [3]]\nb: [[4]]\n', undefined],
    ['brackets in quoted scalars', `a: "[[[[" \nb: '[[[['\n`, undefined],
    [
      'quoted scalars over several lines, with escaped quotes',
      "a: \"x \\\" [[[[\n  [[[[\"\nb: 'it''s [[[['\n",
      undefined,
    ],
    ['brackets in comments', 'a: 1 # [[[[\n# [[[[\n', undefined],
    ['brackets inside plain scalars', 'a: see [1] or [[[[x\n', undefined],
    ['indicators inside plain scalars', 'a: x-y?z|w>v&u!t#s:[[[[\nb: c-[[[[\n', undefined],
    ['a single-quoted scalar left open after an escaped quote', "a: 'x''\nb: [[[[1]]]]\n", undefined],
    ['a double-quoted scalar left open after an escaped quote', 'a: "x\\"\nb: [[[[1]]]]\n', undefined],
    ['block scalars, their lines indented as they like', 'a: |\n  [[[[\n      [[[[\n\n    x\nb: 1\n', undefined],
    ['deeper lines of a block scalar are not levels', 'a: >-\n  b:\n    c:\n      d:\n', undefined],
    ['anchors and tags before a collection', 'a: &x !!seq [[[1]]]\n', 14],
  ])('%s', (_, text, want) => {
    expect(tooDeeplyNested(text, 3)).toBe(want);
  });

  it('stops a file nested thousands of levels deep at the default limit, in flow and in block style', () => {
    const flow = `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    // The top-level key is one level; the 100th bracket makes 101.
    expect(tooDeeplyNested(flow)).toBe(3 + 99);
    const block = blockMapping(2_000);
    expect(tooDeeplyNested(block)).toBe(block.indexOf('k100:'));
    expect(tooDeeplyNested(blockMapping(100))).toBeUndefined();
  });

  it.each<[string, string, boolean]>([
    ['flow collections on one line', 'a: [1, {b: 2}]\nb: {c: [3]}\n', false],
    ['a sequence closed on the next line', 'a: [1,\n  2]\n', true],
    ['a mapping whose bracket closes on a line of its own', 'a: {\n  b: 1\n}\n', true],
    ['a quoted scalar over two lines inside a flow collection', 'a: ["x\n  y"]\n', true],
    ['a quoted scalar over two lines outside one', 'a: "x\n  y"\nb: [1]\n', false],
    ['brackets in a block scalar and a comment', 'a: |\n  [\nb: 1 # [\n', false],
  ])('notes whether a flow collection spans lines: %s', (_, text, want) => {
    expect(measureNesting(text).flowAcrossLines).toBe(want);
  });
});
