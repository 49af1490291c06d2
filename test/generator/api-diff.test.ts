import { describe, expect, it } from 'vitest';
import type { ApiDescription, MethodDescription, ModelDescription } from '../../generator/api-description.js';
import { diffApi, formatChange, summarizeChanges } from '../../generator/api-diff.js';

const LIST: MethodDescription = {
  verb: 'GET',
  path: '/accounts/{account_id}/pets',
  scope: 'account',
  args: [],
  paramsType: 'PetListParams',
  params: { kind: { type: 'enum', required: false, enum: ['cat', 'dog'] } },
  response: { type: 'Pet' },
  pagination: 'CursorPagination',
};

const PET: ModelDescription = {
  type: 'object',
  usedIn: ['request', 'response'],
  fields: {
    id: { type: 'string', required: true, readOnly: true },
    name: { type: 'string', required: true },
    age: { type: 'integer', required: false },
    owner: { type: 'object', required: false },
    'owner.email': { type: 'string', required: true },
    'owner.phone': { type: 'string', required: false },
  },
};

const api = (methods: Record<string, MethodDescription>, models: Record<string, ModelDescription>): ApiDescription => ({
  methods,
  models,
});

/** The report lines, as `--diff` prints them. */
const lines = (before: ApiDescription, after: ApiDescription) => diffApi(before, after).map(formatChange);

describe('diffApi', () => {
  it('finds nothing between equal descriptions', () => {
    const same = api({ 'zoo.pets.list': LIST }, { Pet: PET });
    expect(diffApi(same, structuredClone(same))).toEqual([]);
  });

  it('reports added and removed methods and models, removals as breaking', () => {
    const before = api({ 'zoo.pets.list': LIST }, { Pet: PET });
    const after = api({ 'zoo.pets.find': LIST }, { Animal: PET });
    const changes = diffApi(before, after);
    expect(changes.map(formatChange)).toEqual([
      '+ method zoo.pets.find',
      '- method zoo.pets.list (breaking)',
      '+ model Animal',
      '- model Pet (breaking)',
    ]);
    expect(changes.map((c) => c.breaking)).toEqual([false, true, false, true]);
  });

  it('classifies field changes of a model used in requests and responses', () => {
    const before = api({}, { Pet: PET });
    const after = api(
      {},
      {
        Pet: {
          ...PET,
          fields: {
            id: { type: 'string', required: true, readOnly: true },
            name: { type: 'number', required: true },
            age: { type: 'integer', required: true },
            'x-tag': { type: 'string', required: false },
            color: { type: 'string', required: true },
          },
        },
      },
    );
    expect(lines(before, after)).toEqual([
      '~ Pet.age: optional -> required (breaking for requests)',
      '+ Pet.color (required, breaking for requests)',
      '~ Pet.name: string -> number (breaking)',
      // One line for the inline object, none for the fields inside it.
      '- Pet.owner (breaking)',
      '+ Pet.x-tag (optional)',
    ]);
  });

  it('weighs requiredness and nullability by where the model is used', () => {
    const field = { type: 'string', required: false } as const;
    const response: ModelDescription = { type: 'object', usedIn: ['response'], fields: { a: field, b: field } };
    const request: ModelDescription = { ...response, usedIn: ['request'] };
    const before = api({}, { In: request, Out: response });
    const stricter = { a: { ...field, required: true }, b: { ...field, nullable: true } } as const;
    const after = api({}, { In: { ...request, fields: stricter }, Out: { ...response, fields: stricter } });
    const changes = diffApi(before, after);
    expect(changes.map(formatChange)).toEqual([
      '~ In.a: optional -> required (breaking for requests)',
      '~ In.b: not nullable -> nullable',
      '~ Out.a: optional -> required',
      '~ Out.b: not nullable -> nullable (breaking for responses)',
    ]);
    expect(changes.map((c) => c.breaking)).toEqual([true, false, false, true]);
    expect(lines(after, before)).toEqual([
      '~ In.a: required -> optional',
      '~ In.b: nullable -> not nullable (breaking for requests)',
      '~ Out.a: required -> optional (breaking for responses)',
      '~ Out.b: nullable -> not nullable',
    ]);
  });

  it('a field that becomes readOnly leaves the requests', () => {
    const before = api({}, { Pet: PET });
    const after = api(
      {},
      { Pet: { ...PET, fields: { ...PET.fields, age: { type: 'integer', required: false, readOnly: true } } } },
    );
    expect(lines(before, after)).toEqual(['~ Pet.age: writable -> readOnly (breaking for requests)']);
    expect(diffApi(after, before).map((c) => [formatChange(c), c.breaking])).toEqual([
      ['~ Pet.age: readOnly -> writable', false],
    ]);
  });

  it('reports enum values one by one: removed ones break, added ones do not', () => {
    const after = api(
      { 'zoo.pets.list': { ...LIST, params: { kind: { type: 'enum', required: false, enum: ['dog', 'bird'] } } } },
      {},
    );
    const changes = diffApi(api({ 'zoo.pets.list': LIST }, {}), after);
    expect(changes.map(formatChange)).toEqual([
      '~ zoo.pets.list params.kind: enum - "cat" (breaking)',
      '~ zoo.pets.list params.kind: enum + "bird"',
    ]);
    expect(summarizeChanges(changes)).toBe('2 changes, 1 breaking');
  });

  it('params of a method are request fields', () => {
    const after = api(
      {
        'zoo.pets.list': {
          ...LIST,
          params: {
            ...LIST.params,
            limit: { type: 'integer', required: false },
            page: { type: 'integer', required: true },
          },
        },
      },
      {},
    );
    expect(lines(api({ 'zoo.pets.list': LIST }, {}), after)).toEqual([
      '+ zoo.pets.list params.limit (optional)',
      '+ zoo.pets.list params.page (required, breaking for requests)',
    ]);
  });

  it('reports what changes a call: signature changes break, a new URL does not', () => {
    const after: MethodDescription = {
      ...LIST,
      verb: 'POST',
      path: '/accounts/{account_id}/pets/search',
      scope: 'zone',
      args: ['owner_id'],
      paramsType: 'PetSearchParams',
      response: { type: 'Cat' },
      deprecated: true,
    };
    const { pagination: _, ...unpaginated } = after;
    const changes = diffApi(api({ 'zoo.pets.list': LIST }, {}), api({ 'zoo.pets.list': unpaginated }, {}));
    expect(changes.map((c) => [formatChange(c), c.breaking])).toEqual([
      ['~ method zoo.pets.list: GET /accounts/{account_id}/pets -> POST /accounts/{account_id}/pets/search', false],
      ['~ method zoo.pets.list: scope account -> zone (breaking)', true],
      ['~ method zoo.pets.list: arguments () -> (owner_id) (breaking)', true],
      ['~ method zoo.pets.list: params type PetListParams -> PetSearchParams (breaking)', true],
      ['~ method zoo.pets.list: response Pet -> Cat (breaking)', true],
      ['~ method zoo.pets.list: pagination CursorPagination -> none (breaking)', true],
      ['~ method zoo.pets.list: deprecated', false],
    ]);
  });

  it('looks inside inline response types and model aliases', () => {
    const ping: MethodDescription = {
      ...LIST,
      response: { type: 'object', fields: { ok: { type: 'boolean', required: true } } },
    };
    const size: ModelDescription = { type: 'enum', usedIn: ['response'], enum: ['small', 'large'] };
    const before = api({ 'zoo.ping': ping }, { Size: size });
    const after = api(
      { 'zoo.ping': { ...ping, response: { type: 'object', fields: { ok: { type: 'boolean', required: false } } } } },
      { Size: { ...size, enum: ['small', 'large', 'huge'], nullable: true } },
    );
    expect(lines(before, after)).toEqual([
      '~ zoo.ping response.ok: required -> optional (breaking for responses)',
      '~ model Size: not nullable -> nullable (breaking for responses)',
      '~ model Size: enum + "huge"',
    ]);
    // Size is only read, never sent: a value that can no longer be null breaks nobody.
    expect(diffApi(after, before).map((c) => [formatChange(c), c.breaking])).toEqual([
      ['~ zoo.ping response.ok: optional -> required', false],
      ['~ model Size: nullable -> not nullable', false],
      ['~ model Size: enum - "huge" (breaking)', true],
    ]);
  });

  it('summarizes', () => {
    expect(summarizeChanges([])).toBe('0 changes, 0 breaking');
    const one = diffApi(api({}, {}), api({}, { Pet: PET }));
    expect(summarizeChanges(one)).toBe('1 change, 0 breaking');
  });
});
