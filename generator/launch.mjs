/**
 * Starts the generator's CLI (cli.ts) without a TypeScript loader. The generator's sources are
 * compiled once by oxc-transform (types stripped, nothing else changed; tens of milliseconds)
 * into a folder named by a hash of the sources and of the compiler's version, below
 * node_modules/.cache, and run from there: a loader would compile every module again in each
 * process and each worker thread. Plain JavaScript, so that node runs it as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SOURCES = path.dirname(fileURLToPath(import.meta.url));
const CACHE = path.join(SOURCES, '../node_modules/.cache/zero-trust-generator/compiled');
const require = createRequire(import.meta.url);

/** Every file of generator/ (relative paths, sorted): the TypeScript is compiled, the rest copied. */
async function sourceFiles() {
  const entries = await readdir(SOURCES, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(SOURCES, path.join(entry.parentPath, entry.name)))
    .sort();
}

async function compiledFolder() {
  const files = await sourceFiles();
  // Synchronously: a couple of hundred small files read faster than through the thread pool.
  const texts = files.map((file) => readFileSync(path.join(SOURCES, file)));
  const hash = createHash('sha256').update(require('oxc-transform/package.json').version);
  files.forEach((file, i) => hash.update(`\0${file}\0`).update(texts[i]));
  const folder = path.join(CACHE, hash.digest('hex').slice(0, 16));
  if (existsSync(folder)) return folder;

  const { transformSync } = require('oxc-transform');
  const outputs = files.map((file, i) => {
    const out = file.replace(/\.ts$/, '.js');
    if (!file.endsWith('.ts')) return [out, texts[i]];
    const result = transformSync(file, texts[i].toString('utf8'), { lang: 'ts', sourceType: 'module', target: 'es2022' });
    if (result.errors.length > 0)
      throw new Error(`generator/${file} does not compile: ${result.errors.map((e) => e.message).join('; ')}`);
    return [out, result.code];
  });
  // Written beside its final place and renamed, so that a run never sees half of it.
  const staging = `${folder}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const root = path.join(staging, 'generator');
  const folders = new Set(outputs.map(([out]) => path.dirname(path.join(root, out))));
  await Promise.all([...folders].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all(outputs.map(([out, text]) => writeFile(path.join(root, out), text)));
  // Its own package.json: the compiled modules are ES modules wherever the cache is.
  await writeFile(path.join(staging, 'package.json'), '{ "type": "module" }\n');
  try {
    await rename(staging, folder);
  } catch (error) {
    // Another run compiled the same sources first.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(folder)) throw error;
  }
  // Compiled copies of older sources are of no more use.
  for (const name of await readdir(CACHE))
    if (name !== path.basename(folder) && !name.includes('.partial-'))
      await rm(path.join(CACHE, name), { recursive: true, force: true });
  return folder;
}

try {
  await import(pathToFileURL(path.join(await compiledFolder(), 'generator/cli.js')).href);
} catch (error) {
  console.error(`generation failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(3);
}
