/**
 * fast-check arbitraries for random valid specs, and for values of their models: one resource
 * file of object models and discriminated unions, with one endpoint that returns a model.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { FIXED_NAMES } from '../../generator/layout.js';

export type RandomType =
  | { readonly kind: 'string' | 'integer' | 'number' | 'boolean' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'array'; readonly items: RandomType }
  | { readonly kind: 'map'; readonly values: RandomType }
  | { readonly kind: 'object'; readonly fields: readonly RandomField[] }
  | { readonly kind: 'ref'; readonly name: string };

export interface RandomField {
  readonly name: string;
  readonly required: boolean;
  readonly type: RandomType;
}

export interface RandomVariant {
  readonly name: string;
  readonly tag: string;
  readonly fields: readonly RandomField[];
}

export type RandomModel =
  | { readonly kind: 'object'; readonly name: string; readonly fields: readonly RandomField[] }
  | {
      readonly kind: 'union';
      readonly name: string;
      readonly discriminator: string;
      readonly variants: readonly RandomVariant[];
    };

export interface RandomSpec {
  /** In declaration order: a model refers only to models before it, so every value is finite. */
  readonly models: readonly RandomModel[];
  /** The model the endpoint returns. */
  readonly response: string;
}

const fieldName = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
/** Names the generator rejects (they are taken by the generated code), and the fixture's resource classes. */
const TAKEN_NAMES = new Set([...FIXED_NAMES.keys(), 'Things', 'Zoo']);
const modelName = fc.stringMatching(/^[A-Z][a-z]{3,8}$/).filter((name) => !TAKEN_NAMES.has(name));
const enumValue = fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/);

function typeArbitrary(refs: readonly string[], depth: number): fc.Arbitrary<RandomType> {
  const leaves: fc.WeightedArbitrary<RandomType>[] = [
    { arbitrary: fc.constantFrom('string', 'integer', 'number', 'boolean').map((kind) => ({ kind })), weight: 3 },
    {
      arbitrary: fc
        .uniqueArray(enumValue, { minLength: 1, maxLength: 3 })
        .map((values) => ({ kind: 'enum' as const, values })),
      weight: 1,
    },
  ];
  if (refs.length > 0)
    leaves.push({ arbitrary: fc.constantFrom(...refs).map((name) => ({ kind: 'ref' as const, name })), weight: 2 });
  if (depth === 0) return fc.oneof(...leaves);
  const inner = typeArbitrary(refs, depth - 1);
  return fc.oneof(
    ...leaves,
    { arbitrary: inner.map((items) => ({ kind: 'array' as const, items })), weight: 1 },
    { arbitrary: inner.map((values) => ({ kind: 'map' as const, values })), weight: 1 },
    {
      arbitrary: fieldsArbitrary(refs, depth - 1, 1).map((fields) => ({ kind: 'object' as const, fields })),
      weight: 1,
    },
  );
}

function fieldsArbitrary(
  refs: readonly string[],
  depth: number,
  minLength: number,
  reserved: readonly string[] = [],
): fc.Arbitrary<RandomField[]> {
  const field = fc.record({
    name: fieldName.filter((name) => !reserved.includes(name)),
    required: fc.boolean(),
    type: typeArbitrary(refs, depth),
  });
  return fc.uniqueArray(field, { selector: (f) => f.name, minLength, maxLength: 4 });
}

function modelArbitrary(name: string, refs: readonly string[]): fc.Arbitrary<RandomModel> {
  const object = fieldsArbitrary(refs, 2, 1).map((fields): RandomModel => ({ kind: 'object', name, fields }));
  const union = fc.constantFrom('kind', 'type', 'tag').chain((discriminator) =>
    fc
      .uniqueArray(enumValue, { minLength: 2, maxLength: 3 })
      .chain((tags) =>
        fc
          .tuple(...tags.map(() => fieldsArbitrary(refs, 1, 0, [discriminator])))
          .map((fieldLists) =>
            fieldLists.map((fields, i): RandomVariant => ({ name: `${name}V${i}`, tag: tags[i]!, fields })),
          ),
      )
      .map((variants): RandomModel => ({ kind: 'union', name, discriminator, variants })),
  );
  return fc.oneof(object, union);
}

export const randomSpec: fc.Arbitrary<RandomSpec> = fc
  .uniqueArray(modelName, { minLength: 1, maxLength: 4 })
  .chain((names) =>
    fc
      .tuple(...names.map((name, i) => modelArbitrary(name, names.slice(0, i))))
      .chain((models) => fc.constantFrom(...names).map((response) => ({ models, response }))),
  );

/** The resource file of the spec, as YAML. */
export function resourceYaml(spec: RandomSpec): string {
  return stringify(resourceFile(spec));
}

/** The resource file of the spec, as the data its YAML holds. */
export function resourceFile(spec: RandomSpec): Record<string, unknown> {
  const models: Record<string, unknown> = {};
  for (const model of spec.models) {
    if (model.kind === 'object') {
      models[model.name] = { fields: fieldsYaml(model.fields) };
      continue;
    }
    models[model.name] = { oneOf: model.variants.map((v) => v.name), discriminator: model.discriminator };
    for (const v of model.variants) {
      const tag = { [model.discriminator]: { const: v.tag, required: true } };
      models[v.name] = { fields: { ...tag, ...fieldsYaml(v.fields) } };
    }
  }
  const endpoints = {
    get: {
      http: 'GET /accounts/{account_id}/things/{thing_id}',
      pathParams: { thing_id: 'string' },
      response: spec.response,
    },
  };
  return { resource: 'zoo.things', typePrefix: 'Thing', models, endpoints };
}

function fieldsYaml(fields: readonly RandomField[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((f) => [f.name, { ...typeYaml(f.type), ...(f.required ? { required: true } : {}) }]),
  );
}

function typeYaml(type: RandomType): Record<string, unknown> {
  switch (type.kind) {
    case 'enum':
      return { enum: type.values };
    case 'array':
      return { type: 'array', items: typeYaml(type.items) };
    case 'map':
      return { type: 'map', values: typeYaml(type.values) };
    case 'object':
      return { fields: fieldsYaml(type.fields) };
    case 'ref':
      return { type: type.name };
    default:
      return { type: type.kind };
  }
}

/** Values of the model named `name`, as the API could send them. */
export function valueArbitrary(spec: RandomSpec, name: string): fc.Arbitrary<unknown> {
  const model = spec.models.find((m) => m.name === name)!;
  if (model.kind === 'object') return objectValue(spec, model.fields);
  return fc.oneof(
    ...model.variants.map((v) =>
      objectValue(spec, v.fields).map((fields) => ({ [model.discriminator]: v.tag, ...fields })),
    ),
  );
}

function objectValue(spec: RandomSpec, fields: readonly RandomField[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(fields.map((f) => [f.name, typeValue(spec, f.type)])), {
    requiredKeys: fields.filter((f) => f.required).map((f) => f.name),
  });
}

function typeValue(spec: RandomSpec, type: RandomType): fc.Arbitrary<unknown> {
  switch (type.kind) {
    case 'string':
      return fc.string({ maxLength: 8 });
    case 'integer':
      return fc.integer();
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...type.values);
    case 'array':
      return fc.array(typeValue(spec, type.items), { maxLength: 3 });
    case 'map':
      return fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), typeValue(spec, type.values), { maxKeys: 3 });
    case 'object':
      return objectValue(spec, type.fields);
    case 'ref':
      return valueArbitrary(spec, type.name);
  }
}
