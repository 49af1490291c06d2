// Copied from generator/mock/state-file.ts by `npm run generate`. Edit it there.
/**
 * Reading and writing the state as a JSON file. A write goes to a temporary file next to it that
 * is then renamed over it, so the file is always whole; temporary files that a killed process
 * left behind are removed at the next start.
 */
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { escapeRegExp } from './match.js';
import type { Snapshot } from './store.js';

/** The parsed file; undefined when `missingOk` and there is no such file. What it holds is checked by its reader. */
export async function readSnapshotFile(file: string, missingOk: boolean): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (missingOk && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    const snapshot: unknown = JSON.parse(text);
    if (typeof snapshot !== 'object' || snapshot === null || Array.isArray(snapshot)) throw new Error('not an object');
    return snapshot;
  } catch (error) {
    throw new Error(`${file}: not a state file (${(error as Error).message})`);
  }
}

let writes = 0;
/** Temporary files being written by this process, which a start must leave alone. */
const writing = new Set<string>();

/** `state.json.<pid>.<n>.tmp`: the one place that names temporary files, for writing them and for finding them. */
const temporaryName = (file: string, pid: number, n: number) => `${file}.${pid}.${n}.tmp`;
const temporaryPattern = (file: string) => new RegExp(`^${escapeRegExp(path.basename(file))}\\.(\\d+)\\.\\d+\\.tmp$`);

/** Written next to the file first, then renamed over it; the temporary file is removed if that fails. */
export async function writeSnapshotFile(file: string, snapshot: Snapshot): Promise<void> {
  const temporary = temporaryName(path.resolve(file), process.pid, writes++);
  writing.add(temporary);
  try {
    await writeFile(temporary, `${JSON.stringify(snapshot, null, 2)}\n`);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    throw error;
  } finally {
    writing.delete(temporary);
  }
}

/** Removes the temporary files of `file` left by writes that never finished: those of no running process. */
export async function removeStrayTemporaries(file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const pattern = temporaryPattern(file);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return; // no folder yet: nothing to clean, and the first write says what is wrong
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    const temporary = path.join(dir, name);
    if (!Number.isInteger(pid) || writing.has(temporary) || (pid !== process.pid && isRunning(pid))) continue;
    await rm(temporary, { force: true }).catch(() => {}); // one that cannot be removed is in nobody's way
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
