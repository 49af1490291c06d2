/**
 * The static docs site in headless Chromium (from npm: test/helpers/browser.ts), opened from the
 * file system as a reader would: search finds what people type and is driven by the keyboard,
 * links land on their method, model and field, axe finds no serious problem, the theme toggle
 * changes the colours and is remembered, the sidebar stays in view, nothing scrolls sideways on
 * a phone. Screenshots land in test/output/ for a person to look at.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/browser.js';
import { GENERATED_DIR, ROOT } from './helpers/paths.js';

const SITE = path.join(GENERATED_DIR, 'docs/site');
const OUTPUT = path.join(ROOT, 'test/output');
const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(OUTPUT, { recursive: true });
}, 120_000);
afterAll(() => browser?.close());

const url = (page: string) => pathToFileURL(path.join(SITE, page)).href;

async function open(
  page: string,
  viewport = WIDE,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  // A context of its own per page: axe needs one, and each starts with empty storage.
  const context = await browser.newContext({ viewport, colorScheme });
  const tab = await context.newPage();
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  tab.on('pageerror', (error) => problems.push(error.message));
  await tab.goto(url(page));
  return tab;
}

async function close(page: Page): Promise<void> {
  await page.context().close();
  expect(problems).toEqual([]);
}

/** The results' names, in order. */
async function search(page: Page, query: string): Promise<{ name: string; href: string }[]> {
  await page.fill('#search', query);
  // The index loads when search is first used.
  await page.locator('#results a').first().waitFor();
  return page.evaluate<{ name: string; href: string }[]>(
    `[...document.querySelectorAll('#results a')].map((a) => ({ name: a.querySelector('.name').textContent, href: a.href }))`,
  );
}

describe('search', () => {
  it.each([
    ['self_hosted', 'self_hosted', /#applicationtype$/],
    ['session_duration', 'session_duration', /#[a-z]+-session_duration$/],
    ['NotFoundError', 'NotFoundError', /index\.html#notfounderror$/],
    ['POST /access/apps', 'zeroTrust.access.applications.create', /applications\.html#create$/],
    ['grups', 'zeroTrust.access.groups', /access\/groups\.html$/],
    ['grups lst', 'zeroTrust.access.groups.list', /access\/groups\.html#list$/],
    ['identity providers create', 'zeroTrust.identityProviders.create', /identity-providers\.html#create$/],
    ['DELETE devices policy', 'zeroTrust.devices.policies.custom.delete', /policies\/custom\.html#delete$/],
  ])('%s finds %s among the first three results', async (query, name, href) => {
    const page = await open('index.html');
    const found = (await search(page, query)).slice(0, 3);
    const target = found.find((r) => r.name === name);
    expect(target, JSON.stringify(found)).toBeDefined();
    expect(target!.href).toMatch(href);
    await close(page);
  });

  it('ranks a method above the fields that mention the same words', async () => {
    const page = await open('index.html');
    const found = await search(page, 'applications create');
    expect(found[0]!.name).toBe('zeroTrust.access.applications.create');
    await close(page);
  });

  it('is driven by the keyboard: / focuses it, arrows move, Enter follows', async () => {
    const page = await open('zero-trust/devices/networks.html');
    await page.keyboard.press('/');
    await expect(page.evaluate<string>('document.activeElement.id')).resolves.toBe('search');
    await page.keyboard.type('groups list');
    await page.locator('#results a').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate<string>('document.activeElement.href');
    expect(second).toBe(await page.locator('#results a').nth(1).getAttribute('href').then((h) => new URL(h!, page.url()).href));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/zero-trust\/access\/groups\.html#list$/);
    await expect(page.locator('#list').isVisible()).resolves.toBe(true);
    await close(page);
  });
});

describe('pages', () => {
  it('a result leads to its method, a type link to its model on this page and on another', async () => {
    const page = await open('index.html');
    await page.fill('#search', 'groups list');
    await page.locator('#results a', { hasText: 'zeroTrust.access.groups.list' }).first().click();
    await page.waitForURL(/zero-trust\/access\/groups\.html#list$/);
    const method = page.locator('#list');
    await expect(method.locator('h3').textContent()).resolves.toContain('list');
    await page.screenshot({ path: path.join(OUTPUT, 'docs-site-method.png') });

    await method.locator('a[href="#grouplistresponse"]').first().click();
    await page.waitForURL(/#grouplistresponse$/);
    const top = await page.locator('#grouplistresponse').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(300);

    await page.goto(`${url('zero-trust/access/groups.html')}#create`);
    await page.locator('#create a[href$="access-rules.html#accessrule"]').first().click();
    await page.waitForURL(/models\/shared\/access-rules\.html#accessrule$/);
    await expect(page.locator('#accessrule').isVisible()).resolves.toBe(true);
    await close(page);
  });

  it('every field has a deep link: its row is the target', async () => {
    const page = await open('zero-trust/access/groups.html');
    const row = page.locator('tr[id="create-name"]');
    await row.locator('a').click();
    await page.waitForURL(/#create-name$/);
    await expect(row.evaluate((r) => r.matches(':target'))).resolves.toBe(true);
    await close(page);
  });

  it('examples switch between TypeScript and curl, required and all fields, and copy', async () => {
    const page = await open('zero-trust/access/applications.html');
    const box = page.locator('#create .method-code');
    const visible = () => box.locator('.example:not([hidden]) pre').textContent();
    await expect(visible()).resolves.toContain('client.zeroTrust.access.applications.create(');
    await box.locator('button[data-lang="curl"]').click();
    const curl = await visible();
    expect(curl).toContain("curl -X POST 'https://api.cloudflare.com/client/v4/accounts/");
    expect(curl).toContain('-H "Authorization: Bearer $CLOUDFLARE_API_TOKEN"');
    await box.locator('button[data-fields="all"]').click();
    expect((await visible())!.length).toBeGreaterThan(curl!.length);
    // The choice holds for every method of the page.
    await expect(page.locator('#list .example:not([hidden]) pre').textContent()).resolves.toMatch(/^curl /);
    const copy = box.locator('.example:not([hidden]) button.copy');
    await copy.click();
    await expect.poll(() => copy.textContent(), { interval: 50, timeout: 5000 }).toBe('Copied');
    // Highlighted at generation time: the page holds token spans, and no highlighter runs.
    await expect(box.locator('.example:not([hidden]) .t-s').count()).resolves.toBeGreaterThan(3);
    await close(page);
  });

  it('the sidebar stays in view on a long page and marks the current page and section', async () => {
    const page = await open('zero-trust/access/applications.html');
    await page.goto(`${url('zero-trust/access/applications.html')}#applicationtype`);
    await page.waitForTimeout(200);
    const nav = await page.locator('nav').boundingBox();
    expect(await page.evaluate<number>('window.scrollY')).toBeGreaterThan(2000);
    expect(nav!.y).toBeGreaterThanOrEqual(0);
    expect(nav!.y).toBeLessThan(100);
    expect(nav!.height).toBeGreaterThan(500);
    await expect(page.locator('nav a[aria-current="page"]').textContent()).resolves.toBe('applications');
    await expect(page.locator('nav a[aria-current="location"]').textContent()).resolves.toBe('ApplicationType');
    await page.screenshot({ path: path.join(OUTPUT, 'docs-site-sidebar.png') });
    await close(page);
  });

  it('the theme follows the system, the toggle changes the colours and is remembered', async () => {
    const background = (p: Page) => p.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    const light = await open('index.html');
    const lightColour = await background(light);
    await light.click('#theme');
    const toggled = await background(light);
    expect(toggled).not.toBe(lightColour);
    await light.reload();
    await expect(background(light)).resolves.toBe(toggled);
    await close(light);

    const dark = await open('zero-trust/access/groups.html', WIDE, 'dark');
    await expect(background(dark)).resolves.toBe(toggled);
    const stringColour = (p: Page) => p.evaluate<string>("getComputedStyle(document.querySelector('.t-s')).color");
    const light2 = await open('zero-trust/access/groups.html');
    await expect(stringColour(dark)).resolves.not.toBe(await stringColour(light2));
    await close(light2);
    await dark.screenshot({ path: path.join(OUTPUT, 'docs-site-dark.png') });
    await close(dark);
  });

  it.each(['index.html', 'zero-trust/access/applications.html', 'models/shared/access-rules.html'])(
    'reads on a phone without sideways scrolling: %s',
    async (file) => {
      const page = await open(file, PHONE);
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(OUTPUT, `docs-site-phone-${path.basename(file, '.html')}.png`) });
      await close(page);
    },
  );
});

describe('accessibility (axe)', () => {
  const serious = async (page: Page) =>
    (await new AxeBuilder({ page }).options({ preload: false }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

  it.each([
    ['the index', 'index.html', 'light'],
    ['a resource page', 'zero-trust/access/applications.html', 'light'],
    ['a resource page, dark', 'zero-trust/access/groups.html', 'dark'],
  ] as const)('%s has no serious or critical violation', async (_name, file, scheme) => {
    const page = await open(file, WIDE, scheme);
    await expect(serious(page)).resolves.toEqual([]);
    await close(page);
  }, 60_000);

  it('the open search has no serious or critical violation', async () => {
    const page = await open('index.html');
    await search(page, 'group');
    await expect(page.locator('#results').isVisible()).resolves.toBe(true);
    await expect(serious(page)).resolves.toEqual([]);
    await page.screenshot({ path: path.join(OUTPUT, 'docs-site-search.png') });
    await close(page);
  }, 60_000);
});

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
    const address = /http:\/\/127\.0\.0\.1:\d+\//.exec(line.toString())![0];
    const index = await fetch(address);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<input id="search"');
    expect((await fetch(`${address}site.css`)).status).toBe(200);
    expect((await fetch(`${address}..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${address}missing.html`)).status).toBe(404);
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}, 30_000);
