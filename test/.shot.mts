import { launchBrowser } from './helpers/browser.ts';
import { pathToFileURL } from 'node:url';
const b = await launchBrowser();
const site = '/work/wt/docs/generated/docs/site/';
for (const [name, url, w, h, dark] of [
  ['wide', 'zero-trust/access/applications.html#create', 1280, 900, false],
  ['wide-dark', 'zero-trust/access/groups.html#list', 1280, 900, true],
  ['phone', 'zero-trust/access/applications.html#create', 390, 844, false],
  ['index', 'index.html#errors', 1280, 900, false],
] as const) {
  const p = await b.newPage({ viewport: { width: w, height: h }, colorScheme: dark ? 'dark' : 'light' });
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  p.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await p.goto(pathToFileURL(site + url.split('#')[0]).href + '#' + url.split('#')[1]);
  await p.waitForTimeout(300);
  await p.screenshot({ path: `/tmp/shot-${name}.png` });
  console.log(name, await p.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
}
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto(pathToFileURL(site + 'index.html').href);
for (const q of ['self_hosted', 'session_duration', 'NotFoundError', 'POST /access/apps', 'grups']) {
  await p.fill('#search', q);
  console.log(q, '=>', (await p.locator('#results a').allTextContents()).slice(0, 4).join(' | '));
}
await p.fill('#search', 'grups');
await p.screenshot({ path: `/tmp/shot-search.png` });
await b.close();
