// Copied from generator/runtime/request-fill.ts by `npm run generate`. Edit it there.
/** What the code of every call needs to turn its arguments into a request: no error wording, which loads apart. */
import { PAGINATION_QUERY_KEYS, SCOPE_KEYS, SCOPE_PLACEHOLDERS, type Endpoint, type ScopeKey } from './endpoint.js';

export interface BuiltRequest {
  /** Path below the base URL, every parameter encoded. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Value to send as JSON; undefined = no body. */
  readonly body: unknown;
}

export type ProblemCode =
  | 'unlisted'
  | 'both-scopes'
  | 'no-scope'
  | 'missing'
  | 'empty'
  | 'dot-segment'
  | 'lone-surrogate'
  | 'not-finite'
  | 'invalid-date'
  | 'cycle'
  | 'too-deep'
  | 'not-a-query-value';

/**
 * A value that cannot be sent; `parameter` names it ('group_id (argument 1)', 'query parameter name'), and
 * `value` is the value, or for 'too-deep' the deepest nesting allowed.
 */
export class RequestProblem extends Error {
  constructor(
    readonly endpoint: Endpoint,
    readonly code: ProblemCode,
    readonly parameter: string,
    readonly value?: unknown,
  ) {
    super(code);
  }
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

const compiledEndpoints = new WeakMap<Endpoint, CompiledEndpoint>();

function compile(endpoint: Endpoint): CompiledEndpoint {
  // Splitting on a capturing pattern alternates literal text (even indexes) and placeholder names (odd).
  const segments = endpoint.path.split(/\{([^{}]*)\}/).map((part, i): string | Placeholder => {
    if (i % 2 === 0) return part;
    if (SCOPE_PLACEHOLDERS.has(part)) return { name: part, index: -1 };
    const index = endpoint.pathParams?.indexOf(part) ?? -1;
    if (index < 0) throw new RequestProblem(endpoint, 'unlisted', part);
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

function eitherScopeKey(endpoint: Endpoint, params: Readonly<Record<string, unknown>>): ScopeKey {
  const hasAccount = isGiven(params['account_id']);
  const hasZone = isGiven(params['zone_id']);
  if (hasAccount && hasZone) throw new RequestProblem(endpoint, 'both-scopes', '');
  if (!hasAccount && !hasZone) throw new RequestProblem(endpoint, 'no-scope', '');
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
  if (name === 'accounts_or_zones') return eitherScopeKey(endpoint, params) === 'account_id' ? 'accounts' : 'zones';
  const key = name === 'account_or_zone_id' ? eitherScopeKey(endpoint, params) : name;
  return encodePathValue(endpoint, placeholder, key, params[key]);
}

// String.prototype.isWellFormed (Node 20) is not in the ES2023 lib.
const isWellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

// The placeholder and key only name the value in errors; the message is built when there is one.
function encodePathValue(endpoint: Endpoint, placeholder: Placeholder, key: string, value: unknown): string {
  if (value === undefined || value === null) throw new RequestProblem(endpoint, 'missing', describe(placeholder, key));
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string' || value === '')
    throw new RequestProblem(endpoint, 'empty', describe(placeholder, key));
  // URL parsers resolve '.' and '..' segments even when percent-encoded, which would change the route.
  if (value === '.' || value === '..') throw new RequestProblem(endpoint, 'dot-segment', describe(placeholder, key));
  if (!isWellFormed(value)) throw new RequestProblem(endpoint, 'lone-surrogate', describe(placeholder, key));
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
  const problem = (code: ProblemCode) => new RequestProblem(endpoint, code, `query parameter ${key}`, value);
  if (typeof value === 'string') {
    if (!isWellFormed(value)) throw problem('lone-surrogate');
    query.append(key, value);
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw problem('not-finite');
    query.append(key, String(value));
  } else if (typeof value === 'boolean') {
    query.append(key, String(value));
  } else if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw problem('invalid-date');
    query.append(key, value.toISOString());
  } else if (Array.isArray(value) || isRecord(value)) {
    if (ancestors.includes(value)) throw problem('cycle');
    if (ancestors.length >= MAX_QUERY_DEPTH)
      throw new RequestProblem(endpoint, 'too-deep', `query parameter ${key}`, MAX_QUERY_DEPTH);
    const inside = [...ancestors, value];
    if (Array.isArray(value)) {
      for (const item of value) appendQueryValue(endpoint, query, key, item, inside);
    } else {
      // The API reads nested filters with dotted names: last_seen_user.email=...
      for (const [sub, item] of Object.entries(value)) appendQueryValue(endpoint, query, `${key}.${sub}`, item, inside);
    }
  } else {
    throw problem('not-a-query-value');
  }
}

/** A plain object, with Object's prototype or none (`Object.create(null)`, as records built from outside names are). */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
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

/**
 * Fills the path template, and splits params between the query string and the JSON body. A value that
 * cannot be sent is a RequestProblem, which request-problems.ts words (endpoint.ts's buildRequest).
 */
export function fillRequest(
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
