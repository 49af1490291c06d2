// Copied from generator/runtime/retry.ts by `npm run generate`. Edit it there.
import type { HttpMethod } from './endpoint.js';
import { errorForStatus } from './envelope-errors.js';
import { APIConnectionError, APIConnectionTimeoutError } from './errors.js';
import type { RawResponse } from './transport.js';

export { DEFAULT_MAX_RETRIES } from './defaults.js';
/** The first retry waits about this long; each next one twice as long, up to MAX_BACKOFF_MS. */
export const BASE_DELAY_MS = 500;
export const MAX_BACKOFF_MS = 8_000;
/** A Retry-After header is obeyed up to this long. */
export const MAX_RETRY_AFTER_MS = 60_000;

const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set<HttpMethod>(['GET', 'PUT', 'DELETE']);

// Errors raised before any byte of the request could have reached the server.
const NEVER_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when the error (or an error it wraps) proves the request never left the client. */
export function wasNeverSent(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = errorCode(e);
    if (code && NEVER_SENT_CODES.has(code)) return true;
    if (e instanceof AggregateError && e.errors.some(wasNeverSent)) return true;
  }
  return false;
}

/** GET, PUT and DELETE: sending one twice has the effect of sending it once. */
export function isIdempotent(method: HttpMethod): boolean {
  return IDEMPOTENT_METHODS.has(method);
}

/**
 * `idempotent`: whether the call may be sent again after the server may have acted on it;
 * true for GET, PUT and DELETE, and for POST and PATCH only when the caller opts in.
 */
export function shouldRetryStatus(idempotent: boolean, status: number): boolean {
  if (status === 429) return true;
  return idempotent && (status === 408 || status >= 500);
}

// A call that is not idempotent is retried only when the server cannot have acted on it.
export function shouldRetryError(idempotent: boolean, error: unknown): boolean {
  if (error instanceof APIConnectionTimeoutError) return idempotent;
  if (error instanceof APIConnectionError) return idempotent || wasNeverSent(error.cause);
  return false;
}

/** Milliseconds to wait from a Retry-After header (seconds or an HTTP date), or undefined if absent or invalid. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  // HTTP dates name a month; this keeps V8's lenient Date.parse from reading '-1' as a year.
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Delay before retry number `attempt + 1` (attempt counts from 0). */
export function retryDelay(
  attempt: number,
  retryAfter: string | null | undefined,
  random: () => number = Math.random,
): number {
  const requested = parseRetryAfter(retryAfter);
  if (requested !== undefined) return Math.min(requested, MAX_RETRY_AFTER_MS);
  const backoff = Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_BACKOFF_MS);
  return backoff * (1 - 0.25 * random());
}

/**
 * After attempt number `attempt` (from 0) failed with `raw` (a non-2xx response) or `error` (no response):
 * the milliseconds to wait before the next one, or, when there is none, the attempt's error thrown.
 * `optIn`: the client's or the call's retryNonIdempotent.
 */
export function retryWait(
  init: { readonly method: HttpMethod; readonly attempt: number; readonly maxRetries: number; readonly optIn: boolean },
  raw: RawResponse | undefined,
  error: unknown,
  redact: (text: string) => string,
): number {
  const idempotent = isIdempotent(init.method) || init.optIn;
  const last = init.attempt >= init.maxRetries;
  if (raw === undefined) {
    if (last || !shouldRetryError(idempotent, error)) throw error;
    return retryDelay(init.attempt, undefined);
  }
  if (last || !shouldRetryStatus(idempotent, raw.status)) throw errorForStatus(raw, redact);
  return retryDelay(init.attempt, raw.headers.get('retry-after'));
}
