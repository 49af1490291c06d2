import type { HttpMethod } from './endpoint.js';

// Longer delays overflow the timers of Node and browsers, which then fire at once.
const MAX_TIMER_MS = 2 ** 31 - 1;

export { DEFAULT_MAX_RESPONSE_BYTES } from './defaults.js';

/** A complete HTTP response, and the request it answers. */
export interface RawResponse {
  readonly method: HttpMethod;
  /** Request path below the base URL, without the query string. */
  readonly path: string;
  readonly status: number;
  readonly headers: Headers;
  /** The body, decoded (content-encoding, then UTF-8). */
  readonly text: string;
}

/** One attempt of a request, as the client hands it to a transport. */
export interface SendInit {
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
  /** Bytes of body, as received and as decoded, above which the response is refused. */
  readonly maxResponseBytes: number;
}

/** Sends requests over one runtime's HTTP stack. */
export interface Transport {
  /** Headers the transport needs on every request (below the user's default headers). */
  readonly headers: Readonly<Record<string, string>>;
  /** One attempt: sends the request and reads the whole body, within the timeout. */
  send(init: SendInit): Promise<RawResponse>;
  /** Frees the connections the transport holds. */
  close(): Promise<void>;
}

/** Calls `onTimeout` after `ms`; the returned function cancels it. Never relies on timers having `unref`. */
export function startTimer(ms: number, onTimeout: () => void): () => void {
  const timer = setTimeout(onTimeout, Math.min(ms, MAX_TIMER_MS));
  return () => clearTimeout(timer);
}

/** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      cancel();
      reject(signal!.reason);
    };
    const cancel = startTimer(ms, () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** What the failure module (transport-errors.ts) needs to know of an attempt that failed, to word its error. */
export interface FetchAttempt {
  readonly controller: AbortController;
  timedOut: boolean;
  /** Set once fetch resolved: a later error comes from reading (and decoding) the body. */
  response?: Response;
  /** Why the transport refused the response, when it did. */
  refused?: 'redirect' | 'encoding' | 'too-large';
}
