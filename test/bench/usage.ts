/** What usage-hook.mjs measures of a process: loaded with `--import USAGE_HOOK`, it writes the file named by the environment. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BENCH_DIR } from './paths.js';
import { runChecked, type ProcessRun } from './processes.js';

export const USAGE_HOOK = path.join(BENCH_DIR, 'usage-hook.mjs');

export interface ProcessUsage {
  readonly maxRssKiB: number;
  /** User and system time of every thread of the process and of the children it waited for. */
  readonly cpuMs: number;
}

/** The node arguments and environment that make a process write its usage into `file` as it exits. */
export function measuredUsage(file: string): { file: string; args: string[]; env: NodeJS.ProcessEnv } {
  return { file, args: ['--import', USAGE_HOOK], env: { BENCH_USAGE_FILE: file } };
}

/** What the process measured with `measuredUsage(file)` wrote there as it exited. */
export async function readUsage(file: string): Promise<ProcessUsage> {
  return JSON.parse(await readFile(file, 'utf8')) as ProcessUsage;
}

/**
 * Runs the node script `script` with `args`, measured, its usage file in `work`, without colours;
 * rejects unless it exits with 0.
 */
export async function runMeasured(
  work: string,
  script: string,
  args: readonly string[],
  cwd?: string,
): Promise<ProcessRun & ProcessUsage> {
  const measured = measuredUsage(path.join(work, 'usage.json'));
  const run = await runChecked(process.execPath, [...measured.args, script, ...args], {
    ...(cwd && { cwd }),
    env: { ...process.env, NO_COLOR: '1', ...measured.env },
  });
  return { ...run, ...(await readUsage(measured.file)) };
}
