/**
 * The static docs site in headless Chromium (from npm: test/helpers/browser.ts),
 * opened from the file system as a reader would: search, follow a result to its method,
 * follow a type link to its model, no console errors, readable on a phone. Screenshots land
 * in test/output/ for a person to look at.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from './helpers/browser.js';
import { GENERATED_DIR, ROOT } from './helpers/paths.js';

const SITE = path.join(GENERATED_DIR, 'docs/site');
const OUTPUT = path.join(ROOT, 'test/output');

let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(OUTPUT, { recursive: true });
}, 120_000);
afterAll(() => browser?.close());

async function open(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(pathToFileURL(path.join(SITE, 'index.html')).href);
  return page;
}

it('search finds a method, its type links to its model, and nothing logs an error', async () => {
  const page = await open({ width: 1280, height: 900 });
  await page.fill('#search', 'group');
  const result = page.locator('#results a', { hasText: 'zeroTrust.access.groups.list' });
  await expect(result.count()).resolves.toBe(1);
  await result.click();
  await page.waitForURL(/zero-trust\/access\/groups\.html#method-list$/);
  const method = page.locator('#method-list');
  await expect(method.isVisible()).resolves.toBe(true);
  await expect(method.locator('h3').textContent()).resolves.toContain('list');
  await page.screenshot({ path: path.join(OUTPUT, 'docs-site-method.png') });

  await method.locator('a[href="#model-GroupListResponse"]').first().click();
  await page.waitForURL(/#model-GroupListResponse$/);
  const model = page.locator('#model-GroupListResponse');
  await expect(model.isVisible()).resolves.toBe(true);
  const top = await model.evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(300);
  await page.screenshot({ path: path.join(OUTPUT, 'docs-site-model.png') });

  // A type link to another page lands on that page's model.
  await page.goto(`${pathToFileURL(path.join(SITE, 'zero-trust/access/groups.html')).href}#method-create`);
  await page.locator('#method-create a[href$="access-rules.html#model-AccessRule"]').first().click();
  await page.waitForURL(/models\/shared\/access-rules\.html#model-AccessRule$/);
  await expect(page.locator('#model-AccessRule').isVisible()).resolves.toBe(true);
  expect(problems).toEqual([]);
  await page.close();
}, 30_000);

it('reads on a phone: no sideways scrolling of the page, search still works', async () => {
  const page = await open({ width: 390, height: 844 });
  await page.goto(pathToFileURL(path.join(SITE, 'zero-trust/access/applications.html')).href);
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  expect(overflow).toBeLessThanOrEqual(0);
  await page.fill('#search', 'identity providers create');
  await expect(page.locator('#results a').first().textContent()).resolves.toContain(
    'zeroTrust.identityProviders.create',
  );
  await page.screenshot({ path: path.join(OUTPUT, 'docs-site-phone.png'), fullPage: false });
  expect(problems).toEqual([]);
  await page.close();
}, 30_000);

it('npm run docs:serve serves the site on 127.0.0.1, and nothing outside it', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'generator/docs-serve.ts'), '--port', '0'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const [line] = (await once(child.stdout!, 'data')) as [Buffer];
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(line.toString())![0];
    const index = await fetch(url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<input id="search"');
    expect((await fetch(`${url}site.css`)).status).toBe(200);
    expect((await fetch(`${url}..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${url}missing.html`)).status).toBe(404);
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}, 30_000);
