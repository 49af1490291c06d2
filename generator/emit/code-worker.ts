/**
 * The worker of code-thread.ts: loads the code emitters (and with them ts-morph) at once, then
 * emits the code of the plan it is sent, has Biome format it, and compiles dist/ from it and
 * writes it. The code is sent back as soon as it is ready; dist/ never leaves this thread.
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
  /** Compile dist/ too, and write it below this folder. */
  readonly distDir?: string;
}

export type CodePart = 'code' | 'dist';

export type CodeReply =
  | { readonly part: 'code'; readonly files: Map<string, string> }
  | { readonly part: 'dist' }
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
 * How many files of dist/ are written per turn of the event loop: Biome's output, which this
 * thread reads meanwhile (format.ts), waits for the turn to end.
 */
const DIST_FILES_PER_TURN = 64;

async function writeInTurns(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const entries = [...files];
  for (let i = 0; i < entries.length; i += DIST_FILES_PER_TURN) {
    await setImmediate();
    writeFilesBelow(dir, new Map(entries.slice(i, i + DIST_FILES_PER_TURN)));
  }
}

parentPort!.once('message', ({ plan, copied, distDir }: CodeRequest) => {
  const emitted = new Promise<Map<string, string>>((resolve) => resolve(emitCode(plan, copied)));
  // Biome formats in its own process while this thread compiles: the compilers print the code
  // anew, so the layout they are given does not matter.
  send('code', () => emitted.then(formatFiles));
  const written =
    distDir === undefined ? undefined : emitted.then(compilePackage).then((dist) => writeInTurns(distDir, dist));
  if (written) send('dist', () => written);
});
