/**
 * A headless Chromium that `npm ci` brings: @sparticuz/chromium ships a self-contained build
 * (brotli-compressed, no system libraries needed), unpacked once into
 * node_modules/.cache/chromium/<version>/ and driven by playwright-core.
 */
import { chmod, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './paths.js';

const PACKAGE = path.join(ROOT, 'node_modules/@sparticuz/chromium');
const BIN = path.join(PACKAGE, 'bin');
const unbrotli = promisify(brotliDecompress);

// Flags for a headless Chromium on a machine without outside network access.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The folder holding `chromium`, its SwiftShader libraries and `fonts/`, unpacked on first use. */
async function unpacked(): Promise<string> {
  const { version } = JSON.parse(await readFile(path.join(PACKAGE, 'package.json'), 'utf8')) as { version: string };
  const dir = path.join(ROOT, 'node_modules/.cache/chromium', version);
  if (existsSync(path.join(dir, 'chromium'))) return dir;
  await mkdir(path.dirname(dir), { recursive: true });
  // Unpacked next to its final place and renamed, so that parallel test files never see half a browser.
  const staging = await mkdtemp(`${dir}.partial-`);
  try {
    await writeFile(path.join(staging, 'chromium'), await unbrotli(await readFile(path.join(BIN, 'chromium.br'))));
    await chmod(path.join(staging, 'chromium'), 0o755);
    for (const archive of ['swiftshader.tar.br', 'fonts.tar.br'])
      await untar(await unbrotli(await readFile(path.join(BIN, archive))), staging);
    // The shipped fonts.conf names Lambda's folders; this one names ours.
    await writeFile(
      path.join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>\n<fontconfig>\n  <dir>${path.join(dir, 'fonts')}</dir>\n  <cachedir>${path.join(os.tmpdir(), 'zero-trust-docs-fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    await rename(staging, dir).catch((error: NodeJS.ErrnoException) => {
      // Another test file finished first: its copy is as good.
      if (!existsSync(path.join(dir, 'chromium'))) throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return dir;
}

/** Extracts the regular files and folders of a ustar archive. */
async function untar(archive: Buffer, into: string): Promise<void> {
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) =>
      header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = path.posix.join(prefix, field(0, 100));
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const target = path.resolve(into, name);
    if (!target.startsWith(into + path.sep)) throw new Error(`tar entry outside its folder: ${name}`);
    if (type === '5') await mkdir(target, { recursive: true });
    if (type === '0') {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, archive.subarray(offset + 512, offset + 512 + size), {
        mode: parseInt(field(100, 8).trim() || '644', 8),
      });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

export async function launchBrowser(): Promise<Browser> {
  const dir = await unpacked();
  return chromium.launch({
    executablePath: path.join(dir, 'chromium'),
    headless: true,
    // playwright gives every launch a fresh profile (--user-data-dir) of its own.
    args: ARGS,
    env: { ...process.env, FONTCONFIG_PATH: dir, FONTCONFIG_FILE: path.join(dir, 'fonts.conf') },
  });
}
