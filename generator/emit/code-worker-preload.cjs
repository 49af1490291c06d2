/**
 * Where the code thread starts when launch.mjs starts it before the CLI runs: it loads ts-morph,
 * the largest part of a cold run, meanwhile, then loads the worker module that code-thread.ts
 * names in its first message (code-worker.ts). Messages sent meanwhile wait in the port until
 * that module listens. CommonJS and plain JavaScript: it runs uncompiled.
 */
const { parentPort } = require('node:worker_threads');

try {
  require('ts-morph');
} catch {
  // code-worker.ts requires it again, and its failure is reported from there.
}
parentPort.once('message', ({ load }) => import(load));
