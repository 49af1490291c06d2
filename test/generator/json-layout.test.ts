import { describe, expect, it } from 'vitest';
import { layOutJson, type Expanded } from '../../generator/json-layout.js';

const never: Expanded = () => false;
const always: Expanded = () => true;
const objects: Expanded = (container) => !Array.isArray(container);

describe('layOutJson', () => {
  it.each<{ name: string; value: unknown; expanded: Expanded; want: string }>([
    {
      name: 'what JSON.stringify writes of undefined members',
      value: { a: undefined, b: [undefined], c: 1 },
      expanded: never,
      want: '{ "b": [null], "c": 1 }',
    },
    { name: 'an object of undefined members, empty', value: { a: undefined }, expanded: always, want: '{}' },
    { name: 'a plain value', value: 'a"b', expanded: never, want: '"a\\"b"' },
    {
      name: 'containers on one line where they fit',
      value: { a: [1, 'x'], b: {} },
      expanded: never,
      want: '{ "a": [1, "x"], "b": {} }',
    },
    {
      name: 'each member on a line when the policy says so; empty containers stay empty',
      value: { a: [1], b: {}, c: [] },
      expanded: always,
      want: '{\n  "a": [\n    1\n  ],\n  "b": {},\n  "c": []\n}',
    },
    {
      name: 'arrays on one line inside expanded objects',
      value: { lib: ['ES2023'], o: { x: true } },
      expanded: objects,
      want: '{\n  "lib": ["ES2023"],\n  "o": {\n    "x": true\n  }\n}',
    },
    {
      name: 'an array of two objects of two members each, always a member per line',
      value: [
        { a: 1, b: 2 },
        { a: 3, b: 4 },
      ],
      expanded: never,
      want: '[\n  { "a": 1, "b": 2 },\n  { "a": 3, "b": 4 }\n]',
    },
    {
      name: 'an array of objects of one member, on one line',
      value: [{ a: 1 }, { a: 2 }],
      expanded: never,
      want: '[{ "a": 1 }, { "a": 2 }]',
    },
  ])('$name', ({ value, expanded, want }) => {
    expect(layOutJson(value, expanded)).toBe(`${want}\n`);
  });

  it('counts the comma that follows a value as part of its line', () => {
    const width = (value: unknown) => layOutJson({ a: value, b: 0 }, objects).split('\n')[1]!.length;
    // `  "a": ["…"],` is 2 + 5 + 2 + n + 2 + 1 characters: n = 88 makes 100, n = 89 does not fit.
    expect(width(['x'.repeat(88)])).toBe(100);
    expect(layOutJson({ a: ['x'.repeat(89)], b: 0 }, objects)).toBe(
      `{\n  "a": [\n    "${'x'.repeat(89)}"\n  ],\n  "b": 0\n}\n`,
    );
    // The last member has no comma after it.
    expect(layOutJson({ b: 0, a: ['x'.repeat(89)] }, objects).split('\n')[2]).toBe(`  "a": ["${'x'.repeat(89)}"]`);
  });
});
