// Copied from generator/runtime/endpoint.ts by `npm run generate`. Edit it there.
import { CloudflareError, InvalidParameterError } from './cloudflare-error.js';

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

export interface BuiltRequest {
  /** Path below the base URL, every parameter encoded. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Value to send as JSON; undefined = no body. */
  readonly body: unknown;
}

/** A path placeholder: `index` points into the positional arguments, or is -1 for a scope placeholder. */
interface Placeholder {
  readonly name: string;
  readonly index: number;
}

interface CompiledEndpoint {
  readonly segments: readonly (string | Placeholder)[];
  readonly queryKeys: readonly string[];
}

type ScopeKey = 'account_id' | 'zone_id';
const SCOPE_KEYS: ReadonlySet<string> = new Set<ScopeKey>(['account_id', 'zone_id']);
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

const compiledEndpoints = new WeakMap<Endpoint, CompiledEndpoint>();

function compile(endpoint: Endpoint): CompiledEndpoint {
  // Splitting on a capturing pattern alternates literal text (even indexes) and placeholder names (odd).
  const segments = endpoint.path.split(/\{([^{}]*)\}/).map((part, i): string | Placeholder => {
    if (i % 2 === 0) return part;
    if (SCOPE_PLACEHOLDERS.has(part)) return { name: part, index: -1 };
    const index = endpoint.pathParams?.indexOf(part) ?? -1;
    if (index < 0) throw new CloudflareError(`${endpoint.id}: path placeholder {${part}} is not listed in pathParams.`);
    return { name: part, index };
  });
  const queryKeys = new Set([...(endpoint.query ?? []), ...PAGINATION_QUERY_KEYS[endpoint.pagination ?? 'single']]);
  return { segments, queryKeys: [...queryKeys].filter((key) => !SCOPE_KEYS.has(key)) };
}

function compiled(endpoint: Endpoint): CompiledEndpoint {
  let result = compiledEndpoints.get(endpoint);
  if (!result) {
    result = compile(endpoint);
    compiledEndpoints.set(endpoint, result);
  }
  return result;
}

function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function eitherScopeKey(params: Readonly<Record<string, unknown>>): ScopeKey {
  const hasAccount = isGiven(params['account_id']);
  const hasZone = isGiven(params['zone_id']);
  if (hasAccount && hasZone) throw new CloudflareError('You cannot provide both account_id and zone_id.');
  if (!hasAccount && !hasZone) throw new CloudflareError('You must provide either account_id or zone_id.');
  return hasAccount ? 'account_id' : 'zone_id';
}

/** How an error names a placeholder: by its positional argument, or by the params key that fills it. */
function describe({ name, index }: Placeholder, key: string): string {
  return index >= 0 ? `${name} (argument ${index + 1})` : key;
}

/** The placeholder's text in the path. */
function placeholderText(
  endpoint: Endpoint,
  placeholder: Placeholder,
  pathArgs: readonly unknown[],
  params: Readonly<Record<string, unknown>>,
): string {
  const { name, index } = placeholder;
  if (index >= 0) return encodePathValue(endpoint, placeholder, name, pathArgs[index]);
  if (name === 'accounts_or_zones') return eitherScopeKey(params) === 'account_id' ? 'accounts' : 'zones';
  const key = name === 'account_or_zone_id' ? eitherScopeKey(params) : name;
  return encodePathValue(endpoint, placeholder, key, params[key]);
}

// String.prototype.isWellFormed (Node 20) is not in the ES2023 lib.
const isWellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

function invalid(endpoint: Endpoint, parameter: string, problem: string): InvalidParameterError {
  return new InvalidParameterError(endpoint.id, parameter, problem);
}

const LONE_SURROGATE = 'contains a lone surrogate (half of a UTF-16 pair), which a URL cannot carry';

// The placeholder and key only name the value in errors; the message is built when there is one.
function encodePathValue(endpoint: Endpoint, placeholder: Placeholder, key: string, value: unknown): string {
  if (value === undefined || value === null) {
    throw new CloudflareError(`${endpoint.id}: missing ${describe(placeholder, key)}.`);
  }
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string' || value === '')
    throw invalid(endpoint, describe(placeholder, key), 'must be a non-empty string');
  // URL parsers resolve '.' and '..' segments even when percent-encoded, which would change the route.
  if (value === '.' || value === '..') throw invalid(endpoint, describe(placeholder, key), "must not be '.' or '..'");
  if (!isWellFormed(value)) throw invalid(endpoint, describe(placeholder, key), LONE_SURROGATE);
  return encodeURIComponent(value);
}

// Deeper nesting is a mistake, and a cycle would otherwise recurse until the stack overflows.
const MAX_QUERY_DEPTH = 16;
const NO_ANCESTORS: readonly object[] = [];

function appendQueryValue(
  endpoint: Endpoint,
  query: URLSearchParams,
  key: string,
  value: unknown,
  ancestors: readonly object[] = NO_ANCESTORS,
): void {
  if (value === undefined || value === null) return;
  if (typeof value === 'string') {
    if (!isWellFormed(value)) throw invalid(endpoint, `query parameter ${key}`, LONE_SURROGATE);
    query.append(key, value);
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(endpoint, `query parameter ${key}`, `is ${value}, not a finite number`);
    query.append(key, String(value));
  } else if (typeof value === 'boolean') {
    query.append(key, String(value));
  } else if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalid(endpoint, `query parameter ${key}`, 'is an invalid Date');
    query.append(key, value.toISOString());
  } else if (Array.isArray(value) || (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)) {
    if (ancestors.includes(value)) throw invalid(endpoint, `query parameter ${key}`, 'contains itself (a cycle)');
    if (ancestors.length >= MAX_QUERY_DEPTH)
      throw invalid(endpoint, `query parameter ${key}`, `is nested more than ${MAX_QUERY_DEPTH} levels deep`);
    const inside = [...ancestors, value];
    if (Array.isArray(value)) {
      for (const item of value) appendQueryValue(endpoint, query, key, item, inside);
    } else {
      // The API reads nested filters with dotted names: last_seen_user.email=...
      for (const [sub, item] of Object.entries(value)) appendQueryValue(endpoint, query, `${key}.${sub}`, item, inside);
    }
  } else {
    throw invalid(
      endpoint,
      `query parameter ${key}`,
      'must be a string, number, boolean, an object or an array of them',
    );
  }
}

function wireName(endpoint: Endpoint, key: string): string {
  return endpoint.wireNames?.[key] ?? key;
}

function buildBody(
  endpoint: Endpoint,
  params: Readonly<Record<string, unknown>>,
  queryKeys: readonly string[],
): unknown {
  if (endpoint.body === undefined) return undefined;
  if (endpoint.body !== 'params') return params[endpoint.body.param];
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && !SCOPE_KEYS.has(key) && !queryKeys.includes(key)) body[wireName(endpoint, key)] = value;
  }
  return body;
}

/** Fills the path template, and splits params between the query string and the JSON body. */
export function buildRequest(
  endpoint: Endpoint,
  pathArgs: readonly unknown[],
  params: object | undefined,
): BuiltRequest {
  const { segments, queryKeys } = compiled(endpoint);
  const values = (params ?? {}) as Readonly<Record<string, unknown>>;
  let path = '';
  for (const segment of segments) {
    path += typeof segment === 'string' ? segment : placeholderText(endpoint, segment, pathArgs, values);
  }
  const query = new URLSearchParams();
  for (const key of queryKeys) appendQueryValue(endpoint, query, wireName(endpoint, key), values[key]);
  return { path, query, body: buildBody(endpoint, values, queryKeys) };
}
