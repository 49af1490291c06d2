/**
 * Example values built from the spec's types: the spec's own `example` where it gives one,
 * otherwise the smallest value that satisfies the type (required fields only, the first enum
 * value, the first union variant, formats and constraints honoured). The docs show them, and
 * the smoke test sends and answers with them, so they must pass the generated validators.
 */
import type { Field, Format, Spec, TypeNode } from './ir.js';
import { fieldType } from './ir-walk.js';

export type Mode = 'request' | 'response';

const FORMAT_EXAMPLES: Record<Format, string> = {
  'date-time': '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  uuid: '699d9864-2c56-4d2e-855e-9661899b7252',
  email: 'user@example.com',
  uri: 'https://example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  cidr: '192.0.2.0/24',
};

/** Models are expanded this deep at most; deeper optional parts are left out. */
const MAX_DEPTH = 8;

export function exampleOf(spec: Spec, type: TypeNode, mode: Mode, depth = 0): unknown {
  if (type.meta.example !== undefined) return type.meta.example;
  if (type.meta.default !== undefined) return type.meta.default;
  switch (type.kind) {
    case 'primitive':
      return primitiveExample(type);
    case 'literal':
      return type.value;
    case 'enum':
      return (type.values.find((v) => !v.deprecated) ?? type.values[0]!).value;
    case 'ref': {
      const model = spec.models.get(type.name);
      // A model reached through its name is as deep as the name: only fields, items and values nest.
      return model ? exampleOf(spec, model.type, mode, depth) : null;
    }
    case 'array': {
      const count = type.constraints.minItems ?? (depth < MAX_DEPTH ? 1 : 0);
      return Array.from({ length: count }, () => exampleOf(spec, type.items, mode, depth + 1));
    }
    case 'map':
      return depth < MAX_DEPTH ? { key: exampleOf(spec, type.values, mode, depth + 1) } : {};
    case 'object':
      return objectExample(spec, type.fields, mode, depth);
    case 'union':
      return exampleOf(spec, type.variants[0]!, mode, depth);
  }
}

/** The example of an object: its required fields, and its optional ones when it is the outer object. */
export function objectExample(spec: Spec, fields: readonly Field[], mode: Mode, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (mode === 'request' && field.readOnly) continue;
    // Optional fields are shown on the outer object only.
    if (!field.required && (depth > 0 || field.type.meta.deprecated)) continue;
    out[field.name] = exampleOf(spec, fieldType(field, mode), mode, depth + 1);
  }
  return out;
}

function primitiveExample(type: Extract<TypeNode, { kind: 'primitive' }>): unknown {
  const c = type.constraints;
  switch (type.name) {
    case 'string': {
      if (type.format) return FORMAT_EXAMPLES[type.format];
      const text = 'example';
      const min = c.minLength ?? 0;
      const padded = text.length < min ? text.padEnd(min, 'x') : text;
      return c.maxLength !== undefined ? padded.slice(0, Math.max(c.maxLength, min)) : padded;
    }
    case 'integer':
    case 'number': {
      const value = c.minimum ?? (c.maximum !== undefined ? Math.min(c.maximum, 1) : 1);
      return type.name === 'integer' ? Math.ceil(value) : value;
    }
    case 'boolean':
      return true;
    case 'unknown':
      return {};
  }
}
