/**
 * The package's code emitted on a second thread. Loading ts-morph (the TypeScript compiler
 * inside it) is the largest part of a cold run; the worker does it while this thread reads the
 * spec, and prints, formats, compiles and writes the code while this one emits the docs, without
 * waiting for this thread in between. The plan is sent as a structured clone, which keeps the
 * IR's shared objects shared.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Plan } from '../plan.js';
import type { CodePart, CodeReply, CodeRequest } from './code-worker.js';

export interface CodeThread {
  /**
   * The package's code, emitted and formatted as generate writes it. Given `writeTo`, the code
   * thread also writes the code below `writeTo.dir` once it is formatted, and with `build` dist/
   * compiled from it (compilePackage) as soon as it is compiled: `written` settles once all of it
   * is written, or rejects (once nothing is being written any more) when dist/ does not compile.
   * Once per thread.
   */
  generate(
    plan: Plan,
    copied: ReadonlyMap<string, string>,
    writeTo?: { readonly dir: string; readonly build: boolean },
  ): { code: Promise<Map<string, string>>; written?: Promise<void> };
  /** Stops the worker, whether or not it was asked for anything; once the output is written. */
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

/** What code-worker-preload.cjs waits for: the worker module to load. */
interface PreloadRequest {
  readonly load: string;
}

let preloaded: Worker | undefined;

/**
 * A worker that launch.mjs started on code-worker-preload.cjs before the CLI ran; the next code
 * thread runs on it.
 */
export function usePreloadedWorker(worker: Worker): void {
  preloaded = worker;
}

function newWorker(): Worker {
  const worker = preloaded;
  preloaded = undefined;
  if (worker) {
    worker.postMessage({ load: WORKER.href } satisfies PreloadRequest);
    return worker;
  }
  if (COMPILED) return new Worker(WORKER);
  // A worker does not inherit the loader the CLI runs under (`--import tsx/esm`): it registers
  // tsx itself, the one this repository installs, through its ES module API.
  const bootstrap = `import(${JSON.stringify(tsxApi())}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** What each part's reply gives. */
interface Delivered {
  readonly code: Map<string, string>;
  readonly written: void;
}

export function startCodeThread(): CodeThread {
  const worker = newWorker();
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the code emitter stopped (exit code ${code})`)));
  });
  failed.catch(() => {});
  const parts = new Map<CodePart, { resolve(value: unknown): void; reject(error: Error): void }>();
  // The worker keeps the process alive only while a part it was asked for is still to come: once
  // everything is delivered, a worker nobody closed does not hold the process open.
  const waitingChanged = () => (parts.size > 0 ? worker.ref() : worker.unref());
  worker.on('message', (reply: CodeReply) => {
    const waiting = parts.get(reply.part);
    parts.delete(reply.part);
    waitingChanged();
    if ('error' in reply) waiting?.reject(new Error(reply.error));
    else waiting?.resolve('files' in reply ? reply.files : undefined);
  });
  const part = <P extends CodePart>(name: P) => {
    const ready = new Promise<Delivered[P]>((resolve, reject) =>
      parts.set(name, { resolve: resolve as (value: unknown) => void, reject }),
    );
    waitingChanged();
    return Promise.race([ready, failed]);
  };
  let asked = false;
  let closed: Promise<void> | undefined;
  return {
    generate(plan, copied, writeTo) {
      if (asked) throw new Error('the code thread generates once');
      asked = true;
      const code = part('code');
      const written = writeTo && part('written');
      worker.postMessage({ plan, copied, ...(writeTo && { writeTo }) } satisfies CodeRequest);
      return { code, ...(written && { written }) };
    },
    close() {
      closed ??= worker.terminate().then(() => {});
      return closed;
    },
  };
}
