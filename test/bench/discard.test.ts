// The benchmark's deferred deletion (discard.ts), on real folders in a temporary one.
import { access, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discard, removeDiscarded } from './discard.js';

const work = await mkdtemp(path.join(os.tmpdir(), 'discard-'));
afterAll(() => rm(work, { recursive: true, force: true }));

describe('discard', () => {
  it('moves a folder aside at once, frees its name, and deletes it only with removeDiscarded', async () => {
    const dir = path.join(work, 'out');
    for (let run = 1; run <= 2; run++) {
      await mkdir(dir);
      await writeFile(path.join(dir, 'file.txt'), `run ${run}`);
      await discard(dir);
      await expect(access(dir)).rejects.toThrow();
    }
    expect((await readdir(work)).sort()).toEqual([`out.discarded-${process.pid}-1`, `out.discarded-${process.pid}-2`]);
    await removeDiscarded();
    expect(await readdir(work)).toEqual([]);
  });

  it('passes over a folder that does not exist', async () => {
    await discard(path.join(work, 'missing'));
    await removeDiscarded();
    expect(await readdir(work)).toEqual([]);
  });
});
