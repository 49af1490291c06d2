/**
 * What the runtime tests share: a mock server seeded for the scenario, the scenario bundled with
 * esbuild, runtimes (from node_modules/.bin) run as processes, and the report checked.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { afterEach, expect } from 'vitest';
import { startMockServer, type MockServer } from 'zero-trust-client/mock';
import { ROOT } from '../helpers/paths.js';
import { SCENARIO_STEPS, type ScenarioEntry } from './scenario.js';
import { SCENARIO_SEED } from './seed.js';

/** Long enough for a runtime's first start (compiling its cache) on a busy machine. */
export const RUNTIME_TEST_TIMEOUT = 120_000;
const ENTRIES = path.join(ROOT, 'test/runtimes/entries');

/** A function that starts a mock server seeded for the scenario; each is closed after its test. */
export function scenarioMock(): (log?: (line: string) => void) => Promise<MockServer> {
  const servers: MockServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (log) => {
    const server = await startMockServer({ seed: SCENARIO_SEED, log });
    servers.push(server);
    return server;
  };
}

/** The folder a runtime's bundle goes to, emptied first; test/output/ is not committed. */
export async function outputDir(runtime: string): Promise<string> {
  const dir = path.join(ROOT, 'test/output/runtimes', runtime);
  await rm(dir, { recursive: true, force: true });
  return dir;
}

/**
 * Bundles `entries/<entry>.ts` and the scenario; with `packages: 'external'` the package stays an
 * import, for the runtime to resolve by its own conditions.
 */
export async function bundleEntry(entry: string, options: BuildOptions): Promise<void> {
  const result = await build({
    entryPoints: [path.join(ENTRIES, `${entry}.ts`)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    ...options,
  });
  expect(result.errors).toEqual([]);
}

/** The command-line scenario bundled for `runtime` by the first test that asks, so that a failed build fails a test. */
export function commandBundle(runtime: string): () => Promise<string> {
  let bundled: Promise<string> | undefined;
  return () =>
    (bundled ??= (async () => {
      const dir = await outputDir(runtime);
      const entry = path.join(dir, 'command.mjs');
      await bundleEntry('command', { outfile: entry, platform: 'neutral', packages: 'external' });
      return entry;
    })());
}

export const runtimeBinary = (name: string) => path.join(ROOT, 'node_modules/.bin', name);

export interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to its end (killed after `timeoutMs`), in the repository's root. */
export function run(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${options.timeoutMs} ms)`;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 90_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * An environment with nothing but what a runtime needs to start: no credentials, so the
 * scenario's come from its options only, and no update checks or telemetry.
 */
export function bareEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { PATH, HOME, TMPDIR } = process.env;
  const env: NodeJS.ProcessEnv = { PATH, HOME, DO_NOT_TRACK: '1', NO_COLOR: '1', ...extra };
  if (TMPDIR) env.TMPDIR = TMPDIR;
  return env;
}

export interface Report {
  readonly entry?: string;
  readonly steps: readonly string[];
  readonly fetchCalls?: number;
  readonly globalFetchCalls?: number;
}

/** The report a finished command printed (its last line of JSON); fails with the command's output otherwise. */
export function reportOf(finished: Finished): Report {
  const output = `exit code ${finished.code}\n--- stdout\n${finished.stdout}\n--- stderr\n${finished.stderr}`;
  expect(finished.code, output).toBe(0);
  const line = finished.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as Report;
}

/** Every step, in order, with the entry's client: a scenario that stopped early, or skipped one, fails here. */
export function expectScenarioPassed(report: Report, entry: ScenarioEntry = 'main'): void {
  expect(report.entry).toBe(entry);
  expect(report.steps).toEqual([...SCENARIO_STEPS]);
}
