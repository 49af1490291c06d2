// Copied from generator/mock/params.ts by `npm run generate`. Edit it there.
/** Turns a request back into the params object the client was called with, so the params schema can check it. */
import { emptyRecord, isObject, own } from './records.js';
import type { MockRoute, QueryType } from './route.js';

/** Query parameters by the API's names, typed: arrays repeat the key, nested objects use dotted names. */
export function readQuery(route: MockRoute, search: URLSearchParams): Record<string, unknown> {
  const out = emptyRecord();
  for (const key of new Set(search.keys())) {
    const [head, ...rest] = key.split('.') as [string, ...string[]];
    const values = search.getAll(key);
    const headType = own(route.query, head) ?? 'unknown';
    if (rest.length === 0) {
      out[head] =
        typeof headType === 'object' && 'array' in headType
          ? values.map((v) => coerce(v, headType.array))
          : coerce(values[0]!, headType);
      continue;
    }
    // a.b.c=1 -> { a: { b: { c: 1 } } }, typed by the object's field types where they are known.
    let node = out;
    let type: QueryType = headType;
    for (const [i, part] of [head, ...rest].entries()) {
      if (i > 0)
        type = typeof type === 'object' && 'object' in type ? (own(type.object, part) ?? 'unknown') : 'unknown';
      if (i === rest.length) node[part] = coerce(values[0]!, type);
      else node = isObject(node[part]) ? node[part] : (node[part] = emptyRecord());
    }
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
  const params = emptyRecord();
  for (const key of ['account_id', 'zone_id']) if (values[key] !== undefined) params[key] = values[key];
  for (const [key, value] of Object.entries(query)) params[own(route.queryNames, key) ?? key] = value;
  if (route.body === 'params' && isObject(body)) {
    for (const [key, value] of Object.entries(body)) params[own(route.bodyNames, key) ?? key] = value;
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
