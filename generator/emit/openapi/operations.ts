/** Every method of the spec as OpenAPI operations under `paths`: one per real path it calls. */
import { openApiText } from '../../escape.js';
import { concretePaths, deref, wireName } from '../../ir-walk.js';
import type { Endpoint, Field, Resource, Scope, Spec } from '../../ir.js';
import { scopedOperationId, type Plan } from '../../plan.js';
import { PAGINATION_QUERY_KEYS } from '../../runtime/endpoint.js';
import { failureResponses, successSchema } from './envelope.js';
import { describe, jsonSchema, objectSchema, type JsonSchema } from './json-schema.js';

/** `paths`, sorted by path; each path's operations in the order of HTTP_METHODS. */
export function paths(plan: Plan, tagOf: (resource: Resource) => string): Record<string, JsonSchema> {
  const { spec } = plan;
  const items = new Map<string, Map<string, JsonSchema>>();
  for (const resource of spec.resources) {
    for (const endpoint of resource.endpoints) {
      const variants = concretePaths(endpoint);
      for (const { scope, path } of variants) {
        const item = items.get(path) ?? new Map<string, JsonSchema>();
        items.set(path, item);
        const suffix = variants.length > 1 ? scope : undefined;
        item.set(endpoint.method.toLowerCase(), operation(plan, endpoint, scope, tagOf(resource), suffix));
      }
    }
  }
  const order = ['get', 'put', 'post', 'delete', 'patch'];
  const out: Record<string, JsonSchema> = {};
  for (const path of [...items.keys()].sort()) {
    const item = items.get(path)!;
    out[path] = Object.fromEntries(order.filter((m) => item.has(m)).map((m) => [m, item.get(m)!]));
  }
  return out;
}

function operation(plan: Plan, e: Endpoint, scope: Scope, tag: string, suffix: Scope | undefined): JsonSchema {
  const { spec } = plan;
  const description = describe(e);
  const op: JsonSchema = {
    operationId: scopedOperationId(plan, e, suffix),
    summary: openApiText(e.title ?? e.name),
    ...(description === undefined ? {} : { description }),
    tags: [tag],
    ...(e.deprecated === undefined ? {} : { deprecated: true }),
  };
  const parameters = [
    ...scopeParameters(scope),
    ...e.pathParams.map((p) => pathParameter(spec, p)),
    ...queryParameters(spec, e),
  ];
  if (parameters.length > 0) op['parameters'] = parameters;
  const body = requestBody(spec, e);
  if (body) op['requestBody'] = body;
  op['responses'] = {
    '200': {
      description: openApiText(e.title ?? 'Success'),
      content: { 'application/json': { schema: successSchema(spec, e) } },
    },
    ...failureResponses(),
  };
  if (e.pagination) op['x-pagination'] = pagination(e);
  op['x-sdk-method'] = e.id;
  return op;
}

function scopeParameters(scope: Scope): JsonSchema[] {
  if (scope !== 'account' && scope !== 'zone') return [];
  return [
    {
      name: `${scope}_id`,
      in: 'path',
      required: true,
      description: `The ${scope} identifier.`,
      schema: { type: 'string' },
    },
  ];
}

/** A parameter's description and deprecation sit on the parameter; its schema keeps the rest. */
function parameter(spec: Spec, field: Field, name: string, where: 'path' | 'query', required: boolean): JsonSchema {
  const { description: _, deprecated: __, ...schema } = jsonSchema(spec, field.type);
  const description = describe(field.type.meta);
  return {
    name,
    in: where,
    required,
    ...(description === undefined ? {} : { description }),
    ...(field.type.meta.deprecated === undefined ? {} : { deprecated: true }),
    schema,
  };
}

function pathParameter(spec: Spec, field: Field): JsonSchema {
  return parameter(spec, field, field.name, 'path', true);
}

/**
 * Query parameters as the client sends them: a list repeats its name (`id=a&id=b`, form style
 * exploded); an object sends each field under a dotted name (`last_seen_user.email=…`), so
 * each field is a parameter of its own.
 */
function queryParameters(spec: Spec, e: Endpoint): JsonSchema[] {
  const flatten = (field: Field, prefix: string, required: boolean): JsonSchema[] => {
    const name = `${prefix}${wireName(field)}`;
    const target = deref(spec, field.type);
    if (target?.kind === 'object')
      return target.fields.flatMap((sub) => flatten(sub, `${name}.`, required && sub.required));
    const param = parameter(spec, field, name, 'query', required);
    if (target?.kind === 'array') return [{ ...param, style: 'form', explode: true }];
    if (target?.kind === 'map') return [{ ...param, style: 'form', explode: true, 'x-query-names': `${name}.<key>` }];
    return [param];
  };
  return [...e.query, ...(e.pagination?.query ?? [])].flatMap((f) => flatten(f, '', f.required));
}

function requestBody(spec: Spec, e: Endpoint): JsonSchema | undefined {
  const body = e.body;
  if (!body) return undefined;
  const [schema, required] =
    body.kind === 'fields'
      ? [objectSchema(spec, body.fields), body.fields.some((f) => f.required)]
      : body.kind === 'type'
        ? [jsonSchema(spec, body.type), true]
        : [jsonSchema(spec, body.field.type), body.field.required];
  return { required, content: { 'application/json': { schema } } };
}

/** `x-pagination`: how a list moves between pages, in the words of the runtime. */
function pagination(e: Endpoint): JsonSchema {
  const { style, name } = e.pagination!;
  const next =
    style === 'page'
      ? 'result_info.page + 1, until result_info.total_pages'
      : style === 'cursor'
        ? 'result_info.cursor'
        : undefined;
  return {
    style,
    kind: name,
    ...(e.unwrap === null ? {} : { items: e.unwrap }),
    query: [...PAGINATION_QUERY_KEYS[style]],
    ...(next === undefined ? {} : { next }),
  };
}
