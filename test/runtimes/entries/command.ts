/**
 * The scenario as a command, for Node, Deno and Bun: `<runtime> command.mjs <baseURL> [--fetch]
 * [--tree-shakable]`. Prints the report as JSON; a failed step is an uncaught rejection, so the process
 * exits non-zero. `--fetch` hands the client a `fetch` option (counted), for the fetch transport on
 * Node; `--tree-shakable` runs it with the tree-shakable entry's client.
 */
import { runScenario } from '../scenario.js';

declare const Deno: { readonly args: readonly string[] } | undefined;

const args = typeof Deno !== 'undefined' ? Deno.args : process.argv.slice(2);
const [baseURL = '', ...flags] = args;
let fetchCalls = 0;
const counted: typeof fetch = (input, init) => {
  fetchCalls++;
  return fetch(input, init);
};
const report = await runScenario({
  baseURL,
  clientOptions: flags.includes('--fetch') ? { fetch: counted } : {},
  entry: flags.includes('--tree-shakable') ? 'tree-shakable' : 'main',
});
// Set where entries/count-global-fetch.ts was loaded first.
const { globalFetchCalls } = globalThis as { globalFetchCalls?: number };
console.log(JSON.stringify({ ...report, fetchCalls, globalFetchCalls }));
