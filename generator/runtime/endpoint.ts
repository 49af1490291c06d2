import { problemError } from './request-problems.js';
import { fillRequest, RequestProblem, type BuiltRequest } from './request-fill.js';

export { PAGINATION_QUERY_KEYS, SCOPE_PLACEHOLDERS, type BuiltRequest } from './request-fill.js';

/** The HTTP verbs an endpoint may use: the spec format, the generator and the client all read this list. */
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
export type PaginationStyle = 'page' | 'cursor' | 'single';

export interface Endpoint {
  /** Dotted client path, e.g. 'zeroTrust.access.groups.list'; used in error messages. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path template below the base URL, e.g. '/{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}'. */
  readonly path: string;
  /** Placeholders filled from the positional arguments, in order. */
  readonly pathParams?: readonly string[];
  /** Params keys sent in the query string. */
  readonly query?: readonly string[];
  /** 'params': every params key that is not scope or query is a JSON body field; {param}: the body is params[param]. */
  readonly body?: 'params' | { readonly param: string };
  /** Query and body keys the API spells differently from the params object: params key -> the API's. */
  readonly wireNames?: Readonly<Record<string, string>>;
  readonly pagination?: PaginationStyle;
  /** Envelope field returned; null = the whole parsed body; undefined = the API default. */
  readonly unwrap?: string | null;
}

/** Fills the path template, and splits params between the query string and the JSON body. */
export function buildRequest(
  endpoint: Endpoint,
  pathArgs: readonly unknown[],
  params: object | undefined,
): BuiltRequest {
  try {
    return fillRequest(endpoint, pathArgs, params);
  } catch (error) {
    throw error instanceof RequestProblem ? problemError(error) : error;
  }
}
