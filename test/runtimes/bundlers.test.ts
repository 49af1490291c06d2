/**
 * The package through the bundlers applications use, with no configuration about it: the
 * scenario, with the package left as an import, is bundled for the browser by Rollup (with its
 * node-resolve plugin, as every Rollup application resolves packages), webpack and Vite, and each
 * bundle runs the scenario in Chromium. The `browser` condition of the package's exports picks
 * the fetch transport, so no bundle holds undici or a `node:` module.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';
import { describe, expect, it } from 'vitest';
import { bundleEntry, outputDir, RUNTIME_TEST_TIMEOUT } from './harness.js';
import { scenarioInChromium } from './scenario-page.js';

const runInChromium = scenarioInChromium();

/** The scenario as one ES module that imports `zero-trust-client`, as application code does. */
async function applicationCode(bundler: string): Promise<{ entry: string; out: string }> {
  const dir = await outputDir(`bundler-${bundler}`);
  const entry = path.join(dir, 'app.mjs');
  await bundleEntry('browser', { outfile: entry, platform: 'neutral', packages: 'external' });
  return { entry, out: path.join(dir, 'dist') };
}

async function withRollup(entry: string, out: string): Promise<void> {
  const bundle = await rollup({ input: entry, plugins: [nodeResolve({ browser: true })], logLevel: 'silent' });
  await bundle.write({ dir: out, format: 'es', entryFileNames: 'browser.js' });
  await bundle.close();
}

async function withWebpack(entry: string, out: string): Promise<void> {
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(
      { mode: 'production', target: 'web', entry, output: { path: out, filename: 'browser.js' } },
      (error, result) => (error || !result ? reject(error ?? new Error('webpack gave no result')) : resolve(result)),
    ),
  );
  expect(stats.toJson({ all: false, errors: true }).errors ?? []).toEqual([]);
}

async function withVite(entry: string, out: string): Promise<void> {
  await viteBuild({
    configFile: false,
    logLevel: 'silent',
    root: path.dirname(entry),
    build: {
      outDir: out,
      emptyOutDir: true,
      lib: { entry, formats: ['es'], fileName: () => 'browser.js' },
    },
  });
}

/** Every file of a bundle, for what it must not hold. */
async function bundleText(out: string): Promise<string> {
  const names = await readdir(out);
  return (await Promise.all(names.map((name) => readFile(path.join(out, name), 'utf8')))).join('\n');
}

describe.each([
  ['Rollup', withRollup, 'module'],
  ['webpack', withWebpack, 'classic'],
  ['Vite', withVite, 'module'],
] as const)('%s', (bundler, bundle, scriptType) => {
  it(
    'bundles the package for the browser without configuration, and the bundle runs the scenario in Chromium',
    { timeout: RUNTIME_TEST_TIMEOUT },
    async () => {
      const { entry, out } = await applicationCode(bundler.toLowerCase());
      expect(await readFile(entry, 'utf8')).toMatch(/from ["']zero-trust-client["']/);
      await bundle(entry, out);
      const text = await bundleText(out);
      expect(text).not.toMatch(/["']node:[a-z_/]+["']/);
      // An error code of undici's own, which its code carries however it is minified.
      expect(text).not.toContain('UND_ERR_INVALID_ARG');
      // The validators are a chunk of their own, beside the entry.
      expect((await readdir(out)).filter((name) => /\.m?js$/.test(name)).length).toBeGreaterThan(1);
      await runInChromium(out, scriptType);
    },
  );
});
