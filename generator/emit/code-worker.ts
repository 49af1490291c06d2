/** The worker of code-thread.ts: loads the code emitters (and with them ts-morph) at once, then emits the code it is sent. */
import { parentPort } from 'node:worker_threads';
import type { Spec } from '../ir.js';
import { emitCode } from './code.js';

export interface CodeRequest {
  readonly spec: Spec;
  readonly copied: ReadonlyMap<string, string>;
}

export type CodeReply = { readonly files: Map<string, string> } | { readonly error: string };

parentPort!.once('message', ({ spec, copied }: CodeRequest) => {
  let reply: CodeReply;
  try {
    reply = { files: emitCode(spec, copied) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
