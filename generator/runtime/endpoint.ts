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

export type ScopeKey = 'account_id' | 'zone_id';
export const SCOPE_KEYS: ReadonlySet<string> = new Set<ScopeKey>(['account_id', 'zone_id']);
export const SCOPE_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'accounts_or_zones',
  'account_or_zone_id',
  ...SCOPE_KEYS,
]);

// The query parameters that move between pages; the runtime sends them, so endpoints need not list them.
export const PAGINATION_QUERY_KEYS: Readonly<Record<PaginationStyle, readonly string[]>> = {
  page: ['page', 'per_page'],
  cursor: ['cursor', 'per_page'],
  single: [],
};
