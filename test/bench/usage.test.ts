// What usage-hook.mjs writes, measured of real node processes.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measuredUsage, readUsage } from './usage.js';

const work = await mkdtemp(path.join(os.tmpdir(), 'usage-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** A node program that keeps a CPU busy for `ms`. */
const busy = (ms: number) => `const end = Date.now() + ${ms}; while (Date.now() < end);`;

/** Runs `program` in a node process measured into `name`.json, and gives what it wrote. */
function measure(name: string, program: string) {
  const measured = measuredUsage(path.join(work, `${name}.json`));
  execFileSync(process.execPath, [...measured.args, '-e', program], { env: { ...process.env, ...measured.env } });
  return readUsage(measured.file);
}

describe('usage-hook.mjs', () => {
  it("counts the process's own CPU time and its peak RSS", async () => {
    const usage = await measure('own', busy(300));
    expect(usage.cpuMs).toBeGreaterThanOrEqual(290);
    expect(usage.maxRssKiB).toBeGreaterThan(10_000);
  });

  it('counts the CPU time of a thread of the process', async () => {
    const thread = `const { Worker } = require('node:worker_threads'); new Worker(${JSON.stringify(busy(300))}, { eval: true });`;
    expect((await measure('thread', thread)).cpuMs).toBeGreaterThanOrEqual(290);
  });

  it('counts the CPU time of a child process it waited for', async () => {
    const child = `require('node:child_process').execFileSync(process.execPath, ['-e', ${JSON.stringify(busy(400))}]);`;
    const usage = await measure('child', child);
    // The parent itself only waits; the child's 400 ms are counted in clock ticks of 10 ms.
    expect(usage.cpuMs).toBeGreaterThanOrEqual(390);
  });
});
