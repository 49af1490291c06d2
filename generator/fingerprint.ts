/**
 * Generation is a pure function of its inputs: the spec and templates folders, the generator's
 * own sources (runtime included) and the libraries that shape its output. A run remembers, by
 * a hash of all of them, which files it gave and a hash of each, so that `--check` can tell
 * an output folder is up to date by hashing files instead of generating again.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentCache } from './content-cache.js';
import type { Inputs } from './pipeline.js';
import { ROOT } from './root.js';
import { installedVersion } from './versions.js';
import { listOutputFiles } from './write.js';

/** Package-relative path -> hash of the file's bytes. */
export type Manifest = Readonly<Record<string, string>>;

/** The libraries whose version can change what a generation writes. */
const LIBRARIES = [
  'prettier',
  'typescript',
  'ts-morph',
  '@ts-morph/common',
  'code-block-writer',
  'handlebars',
  'yaml',
  'zod',
];

/** A hash of every input of a generation; any change to one of them changes it. */
export async function fingerprintInputs(inputs: Inputs): Promise<string> {
  const hash = createHash('sha256');
  const add = (label: string, content: string | Buffer) =>
    hash.update(`${label}\0${Buffer.byteLength(content)}\0`).update(content);
  add('spec label', inputs.specLabel ?? '');
  for (const name of LIBRARIES) add(`version of ${name}`, await installedVersion(name));
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
    const files = await listTree(dir);
    const contents = await Promise.all(files.map((file) => readFile(path.join(dir, file))));
    files.forEach((file, i) => add(`${label}/${file}`, contents[i]!));
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
  const contents = await Promise.all(files.map((file) => readFile(path.join(outDir, file))));
  return files.every((file, i) => manifest[file] === hashBytes(contents[i]!));
}

/** The manifests of earlier generations, by the fingerprint of their inputs. */
export function openGenerations(cacheDir: string): Promise<ContentCache<Manifest>> {
  return ContentCache.open<Manifest>(cacheDir, 'generations');
}

function hashBytes(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Every file below `dir`, sorted, by relative path with `/`; none when it does not exist. */
async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
