/**
 * The package's code emitted on a second thread. Loading ts-morph (the TypeScript compiler
 * inside it) is the largest part of a cold run; the worker does it while this thread reads the
 * spec, and prints the code while this one emits the docs. The plan is sent as a structured
 * clone, which keeps the IR's shared objects shared.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Plan } from '../plan.js';
import type { CodeReply, CodeRequest } from './code-worker.js';

export interface CodeThread {
  /** The code files, as emitCode gives them. */
  emit(plan: Plan, copied: ReadonlyMap<string, string>): Promise<Map<string, string>>;
  /** dist/, as compilePackage gives it; on this thread, the TypeScript that ts-morph loaded scans the imports. */
  compile(files: ReadonlyMap<string, string>): Promise<Map<string, string>>;
  /** Stops the worker, whether or not it was asked for anything. */
  close(): Promise<void>;
}

// Compiled (launch.mjs), the worker is plain JavaScript; from the sources, under tsx, TypeScript.
const COMPILED = import.meta.url.endsWith('.js');
const WORKER = new URL(COMPILED ? './code-worker.js' : './code-worker.ts', import.meta.url);

/** The file URL of tsx's `tsx/esm/api` for `import` (a bare name would be resolved from the working directory). */
function tsxApi(): string {
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(path.join(path.dirname(manifestPath), manifest.exports['./esm/api']!.import.default)).href;
}

export function startCodeThread(): CodeThread {
  // A worker does not inherit the loader the CLI runs under (`--import tsx/esm`): it registers
  // tsx itself, the one this repository installs, through its ES module API.
  const bootstrap = `import(${JSON.stringify(tsxApi())}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}); });`;
  const worker = COMPILED ? new Worker(WORKER) : new Worker(bootstrap, { eval: true });
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the code emitter stopped (exit code ${code})`)));
  });
  failed.catch(() => {});
  // One request at a time: each reply answers the request before it.
  let queue: Promise<unknown> = Promise.resolve();
  const ask = (request: CodeRequest): Promise<Map<string, string>> => {
    const answer = queue.then(async () => {
      const reply = new Promise<CodeReply>((resolve) => worker.once('message', resolve));
      worker.postMessage(request);
      const result = await Promise.race([reply, failed]);
      if ('error' in result) throw new Error(result.error);
      return result.files;
    });
    queue = answer.catch(() => {});
    return answer;
  };
  return {
    emit: (plan, copied) => ask({ task: 'emit', plan, copied }),
    compile: (files) => ask({ task: 'compile', files }),
    async close() {
      await worker.terminate();
    },
  };
}
