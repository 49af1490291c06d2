/** Example calls of every method, built from the spec: what the params hold and what goes on the wire. */
import { exampleOf, objectExample } from '../../generator/examples.js';
import { paramsArity } from '../../generator/ir-walk.js';
import type { Endpoint, Field, Spec, TypeNode } from '../../generator/ir.js';
import { objectsOf, sampleOne, seedOf, valuesOf } from './random-values.js';

export interface ExampleCall {
  readonly scope: Record<string, string>;
  /** The query as sent, by the API's names. */
  readonly sentQuery: Record<string, unknown>;
  /** The JSON body as sent. */
  readonly body: unknown;
  /** The params object, by the params' names. */
  readonly params: Record<string, unknown>;
  readonly ids: string[];
}

/** Where the values of a call's parameters come from. */
interface Values {
  /** A value of a query parameter. */
  query(type: TypeNode): unknown;
  /** The body, or the value of the body parameter. */
  body(type: TypeNode): unknown;
  /** The body object of an endpoint whose body is fields. */
  object(fields: readonly Field[]): Record<string, unknown>;
}

/** What the params object holds, from the generator's examples (the ones the docs show). */
export function exampleCall(spec: Spec, e: Endpoint, ids?: string[]): ExampleCall {
  return callWith(e, ids, {
    query: (type) => exampleOf(spec, type, 'request', 1),
    body: (type) => exampleOf(spec, type, 'request'),
    object: (fields) => objectExample(spec, fields, 'request'),
  });
}

/**
 * What the params object holds, from random values of the spec's types (random-values.ts), the
 * same for the same endpoint on every run: independent of the generator's examples.
 */
export function randomCall(spec: Spec, e: Endpoint): ExampleCall {
  let n = 0;
  const seed = () => seedOf(`${e.id}#${n++}`);
  return callWith(e, undefined, {
    query: (type) => sampleOne(valuesOf(spec, type, 'request', 1), seed()),
    body: (type) => sampleOne(valuesOf(spec, type, 'request'), seed()),
    object: (fields) => sampleOne(objectsOf(spec, fields, 'request'), seed()),
  });
}

/** The scope, every query parameter, the body. */
function callWith(e: Endpoint, ids: string[] | undefined, values: Values): ExampleCall {
  const scope: Record<string, string> =
    e.scope === 'zone' ? { zone_id: 'zone 1' } : e.scope === 'none' ? {} : { account_id: 'acc 1' };
  // The params object by params names; what is sent by the API's names (wireName).
  const query: Record<string, unknown> = {};
  const sentQuery: Record<string, unknown> = {};
  for (const f of e.query) sentQuery[f.wireName ?? f.name] = query[f.name] = values.query(f.type);
  if (e.pagination && e.pagination.style !== 'single') sentQuery['per_page'] = query['per_page'] = 5;
  let body: unknown;
  let bodyParams: Record<string, unknown> = {};
  if (e.body?.kind === 'fields') {
    bodyParams = values.object(e.body.fields);
    const wire = new Map(e.body.fields.map((f) => [f.name, f.wireName ?? f.name]));
    body = Object.fromEntries(Object.entries(bodyParams).map(([key, value]) => [wire.get(key)!, value]));
  }
  if (e.body?.kind === 'type') body = bodyParams = values.body(e.body.type) as Record<string, unknown>;
  if (e.body?.kind === 'param') {
    body = values.body(e.body.field.type);
    bodyParams = { [e.body.field.name]: body };
  }
  return {
    scope,
    sentQuery,
    body,
    params: { ...scope, ...query, ...bodyParams },
    ids: ids ?? e.pathParams.map((p, i) => `${p.name}/${i} x`),
  };
}

/** The arguments of the method call: positional ids, then the params object if the method takes one. */
export function callArguments(e: Endpoint, call: ExampleCall): unknown[] {
  return paramsArity(e) === 'none' ? [...call.ids] : [...call.ids, call.params];
}

/** The bound method of a client for a dotted id such as `zeroTrust.access.groups.list`. */
export function methodOf(client: object, id: string): (...args: unknown[]) => PromiseLike<unknown> {
  const segments = id.split('.');
  const owner = segments.slice(0, -1).reduce<any>((node, key) => node[key], client);
  return owner[segments.at(-1)!].bind(owner);
}
