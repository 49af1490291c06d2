/**
 * Generation is a pure function of its inputs: the spec and templates folders, the generator's
 * own sources (runtime included) and the libraries that shape its output. A run remembers, by
 * a hash of all of them, which files it gave and a hash of each, so that `--check` can tell
 * an output folder is up to date by hashing files instead of generating again.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Inputs } from './pipeline.js';
import { ROOT } from './root.js';
import { installedVersion } from './versions.js';
import { listOutputFiles } from './write.js';

/** Package-relative path -> hash of the file's bytes. */
export type Manifest = Readonly<Record<string, string>>;

/** The libraries whose version can change what a generation writes. */
const LIBRARIES = [
  '@biomejs/biome',
  'oxc-transform',
  'ts-morph',
  '@ts-morph/common',
  'code-block-writer',
  'handlebars',
  'yaml',
  'zod',
];

/**
 * A hash of every input of a generation; any change to one of them changes it. The files are
 * read synchronously: a few hundred small files read in a third of the time they take through
 * the thread pool, and nothing else waits on this thread meanwhile.
 */
export function fingerprintInputs(inputs: Inputs): string {
  const hash = createHash('sha256');
  const add = (label: string, content: string | Buffer) =>
    hash.update(`${label}\0${Buffer.byteLength(content)}\0`).update(content);
  add('spec label', inputs.specLabel ?? '');
  for (const name of LIBRARIES) add(`version of ${name}`, installedVersion(name));
  const generator = path.join(ROOT, 'generator');
  const folders = {
    generator,
    runtime: inputs.runtimeDir,
    mock: inputs.mockDir,
    spec: inputs.specDir,
    templates: inputs.templatesDir,
  };
  // The hand-written runtime and mock server usually lie inside the generator's folder: hashed once, with it.
  const within = (dir: string) => !path.relative(generator, dir).startsWith('..');
  for (const [label, dir] of Object.entries(folders)) {
    if (label !== 'generator' && within(dir)) continue;
    for (const file of listTree(dir)) add(`${label}/${file}`, readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex');
}

export function manifestOf(files: ReadonlyMap<string, string>): Manifest {
  return Object.fromEntries([...files].map(([file, text]) => [file, hashBytes(text)]));
}

/** Whether `outDir` holds exactly the files of `manifest`, with the same bytes. */
export async function matchesManifest(outDir: string, manifest: Manifest): Promise<boolean> {
  const files = await listOutputFiles(outDir);
  if (files.length !== Object.keys(manifest).length || !files.every((file) => Object.hasOwn(manifest, file)))
    return false;
  // Synchronously, for the reason fingerprintInputs gives.
  return files.every((file) => manifest[file] === hashBytes(readFileSync(path.join(outDir, file))));
}

/** How many generations are remembered: one per output folder in use is plenty. */
const KEPT_GENERATIONS = 16;

type Generations = [fingerprint: string, manifest: Manifest][];

function generationsFile(cacheDir: string): string {
  return path.join(cacheDir, 'generations.json');
}

function readGenerations(cacheDir: string): Generations {
  try {
    const parsed: unknown = JSON.parse(readFileSync(generationsFile(cacheDir), 'utf8'));
    return Array.isArray(parsed) ? (parsed as Generations) : [];
  } catch {
    return []; // None yet, or one cut short: nothing is known.
  }
}

/** The manifest of the output that an earlier run gave for inputs of this fingerprint, if one is remembered. */
export function knownGeneration(cacheDir: string, fingerprint: string): Manifest | undefined {
  return readGenerations(cacheDir).find(([known]) => known === fingerprint)?.[1];
}

/**
 * Remembers what a run gave for inputs of this fingerprint, most recent last. The file is
 * replaced whole by a rename, so that a reader never sees half of it; one that cannot be
 * written only makes the next --check generate.
 */
export function rememberGeneration(cacheDir: string, fingerprint: string, manifest: Manifest): void {
  const others = readGenerations(cacheDir).filter(([known]) => known !== fingerprint);
  const kept: Generations = [...others.slice(-(KEPT_GENERATIONS - 1)), [fingerprint, manifest]];
  const file = generationsFile(cacheDir);
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(temporary, JSON.stringify(kept));
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}

function hashBytes(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Every file below `dir`, sorted, by relative path with `/`; none when it does not exist. */
function listTree(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
