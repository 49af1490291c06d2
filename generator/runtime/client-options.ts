/** What a client is made with: its options, its API's description, and what a call may override. */
import type { AuthScheme } from './auth.js';
import type { UndiciDispatcher } from './platform.js';
import type { FetchLike } from './transport-fetch.js';
import type { SchemaRegistry, ValidationMode } from './validation.js';

export interface Logger {
  warn(message: string): void;
}

export interface ApiDescription {
  readonly baseURL: string;
  readonly auth: readonly AuthScheme[];
  readonly envelope: { readonly unwrap: string };
  /** Sent as the user-agent header; defaults to 'zero-trust-client'. */
  readonly userAgent?: string;
  /** Loads the validators on first use, so that a client that does not validate never loads zod. */
  readonly loadSchemas?: () => Promise<SchemaRegistry>;
}

export interface BaseClientOptions {
  /** Defaults to the API's base URL; may include a path, e.g. 'http://127.0.0.1:1234/client/v4'. */
  baseURL?: string;
  /** Milliseconds per attempt; default 60 000. */
  timeout?: number;
  /** Default 2. */
  maxRetries?: number;
  defaultHeaders?: Record<string, string>;
  /**
   * Retry POST and PATCH calls after a 5xx, a timeout or a connection lost mid-request, as GET
   * calls are. Off by default: the server may have acted on the first attempt, and a second one
   * would, for example, create a second application. 429s and connections that never opened are
   * retried either way.
   */
  retryNonIdempotent?: boolean;
  /** Check params and results against the spec's schemas: 'off' (default), 'warn' or 'strict'. */
  validation?: ValidationMode;
  /** Where 'warn' validation writes; default console. */
  logger?: Logger;
  /**
   * Sends every request through this function instead of the runtime's own transport: any
   * function that takes a URL and a RequestInit and returns a Response (tests, tracing, a proxy).
   */
  fetch?: FetchLike;
  /** Node only: the undici Dispatcher that sends requests (a ProxyAgent, a Pool); close() leaves it open. */
  dispatcher?: UndiciDispatcher;
  /**
   * Largest response body accepted, in bytes, as received and once decoded; default 32 MiB. A larger
   * response ends in an APIResponseTooLargeError, and its connection is closed without reading the rest.
   */
  maxResponseBytes?: number;
}

export interface RequestOptions {
  timeout?: number;
  maxRetries?: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Overrides the client's `retryNonIdempotent` for this call: true opts in, false opts out. */
  retryNonIdempotent?: boolean;
  /** Overrides the client's `validation` for this call. */
  validation?: ValidationMode;
}
