// Copied from generator/runtime/errors.ts by `npm run generate`. Edit it there.
export interface ApiErrorDetail {
  code: number;
  message: string;
}

import { CloudflareError } from './cloudflare-error.js';

export { CloudflareError, InvalidParameterError } from './cloudflare-error.js';

/**
 * A list walk stopped because the server sent a page it had already sent (the same page number, cursor or
 * items): it ignores the page or cursor asked for, and asking again would never end.
 */
export class PaginationError extends CloudflareError {
  readonly method: string;
  /** Request path below the base URL, without the query string. */
  readonly path: string;

  constructor(message: string, init: { readonly method: string; readonly path: string }) {
    super(message);
    this.method = init.method;
    this.path = init.path;
  }
}

export interface APIErrorInit {
  readonly status?: number;
  readonly errors?: readonly ApiErrorDetail[];
  readonly headers?: Headers;
  readonly method: string;
  /** Request path below the base URL, without the query string. */
  readonly path: string;
  readonly cause?: unknown;
}

export class APIError extends CloudflareError {
  readonly status: number | undefined;
  readonly errors: ApiErrorDetail[];
  readonly headers: Headers | undefined;
  readonly method: string;
  readonly path: string;

  constructor(message: string, init: APIErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.errors = [...(init.errors ?? [])];
    this.headers = init.headers;
    this.method = init.method;
    this.path = init.path;
  }
}

export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class UnprocessableEntityError extends APIError {}
export class RateLimitError extends APIError {}
export class InternalServerError extends APIError {}

/** The request failed before a response arrived; `cause` holds the underlying error. */
export class APIConnectionError extends APIError {}
export class APIConnectionTimeoutError extends APIConnectionError {}
export class APIUserAbortError extends APIError {}
/** The response body was not the JSON the client expected. */
export class APIResponseParseError extends APIError {}
/** The response body went past the client's `maxResponseBytes`; the connection was closed without reading the rest. */
export class APIResponseTooLargeError extends APIError {}

/** The error class of each HTTP status that has one of its own; any other ≥ 500 is an InternalServerError. */
export const ERROR_CLASS_BY_STATUS: Readonly<Record<number, typeof APIError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** When the client throws each error class (the docs' table of errors). */
export const ERROR_MEANINGS: Readonly<Record<string, string>> = {
  CloudflareError:
    'The base class of every error the client throws; also a call the client refuses before sending (a missing path parameter, a closed client).',
  APIError:
    'A response that failed: a status without a class of its own, or a 2xx whose envelope says `success: false`. Has `status`, `errors` (`[{ code, message }]`), `headers`, `method` and `path`.',
  APIConnectionError: 'The request failed before a response arrived; `cause` holds the network error.',
  APIConnectionTimeoutError: 'An attempt took longer than `timeout`.',
  APIUserAbortError: "The call's `signal` was aborted.",
  APIResponseParseError: 'The response was not the JSON expected; the message names its content type and first bytes.',
  ValidationError: "With `validation: 'strict'`, params or a result that do not match the spec.",
};

export function errorClassForStatus(status: number): typeof APIError {
  return ERROR_CLASS_BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError);
}

/** Builds the error for a response that failed: a non-2xx status, or `success: false`. */
export function errorFromResponse(
  init: APIErrorInit & { readonly status: number; readonly errors: readonly ApiErrorDetail[] },
): APIError {
  const details = init.errors.map((e) => `[${e.code}] ${e.message}`).join('; ');
  const message = `${init.status} ${init.method} ${init.path}: ${details || 'the response has no error details'}`;
  const ErrorClass = errorClassForStatus(init.status);
  return new ErrorClass(message, init);
}
