/**
 * TypeScript laid out by Biome, in a process of its own (so not in the unit layer), and the
 * temporary folder it formats in: removed before formatFiles returns, or kept in a FormatScratch
 * until that is removed.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormatScratch, formatFiles } from '../../generator/format.js';

const GIVEN = new Map([['src/a.ts', 'export const  a = {b:1}']]);
const WANT = 'export const a = { b: 1 };\n';

/** A FormatScratch that also remembers the folders it was given. */
class SeenScratch extends FormatScratch {
  readonly seen: string[] = [];

  override keep(dir: string): void {
    this.seen.push(dir);
    super.keep(dir);
  }
}

describe('formatFiles with Biome', () => {
  it('lays out TypeScript', async () => {
    expect((await formatFiles(GIVEN)).get('src/a.ts')).toBe(WANT);
  });

  it('keeps its folder in the scratch given until the scratch is removed', async () => {
    const scratch = new SeenScratch();
    expect((await formatFiles(GIVEN, scratch)).get('src/a.ts')).toBe(WANT);
    expect(scratch.seen).toHaveLength(1);
    expect(existsSync(scratch.seen[0]!)).toBe(true);
    await scratch.remove();
    expect(existsSync(scratch.seen[0]!)).toBe(false);
  });

  it('keeps nothing when Biome fails', async () => {
    const scratch = new SeenScratch();
    // Biome does not format a file that does not parse.
    await expect(formatFiles(new Map([['src/a.ts', 'export const = ;']]), scratch)).rejects.toThrow(
      /could not be formatted/,
    );
    expect(scratch.seen).toEqual([]);
  });
});
