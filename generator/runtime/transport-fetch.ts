/** The portable transport: the platform's `fetch` (browsers, Deno, Bun, Workers, Node), or one the user gives. */
import { CloudflareError } from './errors.js';
import {
  connectionError,
  isPermissionDenied,
  permissionError,
  startTimer,
  timeoutError,
  tooLargeError,
  undecodableError,
  userAbortError,
  type RawResponse,
  type SendInit,
  type Transport,
} from './transport.js';

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

/** The body as text, read chunk by chunk so that no more than `maxResponseBytes` are ever held. */
async function readText(init: SendInit, response: Response, abort: () => void): Promise<string> {
  const limit = init.maxResponseBytes;
  const tooLarge = () => {
    abort();
    return tooLargeError(init, response.status, response.headers);
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

  constructor(fetchFunction: FetchLike | undefined) {
    if (fetchFunction === undefined && typeof fetch !== 'function')
      throw new CloudflareError('This runtime has no global fetch: pass the fetch option.');
    this.#fetch = fetchFunction;
  }

  async close(): Promise<void> {}

  async send(init: SendInit): Promise<RawResponse> {
    const { method, path, signal } = init;
    if (signal?.aborted) throw userAbortError(method, path);
    const controller = new AbortController();
    let timedOut = false;
    const cancelTimer = startTimer(init.timeout, () => {
      timedOut = true;
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
      if (response.type === 'opaqueredirect')
        throw undecodableError(
          init,
          0,
          response.headers,
          'the server answered with a redirect, which the client does not follow',
        );
      const encoding = response.headers.get('content-encoding');
      if (encoding !== null && !isDecodedByFetch(encoding))
        throw undecodableError(
          init,
          response.status,
          response.headers,
          `the response is encoded with '${encoding}', which the client cannot decode`,
        );
      const text = await readText(init, response, abort).catch((error: unknown) => {
        if (encoding === null || controller.signal.aborted || error instanceof CloudflareError) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw undecodableError(
          init,
          response.status,
          response.headers,
          `the ${encoding}-encoded response could not be decoded: ${reason}`,
        );
      });
      return { method, path, status: response.status, headers: response.headers, text };
    } catch (cause) {
      if (signal?.aborted) throw userAbortError(method, path);
      if (cause instanceof CloudflareError) throw cause;
      if (timedOut) throw timeoutError(init, cause);
      if (isPermissionDenied(cause)) throw permissionError(init, cause);
      throw connectionError(init, cause);
    } finally {
      cancelTimer();
      signal?.removeEventListener('abort', abort);
    }
  }
}

/** A transport over `fetchFunction`, or over the global fetch when none is given. */
export function fetchTransport(fetchFunction?: FetchLike): Transport {
  return new FetchTransport(fetchFunction);
}
