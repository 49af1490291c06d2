/**
 * The runtime scenario in a real headless Chromium (scenario-page.ts), bundled with esbuild for
 * the browser as an application would be: the validators are a chunk loaded when validation is
 * on, and so are the tree-shakable client's parts.
 */
import { describe, expect, it } from 'vitest';
import { bundleEntry, outputDir, RUNTIME_TEST_TIMEOUT } from './harness.js';
import { scenarioInChromium } from './scenario-page.js';

const runInChromium = scenarioInChromium();

/** The scenario bundled once, by the first test that asks. */
let bundled: Promise<string> | undefined;
const bundle = () =>
  (bundled ??= (async () => {
    const dir = await outputDir('browser');
    await bundleEntry('browser', { outdir: dir, platform: 'browser', splitting: true, entryNames: '[name]' });
    return dir;
  })());

describe('Chromium', { timeout: RUNTIME_TEST_TIMEOUT }, () => {
  it('runs the scenario in a page, calling the mock on another origin with CORS', async () => {
    await runInChromium(await bundle(), 'module');
  });

  it('runs the scenario in a page with the tree-shakable entry, its parts loaded as chunks', async () => {
    const { loaded } = await runInChromium(await bundle(), 'module', 'tree-shakable');
    // The parts a call needs only sometimes came as chunks of their own, when first needed.
    for (const part of ['setup', 'failure', 'pagination', 'validation'])
      expect(
        loaded.some((url) => new RegExp(`/${part}-[^/]+\\.js$`).test(url)),
        part,
      ).toBe(true);
  });
});
