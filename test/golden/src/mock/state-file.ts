// Copied from generator/mock/state-file.ts by `npm run generate`. Edit it there.
/** Reading and writing the state as a JSON file; a write never leaves a half-written file. */
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Snapshot } from './store.js';

/** The snapshot in `file`; undefined when `missingOk` and there is no such file. */
export async function readSnapshotFile(file: string, missingOk: boolean): Promise<Snapshot | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (missingOk && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    const snapshot = JSON.parse(text) as Snapshot;
    if (typeof snapshot !== 'object' || snapshot === null || Array.isArray(snapshot)) throw new Error('not an object');
    return snapshot;
  } catch (error) {
    throw new Error(`${file}: not a state file (${(error as Error).message})`);
  }
}

let writes = 0;

/** Written next to the file first, then renamed over it. */
export async function writeSnapshotFile(file: string, snapshot: Snapshot): Promise<void> {
  const temporary = `${file}.${process.pid}.${writes++}.tmp`;
  await writeFile(temporary, `${JSON.stringify(snapshot, null, 2)}\n`);
  await rename(temporary, file);
}
