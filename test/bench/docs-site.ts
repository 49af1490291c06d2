/**
 * The docs site through Lighthouse, in the Chromium that `npm ci` brings: accessibility and
 * performance scores of the index and of the longest resource page, served from 127.0.0.1 by
 * the same server as `npm run docs:serve`.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { docsServer } from '../../generator/docs-serve.js';
import { CHROMIUM_ARGS, chromiumExecutable } from '../helpers/browser.js';
import { GENERATED_DIR } from '../helpers/paths.js';

export interface DocsFigure {
  readonly page: string;
  readonly formFactor: 'desktop' | 'mobile';
  /** Lighthouse category scores, 0 to 100. */
  readonly accessibility: number;
  readonly performance: number;
  readonly bestPractices: number;
}

const PAGES = ['index.html', 'zero-trust/access/applications.html'];

export async function benchDocsSite(log: (line: string) => void): Promise<DocsFigure[]> {
  const server = docsServer(path.join(GENERATED_DIR, 'docs/site'));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const chromium = await chromiumExecutable();
  const chrome = await chromeLauncher.launch({
    chromePath: chromium.path,
    chromeFlags: [...CHROMIUM_ARGS, '--headless'],
    envVars: { ...(process.env as Record<string, string>), ...chromium.env },
  });
  const out: DocsFigure[] = [];
  try {
    for (const page of PAGES) {
      for (const formFactor of ['desktop', 'mobile'] as const) {
        const result = await lighthouse(
          base + page,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'performance', 'best-practices'] },
          {
            extends: 'lighthouse:default',
            settings:
              formFactor === 'desktop'
                ? { formFactor, screenEmulation: { mobile: false, width: 1280, height: 900, deviceScaleFactor: 1, disabled: false }, throttlingMethod: 'provided' }
                : { formFactor, throttlingMethod: 'provided' },
          },
        );
        const categories = result!.lhr.categories;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        const figure = {
          page,
          formFactor,
          accessibility: score('accessibility'),
          performance: score('performance'),
          bestPractices: score('best-practices'),
        };
        const missed = categories['accessibility']!.auditRefs
          .filter((a) => a.weight > 0 && (result!.lhr.audits[a.id]?.score ?? 1) < 1)
          .map((a) => a.id);
        log(
          `docs ${page} ${formFactor}: accessibility ${figure.accessibility}${missed.length ? ` (missed: ${missed.join(', ')})` : ''}, performance ${figure.performance}`,
        );
        out.push(figure);
      }
    }
  } finally {
    chrome.kill();
    server.close();
  }
  return out;
}
