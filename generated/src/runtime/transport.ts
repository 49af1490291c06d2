// Copied from generator/runtime/transport.ts by `npm run generate`. Edit it there.
import { EventEmitter } from 'node:events';
import type { Dispatcher } from 'undici';
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
  /** 'https://api.cloudflare.com' */
  readonly origin: string;
  /** Path from the origin's root, and the query string: '/client/v4/accounts/…/access/groups?page=2'. */
  readonly target: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  readonly timeout: number;
  readonly signal: AbortSignal | undefined;
}

type IncomingHeaders = Readonly<Record<string, string | string[] | undefined>>;

function toHeaders(incoming: IncomingHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  return headers;
}

/** A RawResponse whose Headers are built on first use: most 2xx responses are read without looking at them. */
class ReceivedResponse implements RawResponse {
  readonly method: HttpMethod;
  readonly path: string;
  readonly status: number;
  readonly text: string;
  readonly #incoming: IncomingHeaders;
  #headers: Headers | undefined;

  constructor(method: HttpMethod, path: string, status: number, incoming: IncomingHeaders, text: string) {
    this.method = method;
    this.path = path;
    this.status = status;
    this.#incoming = incoming;
    this.text = text;
  }

  get headers(): Headers {
    return (this.#headers ??= toHeaders(this.#incoming));
  }
}

export function userAbortError(method: HttpMethod, path: string): APIUserAbortError {
  return new APIUserAbortError(`Request aborted: ${method} ${path}`, { method, path });
}

/** One attempt: sends the request and reads the whole body, within the timeout. */
export async function sendOnce(init: SendInit): Promise<RawResponse> {
  const { method, path, signal } = init;
  if (signal?.aborted) throw userAbortError(method, path);

  // undici takes an EventEmitter as its abort signal: 'abort' cancels the request. An AbortController would do
  // the same, but creating one and listening to it costs about 5 µs, a tenth of a whole local round trip.
  const abort = new EventEmitter();
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      abort.emit('abort');
    },
    Math.min(init.timeout, MAX_TIMER_MS),
  );
  const onUserAbort = (): void => void abort.emit('abort');
  signal?.addEventListener('abort', onUserAbort, { once: true });

  try {
    const response = await init.dispatcher.request({
      origin: init.origin,
      path: init.target,
      method,
      headers: init.headers,
      body: init.body,
      signal: abort,
    });
    const text = await response.body.text();
    return new ReceivedResponse(method, path, response.statusCode, response.headers, text);
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
