/**
 * Writing `generated/` so that a failed or interrupted run never leaves it half-written:
 * everything is written in a sibling folder, then swapped in with renames.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Folders inside the output that generation does not own. */
const KEPT = new Set(['dist', 'node_modules']);

/**
 * A folder beside the output folder that the output is written into, part by part as each is
 * ready, and that then takes the output folder's place in one swap.
 */
export interface Staging {
  readonly dir: string;
  /** Writes `files` (package-relative paths) into the staging folder now. */
  write(files: ReadonlyMap<string, string>): void;
  /** Puts the staging folder in the output folder's place, keeping the output folder's node_modules. */
  commit(): void;
  /** Removes the staging folder, leaving the output folder as it was. */
  discard(): void;
}

/** An empty staging folder for `outDir`, after putting back what a run killed in the middle of its swap left. */
export function openStaging(outDir: string): Staging {
  // The steps around the writing are synchronous too, for the reason writeFilesBelow gives.
  recoverInterruptedSwap(outDir);
  const dir = sibling(outDir, 'tmp');
  rmSync(dir, { recursive: true, force: true });
  return {
    dir,
    write: (files) => writeFilesBelow(dir, files),
    commit() {
      // Until the staging folder becomes outDir, a kill leaves no outDir and the old output parked
      // in `old` (its node_modules perhaps already moved into staging); the next run puts it back whole.
      const old = sibling(outDir, 'old');
      if (existsSync(outDir)) {
        renameSync(outDir, old);
        if (existsSync(path.join(old, 'node_modules'))) {
          renameSync(path.join(old, 'node_modules'), path.join(dir, 'node_modules'));
        }
      }
      renameSync(dir, outDir);
      rmSync(old, { recursive: true, force: true });
    },
    discard: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Writes `files` (relative paths) below `dir`. Synchronously: a thousand small files take a third
 * of the time they take through the thread pool (an open, a write and a close each, every one a
 * round trip), and the thread has nothing else to do meanwhile.
 */
export function writeFilesBelow(dir: string, files: ReadonlyMap<string, string>): void {
  const targets = [...files].map(([file, text]) => [path.join(dir, file), text] as const);
  for (const folder of new Set(targets.map(([target]) => path.dirname(target)))) mkdirSync(folder, { recursive: true });
  for (const [target, text] of targets) writeFileSync(target, text);
}

/**
 * Rewrites, in place, only those of `files` whose content on disk differs, and returns them.
 * Each file is written beside itself and renamed over the old one, so no reader sees half a
 * file; for a handful of files (the docs after a template edit) this beats restaging the folder,
 * and leaves the untouched files and dist/ alone.
 */
export async function writeChangedFiles(outDir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  const changed: string[] = [];
  for (const [file, text] of files) {
    const target = path.join(outDir, file);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === text) continue;
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.tmp`);
    try {
      await writeFile(temporary, text);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    changed.push(file);
  }
  return changed;
}

/** Files that differ between `outDir` and `files` (dist and node_modules aside). */
export async function diffOutput(
  outDir: string,
  files: ReadonlyMap<string, string>,
): Promise<{ changed: string[]; added: string[]; removed: string[] }> {
  const existing = new Set(await listOutputFiles(outDir));
  const changed: string[] = [];
  const added: string[] = [];
  for (const [file, text] of files) {
    if (!existing.has(file)) added.push(file);
    else if ((await readFile(path.join(outDir, file), 'utf8')) !== text) changed.push(file);
    existing.delete(file);
  }
  return { changed, added, removed: [...existing].sort() };
}

/** Every file of the output folder that generation owns (dist and node_modules aside), by package-relative path. */
export async function listOutputFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!(prefix === '' && KEPT.has(e.name))) out.push(...(await listOutputFiles(dir, rel)));
    } else out.push(rel);
  }
  return out;
}

/** A run killed in the middle of its swap leaves only the parked old copy: put it back, whole. */
function recoverInterruptedSwap(outDir: string): void {
  const old = sibling(outDir, 'old');
  if (!existsSync(outDir) && existsSync(old)) {
    const moved = path.join(sibling(outDir, 'tmp'), 'node_modules');
    if (!existsSync(path.join(old, 'node_modules')) && existsSync(moved)) {
      renameSync(moved, path.join(old, 'node_modules'));
    }
    renameSync(old, outDir);
  } else rmSync(old, { recursive: true, force: true });
}

function sibling(outDir: string, kind: 'tmp' | 'old'): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}-${kind}`);
}
