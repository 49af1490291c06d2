/**
 * The worker of code-thread.ts: loads the code emitters (and with them ts-morph) at once, then
 * emits the code of the plan it is sent, has Biome format it and compiles dist/ from it, each
 * part sent back as soon as it is ready.
 */
import { parentPort } from 'node:worker_threads';
import { compilePackage } from '../build.js';
import { formatFiles } from '../format.js';
import type { Plan } from '../plan.js';
import { emitCode } from './code.js';

export interface CodeRequest {
  readonly plan: Plan;
  readonly copied: ReadonlyMap<string, string>;
  /** Whether to compile dist/ too. */
  readonly build: boolean;
}

export type CodePart = 'code' | 'dist';

export type CodeReply = { readonly part: CodePart } & (
  | { readonly files: Map<string, string> }
  | { readonly error: string }
);

function send(part: CodePart, make: () => Promise<Map<string, string>>): void {
  make().then(
    (files) => parentPort!.postMessage({ part, files } satisfies CodeReply),
    (error: unknown) =>
      parentPort!.postMessage({ part, error: error instanceof Error ? error.message : String(error) } satisfies CodeReply),
  );
}

parentPort!.on('message', ({ plan, copied, build }: CodeRequest) => {
  const emitted = new Promise<Map<string, string>>((resolve) => resolve(emitCode(plan, copied)));
  // Biome formats in its own process while this thread compiles: the compilers print the code
  // anew, so the layout they are given does not matter.
  send('code', () => emitted.then(formatFiles));
  if (build) send('dist', () => emitted.then(compilePackage));
});
