/**
 * The worker of code-thread.ts: loads the code emitters (and with them ts-morph) at once, then
 * emits the code of the plan it is sent, has Biome format it, and compiles dist/ from it. The
 * code is sent back as soon as it is ready, and then written into the staging folder from here;
 * dist/ is written as soon as it is compiled, and never leaves this thread.
 */
import { setImmediate } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { compilePackage } from '../build.js';
import { formatFiles } from '../format.js';
import type { Plan } from '../plan.js';
import { writeFilesBelow } from '../write.js';
import { emitCode } from './code.js';

export interface CodeRequest {
  readonly plan: Plan;
  readonly copied: ReadonlyMap<string, string>;
  /** Write the code below this folder once it is formatted, and dist/ too when `build`. */
  readonly writeTo?: { readonly dir: string; readonly build: boolean };
}

export type CodePart = 'code' | 'written';

export type CodeReply =
  | { readonly part: 'code'; readonly files: Map<string, string> }
  | { readonly part: 'written' }
  | { readonly part: CodePart; readonly error: string };

function send(part: CodePart, make: () => Promise<Map<string, string> | void>): void {
  make().then(
    (files) => parentPort!.postMessage((files ? { part, files } : { part }) as CodeReply),
    (error: unknown) =>
      parentPort!.postMessage({
        part,
        error: error instanceof Error ? error.message : String(error),
      } satisfies CodeReply),
  );
}

/**
 * How many files are written per turn of the event loop: Biome's output, which this thread reads
 * meanwhile (format.ts), waits for the turn to end.
 */
const FILES_PER_TURN = 64;

async function writeInTurns(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const entries = [...files];
  for (let i = 0; i < entries.length; i += FILES_PER_TURN) {
    await setImmediate();
    writeFilesBelow(dir, new Map(entries.slice(i, i + FILES_PER_TURN)));
  }
}

/** Settles once every one of `writes` has: it fails with the first failure, but only once nothing is being written. */
async function allWritten(writes: readonly Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(writes)).find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

parentPort!.once('message', ({ plan, copied, writeTo }: CodeRequest) => {
  const emitted = new Promise<Map<string, string>>((resolve) => resolve(emitCode(plan, copied)));
  // Biome formats in its own process while this thread compiles: the compilers print the code
  // anew, so the layout they are given does not matter.
  const formatted = emitted.then(formatFiles);
  send('code', () => formatted);
  if (!writeTo) return;
  // The code is written once it is sent, while the other thread takes it in.
  const code = formatted.then((files) => writeInTurns(writeTo.dir, files));
  const dist = writeTo.build && emitted.then(compilePackage).then((files) => writeInTurns(writeTo.dir, files));
  send('written', () => allWritten(dist ? [code, dist] : [code]));
});
