/**
 * The worker of code-thread.ts: loads the code emitters (and with them ts-morph) at once, then
 * emits the code of the plan it is sent, has Biome format it and compiles dist/ from it. The
 * code is sent back as soon as it is ready; dist/ stays here until it is asked to be written.
 */
import { parentPort } from 'node:worker_threads';
import { compilePackage } from '../build.js';
import { formatFiles } from '../format.js';
import type { Plan } from '../plan.js';
import { writeFilesBelow } from '../write.js';
import { emitCode } from './code.js';

export type CodeRequest =
  | {
      readonly plan: Plan;
      readonly copied: ReadonlyMap<string, string>;
      /** Whether to compile dist/ too. */
      readonly build: boolean;
    }
  /** Write dist/ below this folder once it is compiled. */
  | { readonly writeDistTo: string };

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

let dist: Promise<Map<string, string>> | undefined;

parentPort!.on('message', (request: CodeRequest) => {
  if ('writeDistTo' in request) {
    const compiled = dist ?? Promise.reject(new Error('dist/ was not asked to be compiled'));
    send('dist', () => compiled.then((files) => writeFilesBelow(request.writeDistTo, files)));
    return;
  }
  const { plan, copied, build } = request;
  const emitted = new Promise<Map<string, string>>((resolve) => resolve(emitCode(plan, copied)));
  // Biome formats in its own process while this thread compiles: the compilers print the code
  // anew, so the layout they are given does not matter.
  send('code', () => emitted.then(formatFiles));
  if (build) {
    dist = emitted.then(compilePackage);
    dist.catch(() => {});
  }
});
