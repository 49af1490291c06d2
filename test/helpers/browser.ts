/**
 * A real headless Chromium for tests, from npm alone: @sparticuz/chromium ships a brotli-compressed
 * build that needs no system libraries; it is unpacked once into node_modules/.cache/ and driven
 * with playwright-core.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './paths.js';

const PACKAGE_DIR = path.join(ROOT, 'node_modules/@sparticuz/chromium');

/** No sandbox (tests run as root), no GPU, and nothing the browser would fetch on its own. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--no-pings',
];

let unpacking: Promise<string> | undefined;

/** The Chromium binary, unpacked on first use; several test processes may ask at once. */
export function chromiumPath(): Promise<string> {
  return (unpacking ??= unpack());
}

async function unpack(): Promise<string> {
  const { version } = JSON.parse(await readFile(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
    version: string;
  };
  const dir = path.join(ROOT, 'node_modules/.cache', `sparticuz-chromium-${version}`);
  const binary = path.join(dir, 'chromium');
  try {
    await access(binary);
    return binary;
  } catch {
    // Not unpacked yet.
  }
  await mkdir(dir, { recursive: true });
  // Written aside and renamed, so that a binary at `binary` is always whole.
  const partial = `${binary}.${process.pid}.partial`;
  try {
    await pipeline(
      createReadStream(path.join(PACKAGE_DIR, 'bin/chromium.br')),
      createBrotliDecompress(),
      createWriteStream(partial, { mode: 0o755 }),
    );
    await rename(partial, binary);
  } finally {
    await rm(partial, { force: true });
  }
  return binary;
}

/** A headless Chromium; close it when done. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: ARGS, headless: true });
}
