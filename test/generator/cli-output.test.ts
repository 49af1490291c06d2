import { describe, expect, it } from 'vitest';
import { colorEnabled } from '../../generator/cli-output.js';

describe('colorEnabled', () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    // no-color.org: an empty NO_COLOR does not count.
    [true, { NO_COLOR: '' }, true],
    [false, {}, false],
    [undefined, {}, false],
  ])('stderr a TTY: %s, env %j -> %s', (isTTY, env, expected) => {
    expect(colorEnabled({ isTTY }, env)).toBe(expected);
  });
});
