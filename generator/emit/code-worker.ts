/** The worker of code-thread.ts: loads the code emitters (and with them ts-morph) at once, then emits the code it is sent. */
import { parentPort } from 'node:worker_threads';
import type { Plan } from '../plan.js';
import { emitCode } from './code.js';

export interface CodeRequest {
  readonly plan: Plan;
  readonly copied: ReadonlyMap<string, string>;
}

export type CodeReply = { readonly files: Map<string, string> } | { readonly error: string };

parentPort!.once('message', ({ plan, copied }: CodeRequest) => {
  let reply: CodeReply;
  try {
    reply = { files: emitCode(plan, copied) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
