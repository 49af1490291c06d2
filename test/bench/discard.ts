/**
 * Folders a part of the benchmark is done with, deleted only once the whole run has ended. On
 * ext4 without a journal (the machine these figures come from), creating a file passes over every
 * inode of its group freed in the last minute or so: a figure measured after a large deletion,
 * the previous part's scratch or the previous run's output, would be slowed by it, which a fresh
 * clone never is. A folder is renamed aside at once, so that its name is free again.
 */
import { rename, rm } from 'node:fs/promises';

const discarded: string[] = [];
let moved = 0;

/** Moves `dir` aside, if it exists, to be deleted by `removeDiscarded`. */
export async function discard(dir: string): Promise<void> {
  const aside = `${dir}.discarded-${process.pid}-${++moved}`;
  try {
    await rename(dir, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  discarded.push(aside);
}

/** Deletes every folder discarded so far. */
export async function removeDiscarded(): Promise<void> {
  await Promise.all(discarded.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
