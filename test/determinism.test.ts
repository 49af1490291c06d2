/**
 * The same spec gives the same bytes: on every run, whatever the clock says, in whatever
 * order the spec files are read, and wherever the spec folder is.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generate, type Output } from '../generator/pipeline.js';
import { diffOutput } from '../generator/write.js';
import { FIXTURE_SPEC_DIR, GENERATED_DIR, INPUTS, ROOT, SPEC_DIR } from './helpers/paths.js';
import { hashFiles } from './helpers/tree-hash.js';

let work: string;
let specCopy: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'determinism-'));
  specCopy = path.join(work, 'spec');
  await cp(FIXTURE_SPEC_DIR, specCopy, { recursive: true });
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** Generation from the copy of the fixture spec with the clock set to `now`. */
async function generateAt(now: Date): Promise<Output> {
  vi.useFakeTimers({ now, toFake: ['Date'] });
  try {
    expect(new Date().getTime()).toBe(now.getTime());
    return await generate({ ...INPUTS, specDir: specCopy });
  } finally {
    vi.useRealTimers();
  }
}

/** Ways a date or time could be written into a file. */
function renderings(date: Date): string[] {
  const ms = date.getTime();
  return [
    date.toISOString().slice(0, 10),
    date.toDateString(),
    date.toUTCString().slice(0, 16),
    `${ms}`,
    `${ms / 1000}`,
  ];
}

/** The files of `output` that contain any of `needles`, with the needle found. */
function filesContaining(output: Output, needles: readonly string[]): string[] {
  return [...output.files].flatMap(([file, text]) =>
    needles.filter((needle) => text.includes(needle)).map((needle) => `${file}: ${needle}`),
  );
}

describe('determinism', () => {
  it('gives the same bytes on two runs, at different times, with no time or absolute path in them', async () => {
    const first = new Date('2001-02-03T04:05:06.789Z');
    const second = new Date('2037-11-12T13:14:15.161Z');
    const a = await generateAt(first);
    const b = await generateAt(second);
    expect(hashFiles(b.files)).toBe(hashFiles(a.files));

    const now = new Date();
    const times = [first, second, now].flatMap(renderings);
    const paths = [work, ROOT.replace(/\/$/, ''), os.homedir(), `file://`];
    expect(filesContaining(a, [...times, ...paths])).toEqual([]);
  });

  it('gives the same bytes whatever the order in which the spec files are read', async () => {
    let sorted: readonly string[] = [];
    let shuffled: readonly string[] = [];
    const output = await generate({
      ...INPUTS,
      specDir: SPEC_DIR,
      readOrder: (files) => {
        sorted = files;
        const [order] = fc.sample(fc.shuffledSubarray([...files], { minLength: files.length }), {
          seed: 7,
          numRuns: 1,
        });
        shuffled = order!;
        return shuffled;
      },
    });
    expect(shuffled.length).toBeGreaterThan(10);
    expect([...shuffled].sort()).toEqual(sorted);
    expect(shuffled).not.toEqual(sorted);
    // generated/ is the output of the sorted order: test/generated-in-sync.test.ts checks it.
    expect(await diffOutput(GENERATED_DIR, output.files)).toEqual({ changed: [], added: [], removed: [] });
    expect(filesContaining(output, [ROOT.replace(/\/$/, '')])).toEqual([]);
  }, 30_000);
});
