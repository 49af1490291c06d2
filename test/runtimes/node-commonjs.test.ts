/** The runtime scenario in Node as CommonJS: the package comes from `require()`, its Node (undici) build. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bareEnvironment,
  bundleEntry,
  expectScenarioPassed,
  outputDir,
  reportOf,
  run,
  RUNTIME_TEST_TIMEOUT,
  scenarioMock,
} from './harness.js';

const startMock = scenarioMock();

describe('Node, CommonJS', { timeout: RUNTIME_TEST_TIMEOUT }, () => {
  it('runs the scenario with the package from require()', async () => {
    const entry = path.join(await outputDir('node-commonjs'), 'command.cjs');
    await bundleEntry('command-require', { outfile: entry, platform: 'node', format: 'cjs', packages: 'external' });
    expect(await readFile(entry, 'utf8')).toContain('require("zero-trust-client")');
    const mock = await startMock();
    const report = reportOf(await run(process.execPath, [entry, mock.url], { env: bareEnvironment() }));
    expectScenarioPassed(report);
    expect((report as { resolved?: string }).resolved).toMatch(/[/\\]dist[/\\]cjs[/\\]require-node\.cjs$/);
  });
});
