/**
 * The runtime scenario in Deno (from the `deno` npm package), importing the package by name from
 * node_modules, with network access to 127.0.0.1 only and no permission to read the environment.
 */
import path from 'node:path';
import { describe, it } from 'vitest';
import {
  bareEnvironment,
  bundleEntry,
  expectScenarioPassed,
  outputDir,
  reportOf,
  run,
  runtimeBinary,
  RUNTIME_TEST_TIMEOUT,
  scenarioMock,
} from './harness.js';

const startMock = scenarioMock();

/** Bundled in the first test that needs it, so that a failed build fails a test. */
let bundled: Promise<string> | undefined;
const bundle = () =>
  (bundled ??= (async () => {
    const dir = await outputDir('deno');
    const entry = path.join(dir, 'command.mjs');
    await bundleEntry('command', { outfile: entry, platform: 'neutral', packages: 'external' });
    return entry;
  })());

describe('Deno', { timeout: RUNTIME_TEST_TIMEOUT }, () => {
  it('runs the scenario with --allow-net=127.0.0.1 and nothing else', async () => {
    const entry = await bundle();
    const mock = await startMock();
    const env = bareEnvironment({ DENO_NO_UPDATE_CHECK: '1', DENO_DIR: path.join(path.dirname(entry), '.deno') });
    const args = ['run', '--no-prompt', '--allow-net=127.0.0.1', entry, mock.url];
    expectScenarioPassed(reportOf(await run(runtimeBinary('deno'), args, { env })));
  });
});
