// Copied from generator/runtime/defaults.ts by `npm run generate`. Edit it there.
/** What a client does when its options do not say. */

/** Milliseconds per attempt. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Retries after the first attempt unless the client or the call says otherwise. */
export const DEFAULT_MAX_RETRIES = 2;
