import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One hash of a set of files: their paths and bytes, in path order. */
export function hashFiles(files: Iterable<readonly [path: string, content: string | Uint8Array]>): string {
  const hash = createHash('sha256');
  for (const [file, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    hash.update(`${file}\0${bytes.byteLength}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/** Every file below `dir`, by path relative to it (with `/`); undefined when `dir` does not exist. */
export async function readTree(dir: string): Promise<Map<string, Buffer> | undefined> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const files = new Map<string, Buffer>();
  for (const e of entries.filter((e) => e.isFile())) {
    const full = path.join(e.parentPath, e.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), await readFile(full));
  }
  return files;
}

/** `hashFiles` of every file below `dir`; undefined when `dir` does not exist. */
export async function treeHash(dir: string): Promise<string | undefined> {
  const files = await readTree(dir);
  return files && hashFiles(files);
}
