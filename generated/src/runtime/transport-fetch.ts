// Copied from generator/runtime/transport-fetch.ts by `npm run generate`. Edit it there.
/** The portable transport: the platform's `fetch` (browsers, Deno, Bun, Workers, Node), or one the user gives. */
import { CloudflareError } from './cloudflare-error.js';
import { startTimer, type FetchAttempt, type RawResponse, type SendInit, type Transport } from './transport.js';

/** Loads the failure module (lazy.ts), which words the transport's errors. */
export interface FailureLoader {
  (): Promise<typeof import('./failure.js')>;
}

/** What the client needs of `fetch`: the platform's, or any function that behaves as it does. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

// What fetch decodes on every runtime the client supports; the body of any other coding would arrive encoded.
const FETCH_CODINGS: ReadonlySet<string> = new Set(['identity', 'gzip', 'x-gzip', 'deflate', 'br', 'zstd']);

function isDecodedByFetch(encoding: string): boolean {
  return encoding
    .toLowerCase()
    .split(',')
    .every((coding) => coding.trim() === '' || FETCH_CODINGS.has(coding.trim()));
}

/** Refuses the attempt's response; what is thrown is only a signal to the catch below. */
function refuse(attempt: FetchAttempt, reason: NonNullable<FetchAttempt['refused']>, response: Response): Error {
  attempt.refused = reason;
  attempt.response = response;
  return new Error(reason);
}

/** The body as text, read chunk by chunk so that no more than `maxResponseBytes` are ever held. */
async function readText(init: SendInit, attempt: FetchAttempt, response: Response): Promise<string> {
  const limit = init.maxResponseBytes;
  const tooLarge = () => {
    attempt.controller.abort();
    return refuse(attempt, 'too-large', response);
  };
  // fetch decodes gzip, deflate and br itself; content-length, when there, counts the bytes before decoding.
  if (Number(response.headers.get('content-length')) > limit) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

class FetchTransport implements Transport {
  // fetch sets accept-encoding itself (browsers forbid setting it), for the encodings it decodes.
  readonly headers: Readonly<Record<string, string>> = {};
  readonly #fetch: FetchLike | undefined;
  readonly #failure: FailureLoader;

  constructor(failure: FailureLoader, fetchFunction: FetchLike | undefined) {
    if (fetchFunction === undefined && typeof fetch !== 'function')
      throw new CloudflareError('This runtime has no global fetch: pass the fetch option.');
    this.#fetch = fetchFunction;
    this.#failure = failure;
  }

  async close(): Promise<void> {}

  async send(init: SendInit): Promise<RawResponse> {
    const { method, path, signal } = init;
    const attempt: FetchAttempt = { controller: new AbortController(), timedOut: false };
    const { controller } = attempt;
    if (signal?.aborted) throw (await this.#failure()).fetchError(init, attempt, undefined);
    const cancelTimer = startTimer(init.timeout, () => {
      attempt.timedOut = true;
      controller.abort();
    });
    const abort = (): void => controller.abort();
    signal?.addEventListener('abort', abort, { once: true });
    // Called as a plain function: browsers refuse a fetch called as a method of another object ('Illegal invocation').
    // The global is looked up per request, so that one replaced after the client was made is the one used.
    const send = this.#fetch ?? fetch;
    try {
      const response = await send(`${init.origin}${init.target}`, {
        method,
        headers: init.headers,
        body: init.body,
        signal: controller.signal,
        // As on Node's transport: a redirect is an answer, not followed, so credentials never go to another address.
        redirect: 'manual',
      });
      if (response.type === 'opaqueredirect') throw refuse(attempt, 'redirect', response);
      const encoding = response.headers.get('content-encoding');
      if (encoding !== null && !isDecodedByFetch(encoding)) throw refuse(attempt, 'encoding', response);
      attempt.response = response;
      const text = await readText(init, attempt, response);
      return { method, path, status: response.status, headers: response.headers, text };
    } catch (cause) {
      throw (await this.#failure()).fetchError(init, attempt, cause);
    } finally {
      cancelTimer();
      signal?.removeEventListener('abort', abort);
    }
  }
}

/**
 * A transport over `fetchFunction`, or over the global fetch when none is given; `failure` loads the
 * failure module (lazy.ts), which words its errors.
 */
export function fetchTransport(failure: FailureLoader, fetchFunction?: FetchLike): Transport {
  return new FetchTransport(failure, fetchFunction);
}
