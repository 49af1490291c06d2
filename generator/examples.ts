/**
 * Example values built from the spec's types: the spec's own `example` where it gives one,
 * otherwise a believable value from the format or the field's name (a UUID for `*_id`, an email
 * for `email`, a hostname for `domain`), the first enum value and union variant, constraints
 * honoured. Which optional fields appear is `fields` (see ExampleOptions). The docs show
 * them, and the smoke test sends and answers with them, so they must pass the generated validators.
 */
import type { Field, Format, Spec, TypeNode } from './ir.js';
import { fieldType, isRequired } from './ir-walk.js';

export type Mode = 'request' | 'response';

const FORMAT_EXAMPLES: Record<Format, string> = {
  'date-time': '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  uuid: '699d9864-2c56-4d2e-855e-9661899b7252',
  email: 'jane.doe@example.com',
  uri: 'https://wiki.example.com',
  hostname: 'wiki.example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  cidr: '192.0.2.0/24',
};

// A string field's value from its name, first match wins: what such a field holds in Cloudflare's API.
const NAMED_STRINGS: readonly [RegExp, string][] = [
  [/e?mail/, FORMAT_EXAMPLES.email],
  [/(^|_)(uuid|uid|id)$|_ids?$|(^|_)(idps|pages|apps|groups|policies|tunnels)$/, FORMAT_EXAMPLES.uuid],
  [/(^|_)(url|uri|href|link)$|_url$|redirect|callback|endpoint/, FORMAT_EXAMPLES.uri],
  [/domain|hostname|(^|_)host$|fqdn|sni/, FORMAT_EXAMPLES.hostname],
  [/(^|_)(created|updated|modified|expires|last_seen|deleted|revoked)(_at|_on)?$|_at$|date|timestamp/, FORMAT_EXAMPLES['date-time']],
  [/duration|ttl|interval|lifetime|period/, '24h'],
  [/cidr|subnet|network|range/, FORMAT_EXAMPLES.cidr],
  [/ipv6/, FORMAT_EXAMPLES.ipv6],
  [/(^|_)ip(v4)?(_address)?$|address/, FORMAT_EXAMPLES.ipv4],
  [/colou?r/, '#f38020'],
  [/(^|_)path$|_path$|directory|folder/, '/admin'],
  [/version/, '2026.1.0'],
  [/(^|_)(aud|hash|fingerprint|thumbprint|serial)/, '737646a56ab1df6ec9bddc7e5ca84eaf3b0768850f3ffb5d74f1534911fe3893'],
  [/(^|_)tags?$/, 'engineering'],
  [/header/, 'Authorization'],
  [/country/, 'US'],
  [/token|secret|key|password|code/, 'c2VjcmV0LXZhbHVlLTEyMzQ1'],
  [/description|comment|note|reason/, 'Managed by the platform team'],
  [/message|text/, 'Access is limited to the engineering team.'],
  [/(^|_)name$|label|title/, 'Engineering'],
  [/(^|_)(os|platform)$/, 'mac'],
];

/** Models are expanded this deep at most; deeper optional parts are left out. */
const MAX_DEPTH = 8;
/** How deep a full example shows optional fields: deeper objects show their required ones. */
const FULL_DEPTH = 3;

export interface ExampleOptions {
  /**
   * Which optional fields: those of the outer object (`outer`, the default), none (`required`),
   * or those of the first levels (`all`). In `required` and `all`, an object that would be empty
   * shows its first optional field, so that no example reads `{}`.
   */
  readonly fields?: 'outer' | 'required' | 'all';
  /** The field or parameter the value is for; its name picks a believable string. */
  readonly name?: string;
}

export function exampleOf(
  spec: Spec,
  type: TypeNode,
  mode: Mode,
  depth = 0,
  options: ExampleOptions = {},
): unknown {
  if (type.meta.example !== undefined) return type.meta.example;
  if (type.meta.default !== undefined) return type.meta.default;
  const inner = { fields: options.fields };
  switch (type.kind) {
    case 'primitive':
      return primitiveExample(type, options.name);
    case 'literal':
      return type.value;
    case 'enum':
      return (type.values.find((v) => !v.deprecated) ?? type.values[0]!).value;
    case 'ref': {
      const model = spec.models.get(type.name);
      // A model reached through its name is as deep as the name: only fields, items and values nest.
      return model ? exampleOf(spec, model.type, mode, depth, options) : null;
    }
    case 'array': {
      const count = type.constraints.minItems ?? (depth < MAX_DEPTH ? 1 : 0);
      return Array.from({ length: count }, () => exampleOf(spec, type.items, mode, depth + 1, options));
    }
    case 'map':
      return depth < MAX_DEPTH ? { key: exampleOf(spec, type.values, mode, depth + 1, inner) } : {};
    case 'object':
      return objectExample(spec, type.fields, mode, depth, inner);
    case 'union':
      return exampleOf(spec, type.variants[0]!, mode, depth, options);
  }
}

/**
 * The example of an object: its required fields, and its optional ones when it is the outer
 * object (or, for a full example, within the first levels).
 */
export function objectExample(
  spec: Spec,
  fields: readonly Field[],
  mode: Mode,
  depth = 0,
  options: ExampleOptions = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const optionalDepth = { outer: 0, required: -1, all: FULL_DEPTH }[options.fields ?? 'outer'];
  const shown = fields.filter((f) => !(mode === 'request' && f.readOnly) && !f.type.meta.deprecated);
  const valueOf = (field: Field) =>
    exampleOf(spec, fieldType(field, mode), mode, depth + 1, { fields: options.fields, name: field.name });
  for (const field of shown) {
    if (!isRequired(field, mode) && depth > optionalDepth) continue;
    out[field.name] = valueOf(field);
  }
  const first = shown[0];
  if (Object.keys(out).length === 0 && first && options.fields !== undefined && options.fields !== 'outer')
    out[first.name] = valueOf(first);
  return out;
}

function primitiveExample(type: Extract<TypeNode, { kind: 'primitive' }>, name = ''): unknown {
  const c = type.constraints;
  switch (type.name) {
    case 'string': {
      if (type.format) return FORMAT_EXAMPLES[type.format];
      const hint = name.toLowerCase();
      const text = NAMED_STRINGS.find(([pattern]) => pattern.test(hint))?.[1] ?? wordsOf(hint);
      const min = c.minLength ?? 0;
      const padded = text.length < min ? text.padEnd(min, 'x') : text;
      return c.maxLength !== undefined ? padded.slice(0, Math.max(c.maxLength, min)) : padded;
    }
    case 'integer':
    case 'number': {
      const preferred = /port/.test(name) ? 443 : /timeout|seconds|minutes|hours|days/.test(name) ? 30 : 1;
      const value = Math.max(c.minimum ?? -Infinity, Math.min(c.maximum ?? Infinity, preferred));
      return type.name === 'integer' ? Math.ceil(value) : value;
    }
    case 'boolean':
      return true;
    case 'unknown':
      return {};
  }
}

/** `custom_deny_message` as `Custom deny message`; a value for a field with no name. */
function wordsOf(name: string): string {
  const words = name.replace(/[^a-z0-9]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Engineering';
}
