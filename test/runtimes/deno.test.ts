/**
 * The runtime scenario in Deno (from the `deno` npm package), importing the package by name from
 * node_modules, with network access to 127.0.0.1 only and no permission to read the environment.
 */
import path from 'node:path';
import { describe, it } from 'vitest';
import {
  bareEnvironment,
  commandBundle,
  expectScenarioPassed,
  reportOf,
  run,
  runtimeBinary,
  RUNTIME_TEST_TIMEOUT,
  scenarioMock,
} from './harness.js';

const startMock = scenarioMock();

const bundle = commandBundle('deno');

describe('Deno', { timeout: RUNTIME_TEST_TIMEOUT }, () => {
  it('runs the scenario with --allow-net=127.0.0.1 and nothing else', async () => {
    const entry = await bundle();
    const mock = await startMock();
    const env = bareEnvironment({ DENO_NO_UPDATE_CHECK: '1', DENO_DIR: path.join(path.dirname(entry), '.deno') });
    const args = ['run', '--no-prompt', '--allow-net=127.0.0.1', entry, mock.url];
    expectScenarioPassed(reportOf(await run(runtimeBinary('deno'), args, { env })));
  });

  it('runs the scenario with the tree-shakable entry', async () => {
    const entry = await bundle();
    const mock = await startMock();
    const env = bareEnvironment({ DENO_NO_UPDATE_CHECK: '1', DENO_DIR: path.join(path.dirname(entry), '.deno') });
    const args = ['run', '--no-prompt', '--allow-net=127.0.0.1', entry, mock.url, '--tree-shakable'];
    expectScenarioPassed(reportOf(await run(runtimeBinary('deno'), args, { env })), 'tree-shakable');
  });
});
