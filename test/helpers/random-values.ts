/**
 * Random values of the spec's types, made by fast-check from the IR alone, for tests whose inputs
 * must not come from the generator's own examples (generator/examples.ts): every enum value,
 * union variant, optional field and constraint can turn up, strings hold any printable ASCII
 * (spaces, `&`, `/`, `%`), and a seed makes each value the same on every run.
 */
import fc from 'fast-check';
import { fieldType, isRequired } from '../../generator/ir-walk.js';
import type { Field, Format, Spec, TypeNode, TypeOf } from '../../generator/ir.js';

export type Mode = 'request' | 'response';

/** Below this many levels of models, objects get their required fields only, arrays their fewest items. */
const DEEP = 4;

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/);
const ipv4 = fc.ipV4();
const FORMATS: Record<Format, fc.Arbitrary<string>> = {
  'date-time': fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  date: fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  uuid: fc.uuid({ version: 4 }),
  email: fc.tuple(label, label).map(([user, host]) => `${user}@${host}.example.com`),
  uri: fc.tuple(label, label).map(([host, page]) => `https://${host}.example.com/${page}`),
  hostname: label.map((host) => `${host}.example.com`),
  ipv4,
  ipv6: fc
    .array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 })
    .map((groups) => groups.map((g) => g.toString(16)).join(':')),
  cidr: fc.tuple(ipv4, fc.integer({ min: 0, max: 32 })).map(([ip, bits]) => `${ip}/${bits}`),
};

/** An arbitrary of the values of `type` that the generated schemas accept in `mode`. */
export function valuesOf(spec: Spec, type: TypeNode, mode: Mode, depth = 0): fc.Arbitrary<unknown> {
  const plain = plainValuesOf(spec, type, mode, depth);
  return type.meta.nullable ? fc.option(plain, { nil: null }) : plain;
}

function plainValuesOf(spec: Spec, type: TypeNode, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  switch (type.kind) {
    case 'primitive':
      return primitives(type);
    case 'literal':
      return fc.constant(type.value);
    case 'enum':
      return fc.constantFrom(...type.values.map((v) => v.value));
    case 'ref': {
      const model = spec.models.get(type.name);
      if (!model) throw new Error(`no model ${type.name}`);
      return fc.constant(null).chain(() => valuesOf(spec, model.type, mode, depth + 1));
    }
    case 'array': {
      const minLength = type.constraints.minItems ?? 0;
      const maxLength = Math.min(type.constraints.maxItems ?? Infinity, depth >= DEEP ? minLength : minLength + 2);
      return fc.array(valuesOf(spec, type.items, mode, depth), { minLength, maxLength });
    }
    case 'map':
      return fc.dictionary(label, valuesOf(spec, type.values, mode, depth), { maxKeys: depth >= DEEP ? 0 : 2 });
    case 'object':
      return objectsOf(spec, type.fields, mode, depth);
    case 'union':
      return fc.oneof(...type.variants.map((v) => valuesOf(spec, v, mode, depth)));
  }
}

/** Objects of `fields` in `mode`: the required fields always, each optional one or not (none when deep). */
export function objectsOf(
  spec: Spec,
  fields: readonly Field[],
  mode: Mode,
  depth = 0,
): fc.Arbitrary<Record<string, unknown>> {
  const shown = fields.filter((f) => !(mode === 'request' && f.readOnly));
  const required = shown.filter((f) => isRequired(f, mode));
  const kept = depth >= DEEP ? required : shown;
  const model = Object.fromEntries(kept.map((f) => [f.name, valuesOf(spec, fieldType(f, mode), mode, depth)]));
  return fc.record(model, { requiredKeys: required.map((f) => f.name) });
}

function primitives(type: TypeOf<'primitive'>): fc.Arbitrary<unknown> {
  const c = type.constraints;
  switch (type.name) {
    case 'string': {
      const minLength = c.minLength ?? 0;
      const fits = (s: string) => s.length >= minLength && s.length <= (c.maxLength ?? Infinity);
      if (type.format) return FORMATS[type.format].filter(fits);
      if (c.pattern !== undefined) return fc.stringMatching(new RegExp(c.pattern)).filter(fits);
      const maxLength = c.maxLength ?? Math.max(minLength, 24);
      return fc.string({ unit: fc.constantFrom(...PRINTABLE), minLength, maxLength });
    }
    case 'integer':
    case 'number':
      // Whole numbers either way: -0 would come back from JSON as 0.
      return fc.integer({ min: Math.ceil(c.minimum ?? -1e6), max: Math.floor(c.maximum ?? 1e6) }).map((n) => n + 0);
    case 'boolean':
      return fc.boolean();
    case 'unknown':
      return fc.dictionary(label, fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxKeys: 2 });
  }
}

const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

/** One value of `arbitrary`, the same for the same seed. */
export function sampleOne<T>(arbitrary: fc.Arbitrary<T>, seed: number): T {
  return fc.sample(arbitrary, { seed, numRuns: 1 })[0]!;
}

/** A seed from a name, so that each endpoint gets values of its own, the same on every run. */
export function seedOf(name: string): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash | 0;
}
