import { describe, expect, it } from 'vitest';
import { printsCode } from '../../generator/cli-options.js';

describe('printsCode', () => {
  it.each<[string[], boolean]>([
    [[], true],
    [['--no-build', '--out', 'x', '--verbose'], true],
    [['--watch'], true],
    [['--check'], false],
    [['--diff', '--spec', 's'], false],
    [['-h'], false],
    [['--help'], false],
    [['--chek'], false],
    [['stray'], false],
  ])('%j: %s', (argv, want) => {
    expect(printsCode(argv)).toBe(want);
  });
});
