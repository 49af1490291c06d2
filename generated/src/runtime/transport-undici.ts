// Copied from generator/runtime/transport-undici.ts by `npm run generate`. Edit it there.
/** Node's transport: undici's Dispatcher.request, which costs a fraction of `fetch` per call. */
import { EventEmitter } from 'node:events';
import type { Dispatcher } from 'undici';
import { CloudflareError } from './errors.js';
import { connectionError, timeoutError, tooLargeError, undecodableError, userAbortError } from './transport-errors.js';
import { startTimer, type RawResponse, type SendInit, type Transport } from './transport.js';
import type { HttpMethod } from './endpoint.js';
import type { UndiciDispatcher } from './platform.js';

type IncomingHeaders = Readonly<Record<string, string | string[] | undefined>>;
type Body = Dispatcher.ResponseData['body'];

function toHeaders(incoming: IncomingHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  return headers;
}

function headerValue(incoming: IncomingHeaders, name: string): string | undefined {
  const value = incoming[name];
  return Array.isArray(value) ? value.join(', ') : value;
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

/** The body's bytes; destroys the body (closing its connection) and rejects with `tooLarge` past `limit`. */
function readBytes(body: Body, limit: number, tooLarge: () => Error): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        body.destroy();
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    body.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    body.on('error', reject);
  });
}

type Decoder = (buffer: Uint8Array, options: { maxOutputLength: number }) => Promise<Buffer>;

/** content-coding -> its decoder; node:zlib is loaded with the first encoded response. */
async function decoders(): Promise<ReadonlyMap<string, Decoder>> {
  const zlib = await import('node:zlib');
  const { Z_SYNC_FLUSH, BROTLI_OPERATION_FLUSH } = zlib.constants;
  const wrap =
    (run: (buffer: Uint8Array, options: object, done: (error: Error | null, result: Buffer) => void) => void) =>
    (buffer: Uint8Array, options: object): Promise<Buffer> =>
      new Promise((resolve, reject) =>
        run(buffer, options, (error, result) => (error ? reject(error) : resolve(result))),
      );
  const gunzip = wrap((b, o, done) => zlib.gunzip(b, { ...o, finishFlush: Z_SYNC_FLUSH }, done));
  // 'deflate' is meant to be zlib-wrapped, but some servers send raw deflate; a zlib stream's first byte names method 8.
  const inflate = wrap((b, o, done) =>
    (b[0]! & 0x0f) === 8
      ? zlib.inflate(b, { ...o, finishFlush: Z_SYNC_FLUSH }, done)
      : zlib.inflateRaw(b, { ...o, finishFlush: Z_SYNC_FLUSH }, done),
  );
  const brotli = wrap((b, o, done) => zlib.brotliDecompress(b, { ...o, finishFlush: BROTLI_OPERATION_FLUSH }, done));
  return new Map([
    ['gzip', gunzip],
    ['x-gzip', gunzip],
    ['deflate', inflate],
    ['br', brotli],
  ]);
}

let loadedDecoders: Promise<ReadonlyMap<string, Decoder>> | undefined;

/** Undoes the content-codings (listed in the order they were applied), each output held to `limit` bytes. */
async function decode(
  bytes: Uint8Array,
  encoding: string,
  limit: number,
  fail: (problem: string) => Error,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  const codings = encoding
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length === 0) return bytes;
  const available = await (loadedDecoders ??= decoders());
  for (const coding of codings.reverse()) {
    const decoder = available.get(coding);
    if (!decoder) throw fail(`the response is encoded with '${coding}', which the client cannot decode`);
    try {
      bytes = await decoder(bytes, { maxOutputLength: limit });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      throw fail(`the ${coding}-encoded response could not be decoded: ${(error as Error).message}`);
    }
  }
  return bytes;
}

const utf8 = new TextDecoder();

/** Sends with undici; `dispatcher` is the user's (left open by close()), or an Agent created with the first request. */
class UndiciTransport implements Transport {
  readonly headers: Readonly<Record<string, string>> = { 'accept-encoding': 'gzip, deflate, br' };
  // undici is imported with the first request: importing it costs several times the rest of the package.
  #own: Promise<Dispatcher> | undefined;
  #ready: Dispatcher | undefined;

  constructor(dispatcher: Dispatcher | undefined) {
    this.#ready = dispatcher;
  }

  async close(): Promise<void> {
    if (this.#own) await (await this.#own).close();
  }

  async send(init: SendInit): Promise<RawResponse> {
    const { method, path, signal } = init;
    if (signal?.aborted) throw userAbortError(method, path);
    const dispatcher = this.#ready ?? (this.#ready = await (this.#own ??= this.#createAgent()));

    // undici takes an EventEmitter as its abort signal: 'abort' cancels the request. An AbortController would do
    // the same, but creating one and listening to it costs about 5 µs, a tenth of a whole local round trip.
    const abort = new EventEmitter();
    let timedOut = false;
    const cancelTimer = startTimer(init.timeout, () => {
      timedOut = true;
      abort.emit('abort');
    });
    const onUserAbort = (): void => void abort.emit('abort');
    signal?.addEventListener('abort', onUserAbort, { once: true });

    try {
      const response = await dispatcher.request({
        origin: init.origin,
        path: init.target,
        method,
        headers: init.headers,
        body: init.body,
        signal: abort,
      });
      const text = await this.#readText(init, response);
      return new ReceivedResponse(method, path, response.statusCode, response.headers, text);
    } catch (cause) {
      if (signal?.aborted) throw userAbortError(method, path);
      if (cause instanceof CloudflareError) throw cause;
      if (timedOut) throw timeoutError(init, cause);
      throw connectionError(init, cause);
    } finally {
      cancelTimer();
      signal?.removeEventListener('abort', onUserAbort);
    }
  }

  #createAgent(): Promise<Dispatcher> {
    return import('undici').then(({ Agent }) => new Agent());
  }

  async #readText(init: SendInit, response: Dispatcher.ResponseData): Promise<string> {
    const { body, headers, statusCode } = response;
    const limit = init.maxResponseBytes;
    const tooLarge = () => tooLargeError(init, statusCode, toHeaders(headers));
    const length = Number(headerValue(headers, 'content-length') ?? NaN);
    const encoding = headerValue(headers, 'content-encoding');
    if (length > limit) {
      body.destroy();
      throw tooLarge();
    }
    // undici reads no more than content-length bytes: the limit holds without counting.
    if (length >= 0 && encoding === undefined) return body.text();
    const bytes = await readBytes(body, limit, tooLarge);
    if (encoding === undefined) return utf8.decode(bytes);
    const fail = (problem: string) => undecodableError(init, statusCode, toHeaders(headers), problem);
    return utf8.decode(await decode(bytes, encoding, limit, fail, tooLarge));
  }
}

export function undiciTransport(dispatcher?: UndiciDispatcher): Transport {
  return new UndiciTransport(dispatcher as Dispatcher | undefined);
}
