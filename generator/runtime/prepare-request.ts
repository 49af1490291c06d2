/** Turns a call's arguments into what is sent: a request that cannot be sent as given fails here, before sending. */
import type { Endpoint } from './endpoint.js';
import { fillRequest, RequestProblem } from './request-fill.js';
import { CloudflareError, InvalidParameterError } from './cloudflare-error.js';

export interface PreparedRequest {
  /** Path below the base URL, every parameter encoded. */
  readonly path: string;
  /** The path and the query string. */
  readonly target: string;
  /** The JSON text; undefined = no body, or one that body-problems.ts must check first (`unchecked`). */
  readonly body: string | undefined;
  /** A body whose JSON text has a null (which may be a NaN), or that JSON.stringify refused. */
  readonly unchecked?: { readonly value: unknown };
}

/** The JSON text, when nothing in it can be a value that JSON changed or refused. */
function plainJson(body: unknown): string | undefined {
  try {
    const text = JSON.stringify(body);
    return text === undefined || text.includes('null') ? undefined : text;
  } catch {
    return undefined;
  }
}

function unreadable(endpoint: Endpoint, cause: unknown): Error {
  if (cause instanceof CloudflareError || cause instanceof RequestProblem) return cause;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new InvalidParameterError(endpoint.id, 'params', `could not be read: ${reason}`, { cause });
}

/** A copy of the params, which every page of a list walk is asked with. */
export function copiedParams(endpoint: Endpoint, params: object | undefined): Record<string, unknown> {
  try {
    return { ...params };
  } catch (cause) {
    throw unreadable(endpoint, cause);
  }
}

/**
 * The path, query string and JSON body of a call. Whatever the params hold, this throws only
 * CloudflareErrors and RequestProblems (worded by the failure module): a getter that throws, for example,
 * is an InvalidParameterError with the error as its cause.
 */
export function preparedRequest(
  endpoint: Endpoint,
  pathArgs: readonly unknown[],
  params: object | undefined,
): PreparedRequest {
  try {
    const { path, query, body } = fillRequest(endpoint, pathArgs, params);
    const search = query.toString();
    const target = search ? `${path}?${search}` : path;
    const text = body === undefined ? undefined : plainJson(body);
    return text === undefined && body !== undefined
      ? { path, target, body: undefined, unchecked: { value: body } }
      : { path, target, body: text };
  } catch (cause) {
    throw unreadable(endpoint, cause);
  }
}
