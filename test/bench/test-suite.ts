/**
 * Part `tests`: the wall time of `npm test` (the type check and every test) and of `npm run test:unit`, each run
 * once as the README runs it, and the test files that take longest. vitest's JSON reporter is added to the
 * reporters the config names, so the run is the same one a developer sees.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { discard } from './discard.js';
import { ROOT } from './paths.js';
import { runProcess } from './processes.js';

export interface TestSuiteFigure {
  /** `npm test`, `npm run test:unit`. */
  readonly command: string;
  readonly wallMs: number;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  /** The files that took longest, slowest first, each from its start to its end. */
  readonly slowest: readonly { readonly file: string; readonly ms: number }[];
}

const SLOWEST = 8;

interface JsonReport {
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly numPendingTests: number;
  readonly numTodoTests: number;
  readonly testResults: readonly { readonly name: string; readonly startTime: number; readonly endTime: number }[];
}

export async function timeTestScript(script: string, log: (line: string) => void): Promise<TestSuiteFigure> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-tests-'));
  try {
    const report = path.join(work, 'report.json');
    log(`tests: npm run ${script}`);
    const reporters = ['default', './test/helpers/summary-reporter.ts', 'json'].map((r) => `--reporter=${r}`);
    const run = await runProcess('npm', ['run', script, '--', ...reporters, `--outputFile.json=${report}`]);
    const json = JSON.parse(await readFile(report, 'utf8').catch(() => 'null')) as JsonReport | null;
    if (!json)
      throw new Error(`npm run ${script} wrote no report (exit code ${run.code}):\n${run.stderr.slice(-2000)}`);
    const slowest = json.testResults
      .map((r) => ({ file: path.relative(ROOT, r.name), ms: r.endTime - r.startTime }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SLOWEST);
    return {
      command: script === 'test' ? 'npm test' : `npm run ${script}`,
      wallMs: run.wallMs,
      passed: json.numPassedTests,
      failed: json.numFailedTests,
      skipped: json.numPendingTests + json.numTodoTests,
      slowest,
    };
  } finally {
    await discard(work);
  }
}

export async function benchTestSuite(log: (line: string) => void): Promise<TestSuiteFigure[]> {
  return [await timeTestScript('test:unit', log), await timeTestScript('test', log)];
}
