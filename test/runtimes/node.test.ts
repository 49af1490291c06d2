/**
 * The runtime scenario in Node, as a process importing the package by name: through undici (the
 * default on Node) and through the fetch transport (a `fetch` option, here Node's own).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** Bundled in the first test that needs it, so that a failed build fails a test. */
let bundled: Promise<{ entry: string; counter: string }> | undefined;
const bundle = () =>
  (bundled ??= (async () => {
    const dir = await outputDir('node');
    const entry = path.join(dir, 'command.mjs');
    const counter = path.join(dir, 'count-global-fetch.mjs');
    await bundleEntry('command', { outfile: entry, platform: 'node', packages: 'external' });
    await bundleEntry('count-global-fetch', { outfile: counter, platform: 'node' });
    return { entry, counter };
  })());

describe('Node', { timeout: RUNTIME_TEST_TIMEOUT }, () => {
  it('runs the scenario through undici', async () => {
    const { entry, counter } = await bundle();
    const mock = await startMock();
    const args = ['--import', pathToFileURL(counter).href, entry, mock.url];
    const report = reportOf(await run(process.execPath, args, { env: bareEnvironment() }));
    expectScenarioPassed(report);
    // Node's own fetch (undici inside Node) was never called: the requests went through the package's undici.
    expect([report.fetchCalls, report.globalFetchCalls]).toEqual([0, 0]);
  });

  it('runs the scenario through undici, with the tree-shakable entry', async () => {
    const { entry, counter } = await bundle();
    const mock = await startMock();
    const args = ['--import', pathToFileURL(counter).href, entry, mock.url, '--tree-shakable'];
    const report = reportOf(await run(process.execPath, args, { env: bareEnvironment() }));
    expectScenarioPassed(report, 'tree-shakable');
    expect([report.fetchCalls, report.globalFetchCalls]).toEqual([0, 0]);
  });

  it('runs the scenario through the fetch transport, with the tree-shakable entry', async () => {
    const { entry } = await bundle();
    const mock = await startMock();
    const args = [entry, mock.url, '--fetch', '--tree-shakable'];
    const report = reportOf(await run(process.execPath, args, { env: bareEnvironment() }));
    expectScenarioPassed(report, 'tree-shakable');
    expect(report.fetchCalls).toBeGreaterThan(60);
  });

  it('runs the scenario through the fetch transport', async () => {
    const { entry } = await bundle();
    const mock = await startMock();
    const report = reportOf(await run(process.execPath, [entry, mock.url, '--fetch'], { env: bareEnvironment() }));
    expectScenarioPassed(report);
    // 45 creates alone are 45 calls: every request of the scenario went through the fetch given.
    expect(report.fetchCalls).toBeGreaterThan(60);
  });
});
