// Copied from generator/runtime/defaults.ts by `npm run generate`. Edit it there.
/** What a client does when its options do not say. */

/** Milliseconds per attempt. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Retries after the first attempt unless the client or the call says otherwise. */
export const DEFAULT_MAX_RETRIES = 2;
/** Far above any Cloudflare API response (a page of 1 000 items is a few megabytes). */
export const DEFAULT_MAX_RESPONSE_BYTES: number = 32 * 1024 * 1024;
