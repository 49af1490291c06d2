/** The runtime scenario in Bun (from the `bun` npm package), importing the package by name from node_modules. */
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

const bundle = commandBundle('bun');

describe('Bun', { timeout: RUNTIME_TEST_TIMEOUT }, () => {
  it('runs the scenario', async () => {
    const entry = await bundle();
    const mock = await startMock();
    const args = ['run', entry, mock.url];
    expectScenarioPassed(reportOf(await run(runtimeBinary('bun'), args, { env: bareEnvironment() })));
  });

  it('runs the scenario with the tree-shakable entry', async () => {
    const entry = await bundle();
    const mock = await startMock();
    const args = ['run', entry, mock.url, '--tree-shakable'];
    const report = reportOf(await run(runtimeBinary('bun'), args, { env: bareEnvironment() }));
    expectScenarioPassed(report, 'tree-shakable');
  });
});
