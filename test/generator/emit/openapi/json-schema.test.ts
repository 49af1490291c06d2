/** IR types as JSON Schema 2020-12, the dialect of OpenAPI 3.1. */
import { describe, expect, it } from 'vitest';
import { describe as describeMeta, jsonSchema, objectSchema } from '../../../../generator/emit/openapi/json-schema.js';
import type { Spec, TypeNode } from '../../../../generator/ir.js';
import { schemaRef } from '../../../helpers/openapi-expected.js';
import { modelsYaml, resourceYaml, specOf } from '../../../helpers/spec-stages.js';

const MODELS =
  '  Owner: { fields: { email: string } }\n' +
  '  Cat: { fields: { kind: { const: cat, required: true } } }\n' +
  '  Dog: { fields: { kind: { enum: [dog], required: true } } }\n';

/** The spec of a model `Pet` whose field `value` is written `field`, next to MODELS; and that field's type. */
function typeOf(field: string): { spec: Spec; type: TypeNode } {
  const spec = specOf({ 'pets.yaml': modelsYaml(`  Pet: { fields: { value: ${field} } }\n${MODELS}`) });
  const pet = spec.models.get('Pet')!.type;
  return { spec, type: pet.kind === 'object' ? pet.fields[0]!.type : pet };
}

describe('jsonSchema', () => {
  it.each<{ given: string; want: object }>([
    { given: 'string', want: { type: 'string' } },
    {
      given: '{ type: string, format: uuid, minLength: 1, maxLength: 36, pattern: "^a" }',
      want: { type: 'string', format: 'uuid', minLength: 1, maxLength: 36, pattern: '^a' },
    },
    // No JSON Schema format is named cidr; the document names it as the spec does.
    { given: '{ type: string, format: cidr }', want: { type: 'string', format: 'cidr' } },
    { given: '{ type: integer, minimum: 0, maximum: 9 }', want: { type: 'integer', minimum: 0, maximum: 9 } },
    { given: 'number', want: { type: 'number' } },
    { given: 'boolean', want: { type: 'boolean' } },
    { given: 'unknown', want: {} },
    // Any value is null too already.
    { given: '{ type: unknown, nullable: true }', want: {} },
    { given: '{ type: string, nullable: true }', want: { type: ['string', 'null'] } },
    { given: '{ enum: [a, b], nullable: true }', want: { type: ['string', 'null'], enum: ['a', 'b', null] } },
    {
      given: '{ enum: [a, { value: b, description: Bee., deprecated: Use a. }] }',
      want: { type: 'string', enum: ['a', 'b'], 'x-enum-descriptions': ['', 'Bee.\n\nDeprecated: Use a.'] },
    },
    { given: '{ const: 3 }', want: { type: 'number', const: 3 } },
    { given: '{ const: x, nullable: true }', want: { anyOf: [{ type: 'string', const: 'x' }, { type: 'null' }] } },
    { given: 'Owner', want: schemaRef('Owner') },
    { given: '{ type: Owner, nullable: true }', want: { anyOf: [schemaRef('Owner'), { type: 'null' }] } },
    { given: '{ type: "string[]", minItems: 1 }', want: { type: 'array', items: { type: 'string' }, minItems: 1 } },
    { given: '"map<integer>"', want: { type: 'object', additionalProperties: { type: 'integer' } } },
    {
      given: '{ fields: { id: { type: string, readOnly: true, required: true }, n: integer } }',
      want: {
        type: 'object',
        properties: { id: { type: 'string', readOnly: true }, n: { type: 'integer' } },
        required: ['id'],
      },
    },
    { given: '{ fields: {} }', want: { type: 'object', properties: {} } },
    // Without a discriminator a value is valid when any variant accepts it.
    { given: '{ oneOf: [string, integer] }', want: { anyOf: [{ type: 'string' }, { type: 'integer' }] } },
    {
      given: '{ oneOf: [Cat, Dog], discriminator: kind }',
      want: {
        oneOf: [schemaRef('Cat'), schemaRef('Dog')],
        discriminator: { propertyName: 'kind', mapping: { cat: schemaRef('Cat').$ref, dog: schemaRef('Dog').$ref } },
      },
    },
    {
      // A mapping names a schema for each value: only when every variant is a model.
      given: '{ oneOf: [Cat, { fields: { kind: { const: x, required: true } } }], discriminator: kind }',
      want: {
        oneOf: [
          schemaRef('Cat'),
          { type: 'object', properties: { kind: { type: 'string', const: 'x' } }, required: ['kind'] },
        ],
        discriminator: { propertyName: 'kind' },
      },
    },
    {
      given: '{ type: string, description: The <b>name</b>., deprecated: true, default: x, example: y }',
      want: {
        type: 'string',
        description: 'The &lt;b&gt;name&lt;/b&gt;.',
        deprecated: true,
        default: 'x',
        examples: ['y'],
      },
    },
  ])('$given', ({ given, want }) => {
    const { spec, type } = typeOf(given);
    expect(jsonSchema(spec, type)).toEqual(want);
  });
});

describe('objectSchema', () => {
  it('names properties as the API does', () => {
    const spec = specOf({
      'pets.yaml': resourceYaml(
        '  list: { http: GET /pets, query: { query_kind: { type: string, wireName: kind, required: true } } }\n',
      ),
    });
    expect(objectSchema(spec, spec.resources[0]!.endpoints[0]!.query)).toEqual({
      type: 'object',
      properties: { kind: { type: 'string' } },
      required: ['kind'],
    });
  });
});

describe('describe', () => {
  it.each<{ given: Parameters<typeof describeMeta>[0]; want: string | undefined }>([
    { given: {}, want: undefined },
    { given: { description: '  ' }, want: undefined },
    { given: { description: 'A pet.', deprecated: true }, want: 'A pet.' },
    { given: { deprecated: 'Use *tags*.' }, want: 'Deprecated: Use *tags*.' },
    { given: { description: 'A pet.', deprecated: 'Gone.' }, want: 'A pet.\n\nDeprecated: Gone.' },
  ])('$given', ({ given, want }) => {
    expect(describeMeta(given)).toBe(want);
  });
});
