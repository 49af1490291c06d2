/** An IR type as a JSON Schema 2020-12 object, the dialect of OpenAPI 3.1 schemas. */
import { openApiProse } from '../../escape.js';
import { deref, wireName } from '../../ir-walk.js';
import type { Field, Format, Spec, TypeMeta, TypeNode } from '../../ir.js';

export type JsonSchema = { [keyword: string]: unknown };

/** Where a model's schema is: `#/components/schemas/<name>`. */
export const schemaRef = (model: string): string => `#/components/schemas/${model}`;

// `cidr` has no JSON Schema format; the document names it as the spec does, and validators may add it.
const FORMATS: Record<Format, string> = {
  'date-time': 'date-time',
  date: 'date',
  uuid: 'uuid',
  email: 'email',
  uri: 'uri',
  hostname: 'hostname',
  ipv4: 'ipv4',
  ipv6: 'ipv6',
  cidr: 'cidr',
};

/** The schema of a type, with its description, default, example and nullability. */
export function jsonSchema(spec: Spec, node: TypeNode): JsonSchema {
  const schema = shape(spec, node);
  const result = node.meta.nullable ? nullable(schema) : schema;
  return withMeta(result, node.meta);
}

/** The schema of an object with these fields, by the names the API reads and writes. */
export function objectSchema(spec: Spec, fields: readonly Field[]): JsonSchema {
  // Property names come from the spec: kept in an object with no prototype.
  const properties: Record<string, JsonSchema> = Object.create(null);
  for (const field of fields) {
    const property = jsonSchema(spec, field.type);
    properties[wireName(field)] = field.readOnly ? { ...property, readOnly: true } : property;
  }
  const required = fields.filter((f) => f.required).map(wireName);
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

function withMeta(schema: JsonSchema, meta: TypeMeta): JsonSchema {
  const out: JsonSchema = { ...schema };
  const description = describe(meta);
  if (description !== undefined) out['description'] = description;
  if (meta.deprecated !== undefined) out['deprecated'] = true;
  if (meta.default !== undefined) out['default'] = meta.default;
  if (meta.example !== undefined) out['examples'] = [meta.example];
  return out;
}

/** The description, and the deprecation message, which JSON Schema has no keyword for. */
export function describe(meta: Pick<TypeMeta, 'description' | 'deprecated'>): string | undefined {
  const parts = [meta.description, typeof meta.deprecated === 'string' ? `Deprecated: ${meta.deprecated}` : undefined];
  const text = parts.filter((p) => p !== undefined && p.trim() !== '').join('\n\n');
  return text === '' ? undefined : openApiProse(text);
}

/** `null` allowed too: in the `type` list where there is one, as another choice where there is not. */
function nullable(schema: JsonSchema): JsonSchema {
  const type = schema['type'];
  if (Object.keys(schema).length === 0) return schema; // any value, null too
  if (typeof type !== 'string' || schema['const'] !== undefined) return { anyOf: [schema, { type: 'null' }] };
  const out: JsonSchema = { ...schema, type: [type, 'null'] };
  if (Array.isArray(schema['enum'])) out['enum'] = [...schema['enum'], null];
  return out;
}

function shape(spec: Spec, node: TypeNode): JsonSchema {
  const c = node.constraints;
  switch (node.kind) {
    case 'primitive':
      switch (node.name) {
        case 'string':
          return {
            type: 'string',
            ...(node.format ? { format: FORMATS[node.format] } : {}),
            ...pick(c, ['minLength', 'maxLength', 'pattern']),
          };
        case 'number':
        case 'integer':
          return { type: node.name, ...pick(c, ['minimum', 'maximum']) };
        case 'boolean':
          return { type: 'boolean' };
        case 'unknown':
          return {};
      }
    // falls through: the switch above is exhaustive
    case 'ref':
      return { $ref: schemaRef(node.name) };
    case 'literal':
      return { type: typeof node.value, const: node.value };
    case 'enum': {
      const schema: JsonSchema = { type: 'string', enum: node.values.map((v) => v.value) };
      if (node.values.some((v) => v.description !== undefined || v.deprecated !== undefined))
        schema['x-enum-descriptions'] = node.values.map((v) => describe(v) ?? '');
      return schema;
    }
    case 'array':
      return { type: 'array', items: jsonSchema(spec, node.items), ...pick(c, ['minItems', 'maxItems']) };
    case 'map':
      return { type: 'object', additionalProperties: jsonSchema(spec, node.values) };
    case 'object':
      return objectSchema(spec, node.fields);
    case 'union': {
      if (node.variants.length === 1) return jsonSchema(spec, node.variants[0]!);
      const variants = node.variants.map((v) => jsonSchema(spec, v));
      // Without a discriminator a value is valid when any variant accepts it, as zod's union does.
      return node.discriminator
        ? { oneOf: variants, discriminator: discriminatorObject(spec, node.variants, node.discriminator) }
        : { anyOf: variants };
    }
  }
}

/** The discriminator's property by its wire name, and a mapping when every variant is a model. */
function discriminatorObject(spec: Spec, variants: readonly TypeNode[], key: string): JsonSchema {
  let propertyName = key;
  const mapping: Record<string, string> = Object.create(null);
  for (const variant of variants) {
    const target = deref(spec, variant);
    const field = target?.kind === 'object' ? target.fields.find((f) => f.name === key) : undefined;
    if (!field) continue;
    propertyName = wireName(field);
    const value =
      field.type.kind === 'literal'
        ? field.type.value
        : field.type.kind === 'enum'
          ? field.type.values[0]?.value
          : undefined;
    if (variant.kind === 'ref' && value !== undefined) mapping[String(value)] = schemaRef(variant.name);
  }
  const complete = Object.keys(mapping).length === variants.length;
  return complete ? { propertyName, mapping } : { propertyName };
}

function pick<K extends string>(from: Partial<Record<K, unknown>>, keys: readonly K[]): JsonSchema {
  const out: JsonSchema = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  return out;
}
