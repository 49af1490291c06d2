/**
 * The worker of code-thread.ts: loads the code emitters (and with them ts-morph) at once, then
 * emits the code it is sent, and compiles the package it is sent.
 */
import { parentPort } from 'node:worker_threads';
import { compilePackage } from '../build.js';
import type { Plan } from '../plan.js';
import { emitCode } from './code.js';

export type CodeRequest =
  | { readonly task: 'emit'; readonly plan: Plan; readonly copied: ReadonlyMap<string, string> }
  | { readonly task: 'compile'; readonly files: ReadonlyMap<string, string> };

export type CodeReply = { readonly files: Map<string, string> } | { readonly error: string };

parentPort!.on('message', async (request: CodeRequest) => {
  let reply: CodeReply;
  try {
    reply = {
      files: request.task === 'emit' ? emitCode(request.plan, request.copied) : await compilePackage(request.files),
    };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
