// Copied from generator/mock/params.ts by `npm run generate`. Edit it there.
/** Turns a request back into the params object the client was called with, so the params schema can check it. */
import type { MockRoute, QueryType } from './route.js';

/** Query parameters by the API's names, typed: arrays repeat the key, nested objects use dotted names. */
export function readQuery(route: MockRoute, search: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const types = route.query ?? {};
  for (const key of new Set(search.keys())) {
    const [head, ...rest] = key.split('.');
    const type = types[head!] ?? 'unknown';
    const values = search.getAll(key);
    if (rest.length === 0) {
      out[head!] =
        typeof type === 'object' && 'array' in type
          ? values.map((v) => coerce(v, type.array))
          : coerce(values[0]!, type);
      continue;
    }
    // a.b.c=1 -> { a: { b: { c: 1 } } }, typed by the object's field types where they are known.
    let node = (out[head!] ??= {}) as Record<string, unknown>;
    let nodeType: QueryType = type;
    rest.forEach((part, i) => {
      nodeType =
        typeof nodeType === 'object' && 'object' in nodeType ? (nodeType.object[part] ?? 'unknown') : 'unknown';
      if (i === rest.length - 1) node[part] = coerce(values[0]!, nodeType);
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return out;
}

/** A query string read as the type the spec gives it; left as it is when it is not one. */
function coerce(text: string, type: QueryType): unknown {
  if (type === 'number') return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  if (typeof type === 'object' && 'array' in type) return [coerce(text, type.array)];
  return text;
}

/** The params object: the account or zone id, the query and the body, by the params' names. */
export function paramsOf(
  route: MockRoute,
  values: Readonly<Record<string, string>>,
  query: Readonly<Record<string, unknown>>,
  body: unknown,
): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const key of ['account_id', 'zone_id']) if (values[key] !== undefined) params[key] = values[key];
  for (const [key, value] of Object.entries(query)) params[route.queryNames?.[key] ?? key] = value;
  if (route.body === 'params' && isObject(body)) {
    for (const [key, value] of Object.entries(body)) params[route.bodyNames?.[key] ?? key] = value;
  } else if (typeof route.body === 'object' && body !== undefined) {
    params[route.body.param] = body;
  }
  return params;
}

/** The API's name of a params key, for messages. */
export function wireName(route: MockRoute, paramsKey: string): string {
  const names = { ...route.queryNames, ...route.bodyNames };
  for (const [wire, name] of Object.entries(names)) if (name === paramsKey) return wire;
  return paramsKey;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
