/**
 * The runtime scenario in a real headless Chromium (test/helpers/browser.ts): a bundle of
 * entries/browser.ts is served from one 127.0.0.1 origin, and calls the mock, on another,
 * directly, which the mock allows with CORS.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { expectScenarioPassed, scenarioMock, type Report } from './harness.js';
import type { ScenarioEntry } from './scenario.js';

/** The page loads `browser.js`, as an ES module or as a classic script (webpack's default output). */
const page = (scriptType: 'module' | 'classic') => `<!doctype html>
<meta charset="utf-8">
<title>runtime scenario</title>
<script${scriptType === 'module' ? ' type="module"' : ''} src="./browser.js"></script>
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
};

/** Serves the page and the files of `dir` (only those, by name) on 127.0.0.1. */
async function servePage(dir: string, html: string): Promise<{ server: Server; url: string }> {
  const files = new Map<string, Buffer>([['/', Buffer.from(html)]]);
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

/**
 * Runs the scenario with `entry`'s client from the bundle in `dir` (its `browser.js` and the
 * chunks beside it) in one browser shared by the test file, and checks its report, the CORS
 * preflight and that the validators came in a chunk of their own, fetched when validation was
 * first on.
 */
export function scenarioInChromium(): (
  dir: string,
  scriptType: 'module' | 'classic',
  entry?: ScenarioEntry,
) => Promise<{ loaded: readonly string[] }> {
  const startMock = scenarioMock();
  const opened: { browser?: Browser; servers: Server[] } = { servers: [] };
  afterAll(async () => {
    await opened.browser?.close();
    await Promise.all(opened.servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });
  return async (dir, scriptType, entry = 'main') => {
    const served = await servePage(dir, page(scriptType));
    opened.servers.push(served.server);
    const mockLog: string[] = [];
    const mock = await startMock((line) => mockLog.push(line));
    expect(new URL(mock.url).origin).not.toBe(new URL(served.url).origin);

    opened.browser ??= await launchBrowser();
    const tab = await opened.browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    const loaded: string[] = [];
    tab.on('requestfinished', (request) => loaded.push(request.url()));
    await tab.goto(served.url);
    await tab.waitForFunction(() => (globalThis as { scenarioLoaded?: boolean }).scenarioLoaded === true);
    const scriptsBefore = loaded.filter((url) => /\.m?js$/.test(url)).length;

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
    await tab.close();
    expect(outcome, problems.join('\n')).not.toHaveProperty('error');
    expectScenarioPassed((outcome as { report: Report }).report, entry);
    // The validators came in a chunk of their own, fetched from the page's server once the scenario turned them on.
    const scripts = loaded.filter((url) => url.startsWith(served.url) && /\.m?js$/.test(url));
    expect(scripts.length).toBeGreaterThan(scriptsBefore);
    // The browser asked first (a preflight, for the token header), and the mock said yes.
    expect(mockLog.some((line) => /^OPTIONS \S+ 204$/.test(line))).toBe(true);
    expect(problems.filter((problem) => !problem.includes('status of 4'))).toEqual([]);
    return { loaded };
  };
}
