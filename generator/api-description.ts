/**
 * The public API of the generated package as plain data (`generated/api.json`): every method
 * and every model, with the facts a caller's code depends on. `--diff` compares two of these.
 *
 * Type text is short and spec-like (`string`, `integer`, `Pet[]`, `Cat | Dog`). Inline objects
 * are written as `object` and their fields listed under dotted names (`email.email`,
 * `include[].email`), so a change deep inside one is reported where it happens.
 */
import { endpointTypes, paramFields, paramsArity, refsOf } from './ir-walk.js';
import type { Endpoint, Field, HttpMethod, Scope, Spec, TypeNode } from './ir.js';

/** Flags other than `required` are present only when true. */
export interface FieldDescription {
  readonly type: string;
  readonly required: boolean;
  readonly readOnly?: true;
  readonly responseType?: string;
  readonly nullable?: true;
  readonly enum?: readonly string[];
  readonly deprecated?: true;
}

export interface TypeDescription {
  readonly type: string;
  readonly nullable?: true;
  readonly enum?: readonly string[];
  /** The fields of the inline objects inside the type, flattened (`name`, `include[].email`). */
  readonly fields?: Readonly<Record<string, FieldDescription>>;
}

export type Role = 'request' | 'response';

export interface ModelDescription extends TypeDescription {
  /** Where the model is reachable from: method params, method results, both or neither. */
  readonly usedIn: readonly Role[];
  readonly deprecated?: true;
}

export interface MethodDescription {
  readonly verb: HttpMethod;
  readonly path: string;
  readonly scope: Scope;
  /** Positional arguments (path parameters), in order. */
  readonly args: readonly string[];
  /** The exported type of the params object; absent when the method takes none. */
  readonly paramsType?: string;
  /** Fields of the params object besides the scope (query, pagination, body fields). */
  readonly params: Readonly<Record<string, FieldDescription>>;
  /** When the params object is itself the body, its type. */
  readonly body?: TypeDescription;
  readonly response: TypeDescription | null;
  readonly pagination?: string;
  readonly deprecated?: true;
}

export interface ApiDescription {
  /** By client path (`zeroTrust.access.groups.list`), sorted. */
  readonly methods: Readonly<Record<string, MethodDescription>>;
  /** By name, sorted. */
  readonly models: Readonly<Record<string, ModelDescription>>;
}

export function describeApi(spec: Spec): ApiDescription {
  const endpoints = spec.resources.flatMap((r) => r.endpoints);
  const requestModels = reachableModels(spec, endpoints, 'request');
  const responseModels = reachableModels(spec, endpoints, 'response');

  const methods: Record<string, MethodDescription> = {};
  for (const endpoint of [...endpoints].sort((a, b) => compare(a.id, b.id)))
    methods[endpoint.id] = describeMethod(endpoint);

  const models: Record<string, ModelDescription> = {};
  for (const name of [...spec.models.keys()].sort(compare)) {
    const type = spec.models.get(name)!.type;
    const usedIn: Role[] = [];
    if (requestModels.has(name)) usedIn.push('request');
    if (responseModels.has(name)) usedIn.push('response');
    const { type: text, ...rest } = describeType(type);
    models[name] = { type: text, usedIn, ...deprecated(type), ...rest };
  }
  return { methods, models };
}

function describeMethod(endpoint: Endpoint): MethodDescription {
  const body = endpoint.body?.kind === 'type' ? describeType(endpoint.body.type) : undefined;
  return {
    verb: endpoint.method,
    path: endpoint.path,
    scope: endpoint.scope,
    args: endpoint.pathParams.map((p) => p.name),
    ...(paramsArity(endpoint) !== 'none' && { paramsType: endpoint.paramsType }),
    params: describeFields(paramFields(endpoint)),
    ...(body && { body }),
    response: endpoint.response ? describeType(endpoint.response) : null,
    ...(endpoint.pagination && { pagination: endpoint.pagination.name }),
    ...(endpoint.deprecated !== undefined && { deprecated: true as const }),
  };
}

function describeType(node: TypeNode): TypeDescription {
  const values = enumValues(node);
  const fields: Record<string, FieldDescription> = {};
  collectNestedFields(node, '', fields);
  return {
    type: shapeText(node),
    ...(node.meta.nullable && { nullable: true as const }),
    ...(values.length > 0 && { enum: values }),
    ...(Object.keys(fields).length > 0 && { fields }),
  };
}

function describeFields(list: readonly Field[], prefix = '', into: Record<string, FieldDescription> = {}) {
  for (const field of list) {
    const name = prefix === '' ? field.name : `${prefix}.${field.name}`;
    const values = enumValues(field.type);
    into[name] = {
      type: shapeText(field.type),
      required: field.required,
      ...(field.readOnly && { readOnly: true as const }),
      ...(field.responseType && { responseType: shapeText(field.responseType) }),
      ...(field.type.meta.nullable && { nullable: true as const }),
      ...(values.length > 0 && { enum: values }),
      ...deprecated(field.type),
    };
    collectNestedFields(field.type, name, into);
  }
  return into;
}

function collectNestedFields(node: TypeNode, prefix: string, into: Record<string, FieldDescription>): void {
  if (node.kind === 'object') describeFields(node.fields, prefix, into);
  else if (node.kind === 'array') collectNestedFields(node.items, `${prefix}[]`, into);
  else if (node.kind === 'map') collectNestedFields(node.values, `${prefix}{}`, into);
}

/** The type without its own nullability (reported apart), nested nullability included. */
export function shapeText(node: TypeNode): string {
  switch (node.kind) {
    case 'primitive':
    case 'ref':
      return node.name;
    case 'literal':
      return JSON.stringify(node.value);
    case 'enum':
      return 'enum';
    case 'object':
      return 'object';
    case 'array': {
      const items = typeText(node.items);
      return items.includes(' | ') ? `(${items})[]` : `${items}[]`;
    }
    case 'map':
      return `map<${typeText(node.values)}>`;
    case 'union':
      return node.variants.map(typeText).join(' | ');
  }
}

function typeText(node: TypeNode): string {
  return node.meta.nullable ? `${shapeText(node)} | null` : shapeText(node);
}

/** The values of the enums a type is made of, through arrays, maps and unions (not through models). */
function enumValues(node: TypeNode): string[] {
  switch (node.kind) {
    case 'enum':
      return node.values.map((v) => v.value);
    case 'array':
      return enumValues(node.items);
    case 'map':
      return enumValues(node.values);
    case 'union':
      return [...new Set(node.variants.flatMap(enumValues))];
    default:
      return [];
  }
}

function deprecated(node: TypeNode): { deprecated?: true } {
  return node.meta.deprecated !== undefined ? { deprecated: true } : {};
}

/** Models reachable, through other models, from the request or the response side of any endpoint. */
function reachableModels(spec: Spec, endpoints: readonly Endpoint[], role: Role): Set<string> {
  const seen = new Set<string>();
  const queue = endpoints.flatMap((e) =>
    endpointTypes(e)
      .filter((t) => t.role === role)
      .map((t) => t.type),
  );
  while (queue.length > 0) {
    for (const name of refsOf(queue.pop()!)) {
      const model = spec.models.get(name);
      if (!model || seen.has(name)) continue;
      seen.add(name);
      queue.push(model.type);
    }
  }
  return seen;
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
