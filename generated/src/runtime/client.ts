// Copied from generator/runtime/client.ts by `npm run generate`. Edit it there.
import { setTimeout as delay } from 'node:timers/promises';
import { Agent } from 'undici';
import { resolveAuthHeaders, type AuthScheme } from './auth.js';
import { buildRequest, type Endpoint } from './endpoint.js';
import { readPage, readResult, errorForStatus, type Redact } from './envelope.js';
import { CloudflareError } from './errors.js';
import { Page, PagePromise, type PageData, type PageLoader } from './pagination.js';
import { APIPromise } from './promise.js';
import { retryDelay, shouldRetryError, shouldRetryStatus } from './retry.js';
import { sendOnce, userAbortError, type RawResponse } from './transport.js';

export interface ApiDescription {
  readonly baseURL: string;
  readonly auth: readonly AuthScheme[];
  readonly envelope: { readonly unwrap: string };
  /** Sent as the user-agent header; defaults to 'zero-trust-client'. */
  readonly userAgent?: string;
}

export interface BaseClientOptions {
  /** Defaults to the API's base URL; may include a path, e.g. 'http://127.0.0.1:1234/client/v4'. */
  baseURL?: string;
  /** Milliseconds per attempt; default 60 000. */
  timeout?: number;
  /** Default 2. */
  maxRetries?: number;
  defaultHeaders?: Record<string, string>;
}

export interface RequestOptions {
  timeout?: number;
  maxRetries?: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
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

function lowerCaseNames(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

export class BaseClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  // Private fields, so that credentials stay out of util.inspect(client) and JSON.stringify(client).
  /** Auth, accept, user-agent and default headers, merged once; each request adds its own. */
  readonly #baseHeaders: Readonly<Record<string, string>>;
  readonly #secrets: readonly string[];
  readonly #defaultUnwrap: string;
  readonly #agent = new Agent();
  readonly #redact: Redact = (text) =>
    this.#secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);

  // The first union member admits interfaces (such as a generated ClientOptions), which have no index signature.
  constructor(
    options: BaseClientOptions | (BaseClientOptions & { readonly [credential: string]: unknown }),
    api: ApiDescription,
  ) {
    this.baseURL = checkedBaseURL(options.baseURL ?? api.baseURL);
    this.timeout = checkedCount('timeout', options.timeout, 60_000);
    this.maxRetries = Math.floor(checkedCount('maxRetries', options.maxRetries, 2));
    const authHeaders = resolveAuthHeaders(api.auth, options as Readonly<Record<string, unknown>>, process.env);
    // The header values, and their last word ('Bearer <token>' -> '<token>').
    this.#secrets = Object.values(authHeaders)
      .flatMap((value) => [value, value.split(' ').at(-1) ?? ''])
      .filter((secret) => secret.length >= 4);
    this.#baseHeaders = {
      ...lowerCaseNames(authHeaders),
      accept: 'application/json',
      'user-agent': api.userAgent ?? 'zero-trust-client',
      ...lowerCaseNames(options.defaultHeaders ?? {}),
    };
    this.#defaultUnwrap = api.envelope.unwrap;
  }

  request<T>(
    endpoint: Endpoint,
    pathArgs: readonly string[],
    params: object | undefined,
    options: RequestOptions = {},
  ): APIPromise<T> {
    const unwrap = this.#unwrapOf(endpoint);
    return new APIPromise<T>(
      () => this.#send(endpoint, pathArgs, params, options),
      (raw) => readResult(raw, unwrap, this.#redact) as T,
    );
  }

  requestPage<T>(
    endpoint: Endpoint,
    pathArgs: readonly string[],
    params: object | undefined,
    options: RequestOptions = {},
  ): PagePromise<T> {
    const unwrap = this.#unwrapOf(endpoint);
    const loader: PageLoader<T> = {
      style: endpoint.pagination ?? 'single',
      load: async (next) =>
        readPage(await this.#send(endpoint, pathArgs, next, options), unwrap, this.#redact) as PageData<T>,
    };
    const first = { ...params } as Record<string, unknown>;
    return new PagePromise<T>(
      () => this.#send(endpoint, pathArgs, first, options),
      (raw) => new Page<T>(readPage(raw, unwrap, this.#redact) as PageData<T>, first, loader),
    );
  }

  /** Closes the kept-alive connections; the client cannot send requests afterwards. */
  async close(): Promise<void> {
    await this.#agent.close();
  }

  /** Waits between retries; tests override it to avoid real delays. Rejects when `signal` aborts. */
  protected async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    await delay(ms, undefined, signal ? { signal } : undefined);
  }

  #unwrapOf(endpoint: Endpoint): string | null {
    return endpoint.unwrap === undefined ? this.#defaultUnwrap : endpoint.unwrap;
  }

  #headers(hasBody: boolean, perRequest: Readonly<Record<string, string>> | undefined): Record<string, string> {
    // content-type first, so that default headers may override it, as they may any other.
    const headers = hasBody ? { 'content-type': 'application/json', ...this.#baseHeaders } : { ...this.#baseHeaders };
    return perRequest ? Object.assign(headers, lowerCaseNames(perRequest)) : headers;
  }

  /** Sends with retries; resolves with a 2xx response, rejects with the error of the last attempt. */
  async #send(
    endpoint: Endpoint,
    pathArgs: readonly string[],
    params: object | undefined,
    options: RequestOptions,
  ): Promise<RawResponse> {
    const { method } = endpoint;
    const { path, query, body } = buildRequest(endpoint, pathArgs, params);
    const search = query.toString();
    const init = {
      dispatcher: this.#agent,
      url: `${this.baseURL}${path}${search ? `?${search}` : ''}`,
      method,
      path,
      headers: this.#headers(body !== undefined, options.headers),
      body: body === undefined ? undefined : JSON.stringify(body),
      timeout: checkedCount('timeout', options.timeout, this.timeout),
      signal: options.signal,
    };
    const maxRetries = checkedCount('maxRetries', options.maxRetries, this.maxRetries);

    for (let attempt = 0; ; attempt++) {
      let raw: RawResponse;
      try {
        raw = await sendOnce(init);
      } catch (error) {
        if (attempt >= maxRetries || !shouldRetryError(method, error)) throw error;
        await this.#pause(retryDelay(attempt, undefined), init.signal, endpoint, path);
        continue;
      }
      if (raw.status >= 200 && raw.status < 300) return raw;
      if (attempt >= maxRetries || !shouldRetryStatus(method, raw.status)) throw errorForStatus(raw, this.#redact);
      await this.#pause(retryDelay(attempt, raw.headers.get('retry-after')), init.signal, endpoint, path);
    }
  }

  async #pause(ms: number, signal: AbortSignal | undefined, endpoint: Endpoint, path: string): Promise<void> {
    await this.sleep(ms, signal).catch((error: unknown) => {
      if (!signal?.aborted) throw error;
    });
    if (signal?.aborted) throw userAbortError(endpoint.method, path);
  }
}
