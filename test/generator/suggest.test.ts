/** "Did you mean": the closest known name by edit distance, when it is close enough to be a typo. */
import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../generator/suggest.js';

describe('closest', () => {
  it.each<{ given: [name: string, candidates: string[]]; want: string | undefined }>([
    // Two letters swapped are two edits; names of up to 8 letters may be two edits off.
    { given: ['Gruop', ['Owner', 'Group']], want: 'Group' },
    { given: ['group', ['Group']], want: 'Group' },
    { given: ['name', ['names', 'name']], want: 'name' },
    { given: ['xyz', ['Group']], want: undefined },
    { given: ['Group', []], want: undefined },
    // A long name may be a third of its length off: 12 letters, 4 edits.
    { given: ['abcdefghijkl', ['abcdefghWXYZ']], want: 'abcdefghWXYZ' },
    { given: ['abcdefghijkl', ['abcdefgVWXYZ']], want: undefined },
    // Two candidates as close: the first in code-unit order, whatever order they come in.
    { given: ['ab', ['ac', 'aa']], want: 'aa' },
    { given: ['ab', ['aa', 'ac']], want: 'aa' },
  ])('$given.0 among $given.1 -> $want', ({ given: [name, candidates], want }) => {
    expect(closest(name, candidates)).toBe(want);
  });
});

describe('didYouMean', () => {
  it.each<{ given: [name: string, candidates: string[]]; want: string }>([
    { given: ['Animl', ['Animal', 'Owner']], want: ' (did you mean "Animal"?)' },
    { given: ['zzz', ['Animal']], want: '' },
  ])('$given.0 -> "$want"', ({ given: [name, candidates], want }) => {
    expect(didYouMean(name, candidates)).toBe(want);
  });
});
