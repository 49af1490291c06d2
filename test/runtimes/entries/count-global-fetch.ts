/**
 * Loaded with `node --import` before anything else: counts the calls to the global `fetch` (and
 * passes them on), so that a test can tell whether the client used it.
 */
const original = globalThis.fetch;
const counter = globalThis as { globalFetchCalls?: number };
counter.globalFetchCalls = 0;
globalThis.fetch = (input, init) => {
  counter.globalFetchCalls!++;
  return original(input, init);
};
