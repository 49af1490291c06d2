/**
 * The runtime scenario in a real headless Chromium (test/helpers/browser.ts): the scenario is
 * bundled with esbuild for the browser, served from one 127.0.0.1 origin, and calls the mock,
 * on another, directly, which the mock allows with CORS.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import {
  bundleEntry,
  expectScenarioPassed,
  outputDir,
  RUNTIME_TEST_TIMEOUT,
  scenarioMock,
  type Report,
} from './harness.js';

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>runtime scenario</title>
<script type="module">
  import { runScenario } from './browser.js';
  window.runScenario = runScenario;
  window.scenarioLoaded = true;
</script>
`;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Serves the page and the files of `dir` (only those, by name) on 127.0.0.1. */
async function servePage(dir: string): Promise<{ server: Server; url: string }> {
  const files = new Map<string, Buffer>([['/', Buffer.from(PAGE)]]);
  for (const name of await readdir(dir)) files.set(`/${name}`, await readFile(path.join(dir, name)));
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://page').pathname;
    const body = files.get(pathname);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(pathname) || '.html'] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

const startMock = scenarioMock();
const opened: { browser?: Browser; server?: Server } = {};
afterAll(async () => {
  await opened.browser?.close();
  await new Promise((resolve) => (opened.server ? opened.server.close(resolve) : resolve(undefined)));
});

/** The page's server, with the scenario bundled, made by the first test that asks. */
let served: Promise<{ server: Server; url: string }> | undefined;
const servedPage = () =>
  (served ??= (async () => {
    const dir = await outputDir('browser');
    // Split, as an application would be: the validators are a chunk loaded when validation is on.
    await bundleEntry('browser', { outdir: dir, platform: 'browser', splitting: true, entryNames: '[name]' });
    const page = await servePage(dir);
    opened.server = page.server;
    return page;
  })());

describe('Chromium', { timeout: RUNTIME_TEST_TIMEOUT }, () => {
  const runs = [
    ['main', 'runs the scenario in a page, calling the mock on another origin with CORS'],
    ['tree-shakable', 'runs the scenario in a page with the tree-shakable entry, its parts loaded as chunks'],
  ] as const;
  for (const [entry, title] of runs)
    it(title, async () => {
      const page = await servedPage();
      const mockLog: string[] = [];
      const mock = await startMock((line) => mockLog.push(line));
      expect(new URL(mock.url).origin).not.toBe(new URL(page.url).origin);

      opened.browser ??= await launchBrowser();
      const tab = await opened.browser.newPage();
      const problems: string[] = [];
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      tab.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      const loaded: string[] = [];
      tab.on('requestfinished', (request) => loaded.push(request.url()));
      await tab.goto(page.url);
      await tab.waitForFunction(() => (globalThis as { scenarioLoaded?: boolean }).scenarioLoaded === true);

      const outcome = await tab.evaluate(
        async ({ baseURL, entry }) => {
          type Run = (o: { baseURL: string; entry: string }) => Promise<unknown>;
          const run = (globalThis as unknown as { runScenario: Run }).runScenario;
          try {
            return { report: await run({ baseURL, entry }) };
          } catch (error) {
            const e = error as Error & { cause?: Error };
            return { error: `${e.message}\n${e.stack}\ncaused by: ${e.cause?.message}` };
          }
        },
        { baseURL: mock.url, entry },
      );
      expect(outcome, problems.join('\n')).not.toHaveProperty('error');
      expectScenarioPassed((outcome as { report: Report }).report, entry);
      if (entry === 'tree-shakable') {
        // The parts a call needs only sometimes came as chunks of their own, when first needed.
        for (const part of ['setup', 'failure', 'pagination', 'validation'])
          expect(
            loaded.some((url) => new RegExp(`/${part}-[^/]+\\.js$`).test(url)),
            part,
          ).toBe(true);
      }
      // The validators came in a chunk of their own, fetched from the page's server when first needed.
      expect(loaded.filter((url) => url.startsWith(page.url) && /\/chunk-[^/]+\.js$/.test(url)).length).toBeGreaterThan(
        0,
      );
      // The browser asked first (a preflight, for the token header), and the mock said yes.
      expect(mockLog.some((line) => /^OPTIONS \S+ 204$/.test(line))).toBe(true);
      expect(problems.filter((problem) => !problem.includes('status of 4'))).toEqual([]);
    });
});
