import type { ApiDescription, BaseClientOptions, RequestOptions } from './client-options.js';
import { CloudflareError } from './cloudflare-error.js';
import type { ClientSetup } from './setup.js';
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './defaults.js';
import type { Endpoint } from './endpoint.js';
import { readPage, readResult, Unread } from './envelope.js';
import { loadChunk } from './lazy.js';
import type { PageData, PageLoader } from './pagination.js';
import { copiedParams, preparedRequest } from './prepare-request.js';
import { fillRequest, RequestProblem } from './request-fill.js';
import { APIPromise, PagePromise, thenOrNow } from './promise.js';
import type { RawResponse, SendInit } from './transport.js';
import type { Direction, ValidationMode, ValidationState } from './validation.js';

const VALIDATION_MODES: readonly ValidationMode[] = ['off', 'warn', 'strict'];

function checkedMode(value: ValidationMode | undefined, fallback: ValidationMode): ValidationMode {
  if (value === undefined) return fallback;
  if (!VALIDATION_MODES.includes(value))
    throw new CloudflareError(`validation must be one of ${VALIDATION_MODES.join(', ')}.`);
  return value;
}

function checkedCount(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new CloudflareError(`${name} must be a non-negative number.`);
  return value;
}

function checkedBaseURL(value: unknown): string {
  if (typeof value !== 'string' || !URL.canParse(value)) throw new CloudflareError('baseURL must be an absolute URL.');
  return value.replace(/\/+$/, '');
}

/**
 * The client: what every call runs is here; what only some need (errors and retries, list walks,
 * validation) is a part that lazy.ts loads on first use, from the sources its entry point provides:
 * the main entry's client (client.ts) has them at hand, the tree-shakable one (partial-client.ts)
 * imports them when needed.
 */
export class ClientCore {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly retryNonIdempotent: boolean;
  readonly validation: ValidationMode;
  // Private fields, so that credentials stay out of util.inspect(client) and JSON.stringify(client).
  readonly #options: BaseClientOptions & { readonly [credential: string]: unknown };
  readonly #api: ApiDescription;
  /** The transport and headers: set up when the client is made (given `setup`), or by the first call. */
  #setup: ClientSetup | Promise<ClientSetup> | undefined;
  /** The credential values once resolved, removed from errors and log lines (redact.ts). */
  #secrets: readonly string[] = [];
  readonly #defaultUnwrap: string;
  readonly #maxResponseBytes: number;
  #closed = false;
  /** The base URL, parsed once: given whole URLs, undici would parse the same base again for every request. */
  readonly #origin: string;
  readonly #basePath: string;
  readonly #validation: ValidationState;

  /**
   * `setup`: the module that sets up the transport and the credentials (setup.ts), to set them up now;
   * without it, the first call loads it, and a missing credential rejects that call instead of throwing here.
   */
  constructor(
    // The first union member admits interfaces (such as a generated ClientOptions), which have no index signature.
    options: BaseClientOptions | (BaseClientOptions & { readonly [credential: string]: unknown }),
    api: ApiDescription,
    setup?: typeof import('./setup.js'),
  ) {
    this.baseURL = checkedBaseURL(options.baseURL ?? api.baseURL);
    const base = new URL(this.baseURL);
    this.#origin = base.origin;
    this.#basePath = base.pathname.replace(/\/+$/, '');
    this.timeout = checkedCount('timeout', options.timeout, DEFAULT_TIMEOUT_MS);
    this.maxRetries = Math.floor(checkedCount('maxRetries', options.maxRetries, DEFAULT_MAX_RETRIES));
    this.retryNonIdempotent = options.retryNonIdempotent === true;
    this.validation = checkedMode(options.validation, 'off');
    this.#maxResponseBytes = checkedCount('maxResponseBytes', options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES);
    this.#options = options as BaseClientOptions & { readonly [credential: string]: unknown };
    this.#api = api;
    this.#validation = {
      loadSchemas: api.loadSchemas,
      logger: options.logger ?? console,
      secrets: () => this.#secrets,
    };
    this.#defaultUnwrap = api.envelope.unwrap;
    if (setup) this.#setUp(setup);
  }

  #setUp(setup: typeof import('./setup.js')): ClientSetup {
    const done = setup.clientSetup(this.#options, this.#api, () => loadChunk('failure'));
    this.#secrets = done.headers.secrets;
    return (this.#setup = done);
  }

  #clientSetup(): ClientSetup | Promise<ClientSetup> {
    return (this.#setup ??= loadChunk('setup').then(
      (setup) => this.#setUp(setup),
      (error: unknown) => {
        this.#setup = undefined;
        throw error;
      },
    ));
  }

  request<T>(
    endpoint: Endpoint,
    pathArgs: readonly string[],
    params: object | undefined,
    options: RequestOptions = {},
  ): APIPromise<T> {
    const unwrap = this.#unwrapOf(endpoint);
    const mode = checkedMode(options.validation, this.validation);
    return new APIPromise<T>(
      () => this.#checkedSend(endpoint, pathArgs, params, options, mode),
      (raw) => {
        const data = readResult(raw, unwrap) as T;
        if (data instanceof Unread) return this.#unread(raw, data, unwrap);
        return mode === 'off' ? data : this.#check(endpoint, 'response', mode, data).then(() => data);
      },
    );
  }

  requestPage<T>(
    endpoint: Endpoint,
    pathArgs: readonly string[],
    params: object | undefined,
    options: RequestOptions = {},
  ): PagePromise<T> {
    const unwrap = this.#unwrapOf(endpoint);
    const mode = checkedMode(options.validation, this.validation);
    const read = (raw: RawResponse): PageData<T> | Promise<PageData<T>> => {
      const data = readPage(raw, unwrap);
      if (data instanceof Unread) return this.#unread(raw, data, unwrap);
      const page = data as PageData<T>;
      return mode === 'off' ? page : this.#check(endpoint, 'response', mode, page.result, true).then(() => page);
    };
    const first = copiedParams(endpoint, params);
    const loader: PageLoader<T> = {
      style: endpoint.pagination ?? 'single',
      load: async (next) => read(await this.#send(endpoint, pathArgs, next, options)),
      // Asked for only after the first page came: these arguments make a request.
      request: () => ({ method: endpoint.method, path: fillRequest(endpoint, pathArgs, first).path }),
    };
    return new PagePromise<T>(
      () => this.#checkedSend(endpoint, pathArgs, first, options, mode),
      (raw) => loadChunk('page').then(({ Page }) => thenOrNow(read(raw), (data) => new Page<T>(data, first, loader))),
    );
  }

  /** Closes the kept-alive connections; the client cannot send requests afterwards. Closing again does nothing. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    // A client whose first call has not set it up has no connections.
    const setup = await Promise.resolve(this.#setup).catch(() => undefined);
    await setup?.transport.close();
  }

  /** Waits between retries; tests override it to avoid real delays. Rejects when `signal` aborts. */
  protected async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    await (await loadChunk('failure')).delay(ms, signal);
  }

  /** The error of a 2xx response that could not be read. */
  async #unread(raw: RawResponse, unread: Unread, unwrap: string | null): Promise<never> {
    const failure = await loadChunk('failure');
    const redactor = failure.redactorOf(this.#secrets);
    throw redactor.error(failure.unreadError(raw, unread, unwrap, redactor.text));
  }

  #check(endpoint: Endpoint, direction: Direction, mode: ValidationMode, value: unknown, list = false): Promise<void> {
    return loadChunk('validation').then((validation) =>
      validation.check(this.#validation, endpoint, direction, mode, value, list),
    );
  }

  /** Checks the params first when validation is on; a bad request is never sent. */
  #checkedSend(
    endpoint: Endpoint,
    pathArgs: readonly string[],
    params: object | undefined,
    options: RequestOptions,
    mode: ValidationMode,
  ): Promise<RawResponse> {
    if (mode === 'off') return this.#send(endpoint, pathArgs, params, options);
    return this.#check(endpoint, 'request', mode, params ?? {}).then(() =>
      this.#send(endpoint, pathArgs, params, options),
    );
  }

  #unwrapOf(endpoint: Endpoint): string | null {
    return endpoint.unwrap === undefined ? this.#defaultUnwrap : endpoint.unwrap;
  }

  /** As #sendAttempts, with the error redacted. */
  #send(
    endpoint: Endpoint,
    pathArgs: readonly string[],
    params: object | undefined,
    options: RequestOptions,
  ): Promise<RawResponse> {
    return this.#sendAttempts(endpoint, pathArgs, params, options).catch(this.#rethrowRedacted);
  }

  readonly #rethrowRedacted = async (error: unknown): Promise<never> => {
    const failure = await loadChunk('failure');
    throw failure
      .redactorOf(this.#secrets)
      .error(error instanceof RequestProblem ? failure.problemError(error) : error);
  };

  /**
   * Sends with retries; resolves with a 2xx response, rejects with the error of the last attempt.
   * Bad params reject before anything is sent.
   */
  async #sendAttempts(
    endpoint: Endpoint,
    pathArgs: readonly string[],
    params: object | undefined,
    options: RequestOptions,
  ): Promise<RawResponse> {
    const { method } = endpoint;
    const prepared = preparedRequest(endpoint, pathArgs, params);
    const { path, target, unchecked } = prepared;
    const body = unchecked ? (await loadChunk('failure')).jsonBody(endpoint, unchecked.value) : prepared.body;
    if (this.#closed) throw new CloudflareError('The client is closed: create a new one to send requests.');
    const ready = this.#setup;
    const { transport, headers } = ready && !(ready instanceof Promise) ? ready : await this.#clientSetup();
    const init: SendInit = {
      origin: this.#origin,
      target: `${this.#basePath}${target}`,
      method,
      path,
      headers: headers.forRequest(body !== undefined, options.headers),
      body,
      timeout: checkedCount('timeout', options.timeout, this.timeout),
      signal: options.signal,
      maxResponseBytes: this.#maxResponseBytes,
    };
    const maxRetries = checkedCount('maxRetries', options.maxRetries, this.maxRetries);
    const optIn = options.retryNonIdempotent ?? this.retryNonIdempotent;

    for (let attempt = 0; ; attempt++) {
      let raw: RawResponse | undefined;
      let error: unknown;
      try {
        raw = await transport.send(init);
        if (raw.status >= 200 && raw.status < 300) return raw;
      } catch (thrown) {
        error = thrown;
      }
      const failure = await loadChunk('failure');
      const redact = failure.redactorOf(this.#secrets).text;
      const wait = failure.retryWait({ method, attempt, maxRetries, optIn }, raw, error, redact);
      await this.sleep(wait, init.signal).catch((slept: unknown) => {
        if (!init.signal?.aborted) throw slept;
      });
      if (init.signal?.aborted) throw failure.userAbortError(method, path);
    }
  }
}
