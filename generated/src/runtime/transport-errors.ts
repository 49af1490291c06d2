// Copied from generator/runtime/transport-errors.ts by `npm run generate`. Edit it there.
/** The errors of a failed attempt, as the transports report them. */
import type { HttpMethod } from './endpoint.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIResponseParseError,
  APIResponseTooLargeError,
  APIUserAbortError,
  CloudflareError,
} from './errors.js';
import type { FetchAttempt, SendInit } from './transport.js';

export function userAbortError(method: HttpMethod, path: string): APIUserAbortError {
  return new APIUserAbortError(`Request aborted: ${method} ${path}`, { method, path });
}

export function timeoutError(init: SendInit, cause: unknown): APIConnectionTimeoutError {
  const { method, path } = init;
  return new APIConnectionTimeoutError(`Request timed out after ${init.timeout} ms: ${method} ${path}`, {
    method,
    path,
    cause,
  });
}

function describe(cause: unknown): string {
  return (cause instanceof Error && cause.message) || (cause as { code?: string } | null)?.code || String(cause);
}

export function connectionError(init: SendInit, cause: unknown): APIConnectionError {
  const { method, path } = init;
  // fetch rejects with 'fetch failed' and puts what happened ('connect ECONNREFUSED …') in its cause.
  const inner = cause instanceof Error && cause.cause instanceof Error ? `: ${describe(cause.cause)}` : '';
  const reason = `${describe(cause)}${inner}`;
  return new APIConnectionError(`Connection error: ${method} ${path}: ${reason}`, { method, path, cause });
}

/** Deno refuses network access it was not granted; that is a setup problem, not a connection error. */
export function isPermissionDenied(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'NotCapable' || name === 'PermissionDenied';
}

export function permissionError(init: SendInit, cause: unknown): CloudflareError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new CloudflareError(`Permission denied: ${init.method} ${init.path}: ${reason}`, { cause });
}

export function tooLargeError(init: SendInit, status: number, headers: Headers): APIResponseTooLargeError {
  const { method, path } = init;
  return new APIResponseTooLargeError(
    `${status} ${method} ${path}: the response body is larger than maxResponseBytes (${init.maxResponseBytes} bytes)`,
    { status, headers, method, path },
  );
}

export function undecodableError(
  init: SendInit,
  status: number,
  headers: Headers,
  problem: string,
): APIResponseParseError {
  const { method, path } = init;
  return new APIResponseParseError(`${status} ${method} ${path}: ${problem}`, { status, headers, method, path });
}

/** The error of a fetch attempt that failed with `cause` (undefined: the signal was aborted before it began). */
export function fetchError(init: SendInit, attempt: FetchAttempt, cause: unknown): CloudflareError {
  const { method, path, signal } = init;
  if (signal?.aborted) return userAbortError(method, path);
  const { refused, response } = attempt;
  if (refused && response) {
    const { status, headers } = response;
    if (refused === 'too-large') return tooLargeError(init, status, headers);
    if (refused === 'redirect')
      return undecodableError(
        init,
        0,
        headers,
        'the server answered with a redirect, which the client does not follow',
      );
    const encoding = headers.get('content-encoding');
    return undecodableError(
      init,
      status,
      headers,
      `the response is encoded with '${encoding}', which the client cannot decode`,
    );
  }
  if (cause instanceof CloudflareError) return cause;
  const encoding = response?.headers.get('content-encoding') ?? null;
  if (response && encoding !== null && !attempt.controller.signal.aborted) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const { status, headers } = response;
    return undecodableError(init, status, headers, `the ${encoding}-encoded response could not be decoded: ${reason}`);
  }
  if (attempt.timedOut) return timeoutError(init, cause);
  if (isPermissionDenied(cause)) return permissionError(init, cause);
  return connectionError(init, cause);
}
