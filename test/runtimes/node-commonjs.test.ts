/** The runtime scenario in Node as CommonJS: the package comes from `require()`, its Node (undici) build. */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR } from '../helpers/paths.js';
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

  it('runs the mock server from require(), with its state in a file', async () => {
    const dir = await outputDir('node-commonjs-mock');
    await mkdir(dir, { recursive: true });
    const stateFile = path.join(dir, 'state.json');
    // The mock's CommonJS build (the package's `./mock` for require()), in a process of its own.
    const script = [
      `const { startMockServer } = require(${JSON.stringify(path.join(GENERATED_DIR, 'dist/cjs/mock/index.js'))});`,
      '(async () => {',
      `  const mock = await startMockServer({ stateFile: ${JSON.stringify(stateFile)} });`,
      "  const headers = { authorization: 'Bearer token', 'content-type': 'application/json' };",
      "  const created = await fetch(`${mock.url}/accounts/a1/access/groups`, { method: 'POST', headers, body: JSON.stringify({ name: 'g', include: [{ everyone: {} }] }) });",
      '  await mock.close();',
      '  console.log(JSON.stringify({ status: created.status }));',
      '})();',
    ].join('\n');
    const finished = await run(process.execPath, ['-e', script], { env: bareEnvironment() });
    expect(finished).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(finished.stdout)).toEqual({ status: 200 });
    const state = JSON.parse(await readFile(stateFile, 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(state)).toContain('"name":"g"');
  });
});
