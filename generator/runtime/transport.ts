import { request, type Dispatcher } from 'undici';
import type { HttpMethod } from './endpoint.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from './errors.js';

// Longer delays overflow Node's timers, which then fire after 1 ms.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A complete HTTP response, and the request it answers. */
export interface RawResponse {
  readonly method: HttpMethod;
  /** Request path below the base URL, without the query string. */
  readonly path: string;
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

export interface SendInit {
  readonly dispatcher: Dispatcher;
  readonly url: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  readonly timeout: number;
  readonly signal: AbortSignal | undefined;
}

function toHeaders(incoming: Readonly<Record<string, string | string[] | undefined>>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  return headers;
}

export function userAbortError(method: HttpMethod, path: string): APIUserAbortError {
  return new APIUserAbortError(`Request aborted: ${method} ${path}`, { method, path });
}

/** One attempt: sends the request and reads the whole body, within the timeout. */
export async function sendOnce(init: SendInit): Promise<RawResponse> {
  const { method, path, signal } = init;
  if (signal?.aborted) throw userAbortError(method, path);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort();
    },
    Math.min(init.timeout, MAX_TIMER_MS),
  );
  const onUserAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onUserAbort, { once: true });

  try {
    const response = await request(init.url, {
      dispatcher: init.dispatcher,
      method,
      headers: init.headers,
      body: init.body,
      signal: controller.signal,
    });
    const text = await response.body.text();
    return { method, path, status: response.statusCode, headers: toHeaders(response.headers), text };
  } catch (cause) {
    if (signal?.aborted) throw userAbortError(method, path);
    if (timedOut) {
      throw new APIConnectionTimeoutError(`Request timed out after ${init.timeout} ms: ${method} ${path}`, {
        method,
        path,
        cause,
      });
    }
    const reason =
      (cause instanceof Error && cause.message) || (cause as { code?: string } | null)?.code || String(cause);
    throw new APIConnectionError(`Connection error: ${method} ${path}: ${reason}`, { method, path, cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onUserAbort);
  }
}
