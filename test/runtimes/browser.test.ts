/**
 * The runtime scenario in a real headless Chromium (scenario-page.ts), bundled with esbuild for
 * the browser as an application would be: the validators are a chunk loaded when validation is on.
 */
import { describe, it } from 'vitest';
import { bundleEntry, outputDir, RUNTIME_TEST_TIMEOUT } from './harness.js';
import { scenarioInChromium } from './scenario-page.js';

const runInChromium = scenarioInChromium();

describe('Chromium', { timeout: RUNTIME_TEST_TIMEOUT }, () => {
  it('runs the scenario in a page, calling the mock on another origin with CORS', async () => {
    const dir = await outputDir('browser');
    await bundleEntry('browser', { outdir: dir, platform: 'browser', splitting: true, entryNames: '[name]' });
    await runInChromium(dir, 'module');
  });
});
