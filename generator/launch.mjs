/**
 * Starts the generator's CLI (cli.ts) without a TypeScript loader. The generator's sources are
 * compiled once by oxc-transform (types stripped, nothing else changed; tens of milliseconds)
 * into a folder named by a hash of the sources and of the compiler's version, below
 * node_modules/.cache, and run from there: a loader would compile every module again in each
 * process and each worker thread. Plain JavaScript, so that node runs it as it is.
 *
 * A command that prints code starts the code thread (emit/code-thread.ts) here, before the CLI
 * and its modules load, so that the thread loads ts-morph meanwhile. When the sources must be
 * compiled first, the thread starts before that, on the bet that the command prints code (in a
 * fresh clone, with nothing compiled yet, before the sources are hashed); otherwise once the
 * compiled options module says so (cli-options.ts printsCode).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

const SOURCES = path.dirname(fileURLToPath(import.meta.url));
const CACHE = path.join(SOURCES, '../node_modules/.cache/zero-trust-generator/compiled');
const require = createRequire(import.meta.url);

/** V8's default `--interrupt-budget` (`node --v8-options`). */
const V8_INTERRUPT_BUDGET = 67_584;

/** Every file of generator/ (relative paths, sorted): the TypeScript is compiled, the rest copied. */
async function sourceFiles() {
  const entries = await readdir(SOURCES, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(SOURCES, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The folder of the compiled sources, and the sources when they are not compiled yet. */
async function locateCompiled() {
  const files = await sourceFiles();
  // Synchronously: a couple of hundred small files read faster than through the thread pool.
  const texts = files.map((file) => readFileSync(path.join(SOURCES, file)));
  const hash = createHash('sha256').update(require('oxc-transform/package.json').version);
  files.forEach((file, i) => hash.update(`\0${file}\0`).update(texts[i]));
  const folder = path.join(CACHE, hash.digest('hex').slice(0, 16));
  return existsSync(folder) ? { folder } : { folder, files, texts };
}

/** Compiles `files` into `folder`. */
async function compile({ folder, files, texts }) {
  const { transformSync } = require('oxc-transform');
  const outputs = files.map((file, i) => {
    const out = file.replace(/\.ts$/, '.js');
    if (!file.endsWith('.ts')) return [out, texts[i]];
    const result = transformSync(file, texts[i].toString('utf8'), {
      lang: 'ts',
      sourceType: 'module',
      target: 'es2022',
    });
    if (result.errors.length > 0)
      throw new Error(`generator/${file} does not compile: ${result.errors.map((e) => e.message).join('; ')}`);
    return [out, result.code];
  });
  // Written beside its final place and renamed, so that a run never sees half of it.
  const staging = `${folder}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const root = path.join(staging, 'generator');
  // Synchronously: a couple of hundred small files write faster than through the thread pool.
  for (const dir of new Set(outputs.map(([out]) => path.dirname(path.join(root, out)))))
    mkdirSync(dir, { recursive: true });
  for (const [out, text] of outputs) writeFileSync(path.join(root, out), text);
  // Its own package.json: the compiled modules are ES modules wherever the cache is.
  writeFileSync(path.join(staging, 'package.json'), '{ "type": "module" }\n');
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
}

/** The code thread's worker, loading ts-morph; it does not keep the process alive. */
function startCodeWorker() {
  const worker = new Worker(new URL('./emit/code-worker-preload.cjs', import.meta.url));
  worker.unref();
  return worker;
}

// V8 hands a function to its optimizing compiler, on threads of its own, once the function has
// run a budget of bytecode. With the default budget, most of the generator's functions qualify
// within a run of a second or two, and compiling them takes more of the cores than their faster
// code gives back before the run ends; with a budget sixteen times as large, only those that stay
// hot are optimized, as in a large spec (BENCHMARKS.md). Set before the code thread starts: the
// threads share the process's flags.
setFlagsFromString(`--interrupt-budget=${16 * V8_INTERRUPT_BUDGET}`);

try {
  const argv = process.argv.slice(2);
  // Nothing compiled yet (a fresh clone): the thread starts before the sources are even hashed.
  let codeWorker = existsSync(CACHE) ? undefined : startCodeWorker();
  const compiled = await locateCompiled();
  if (compiled.files) {
    // Sources to compile first: the thread starts before, on the bet that the command prints code.
    codeWorker ??= startCodeWorker();
    await compile(compiled);
  }
  const generator = (module) => import(pathToFileURL(path.join(compiled.folder, 'generator', module)).href);
  if (!codeWorker && (await generator('cli-options.js')).printsCode(argv)) codeWorker = startCodeWorker();
  if (codeWorker) (await generator('emit/code-thread.js')).usePreloadedWorker(codeWorker);
  await generator('cli.js');
} catch (error) {
  console.error(`generation failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(3);
}
