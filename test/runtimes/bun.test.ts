/** The runtime scenario in Bun (from the `bun` npm package), importing the package by name from node_modules. */
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
    const dir = await outputDir('bun');
    const entry = path.join(dir, 'command.mjs');
    await bundleEntry('command', { outfile: entry, platform: 'neutral', packages: 'external' });
    return entry;
  })());

describe('Bun', { timeout: RUNTIME_TEST_TIMEOUT }, () => {
  it('runs the scenario', async () => {
    const entry = await bundle();
    const mock = await startMock();
    const args = ['run', entry, mock.url];
    expectScenarioPassed(reportOf(await run(runtimeBinary('bun'), args, { env: bareEnvironment() })));
  });
});
