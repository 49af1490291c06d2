/** The data of the doc pages, in a style that writes code as `x` and links as [x](y), so that what the pages say shows. */
import { describe, expect, it } from 'vitest';
import { DocPages, documentedModules, pageStem, type DocStyle } from '../../../generator/emit/doc-pages.js';
import { planOf } from '../../helpers/emit-stages.js';

const PLAIN: DocStyle = {
  ext: '.md',
  root: 'docs',
  code: (text) => `\`${text}\``,
  link: (text, href) => `[${text}](${href})`,
  or: ' | ',
  escape: (text) => text,
  text: (prose) => prose,
  codeBlock: (code, language) => `${language}: ${code}`,
  chips: (items) => items.join(', '),
  breakableCode: (text) => `\`${text}\``,
};

const PETS = `resource: zoo.pets
description: Animals of the zoo.
typePrefix: Pet
models:
  Pet:
    description: A pet.
    fields:
      id: { type: string, format: uuid, readOnly: true, required: true }
      name: { type: string, required: true, maxLength: 50, description: The name. }
      owner: Owner
      toys: { type: array, items: { fields: { colour: { enum: [red, blue] } } } }
      size: { enum: [s, l], deprecated: Use weight }
      notes: { type: "map<string>", nullable: true }
  Kind: { enum: [cat, dog] }
endpoints:
  get:
    title: Get a pet
    http: GET /{accounts_or_zones}/{account_or_zone_id}/pets/{pet_id}
    pathParams:
      pet_id: { type: string, description: The pet's id. }
    response: Pet
  create:
    http: POST /accounts/{account_id}/pets
    deprecated: true
    query:
      dry_run: { type: boolean, wireName: dryRun }
    body: { fields: { name: { type: string, required: true } } }
    response: Pet
`;

const PEOPLE = `models:
  Owner: { fields: { email: { type: string, format: email } } }
  Names: "string[]"
  Contact: { oneOf: [Owner, string] }
`;

const plan = planOf({ 'pets.yaml': PETS, 'shared/people.yaml': PEOPLE });
const docs = new DocPages(plan, PLAIN);
const [petsModule, peopleModule] = documentedModules(plan);
const pets = docs.page(petsModule!);
const people = docs.page(peopleModule!);

/** The named keys of an object, in a new object. */
const pick = <T extends object>(value: T, keys: (keyof T)[]) => Object.fromEntries(keys.map((k) => [k, value[k]]));
const fieldKeys = ['name', 'anchor', 'type', 'required', 'deprecated', 'description', 'chips', 'values'] as const;
type Row = (typeof pets.models)[number]['fields'][number];
const row = (r: Row) => pick(r, [...fieldKeys]);

describe('DocPages', () => {
  it('documents the modules that declare something, each on a page of its own', () => {
    expect(documentedModules(plan).map((m) => [m.name, pageStem(plan, m.name)])).toEqual([
      ['pets', 'zoo/pets'],
      ['shared/people', 'models/shared/people'],
    ]);
    expect(docs.file('zoo/pets')).toBe('docs/zoo/pets.md');
  });

  it.each<{ given: typeof pets; want: object }>([
    {
      given: pets,
      want: {
        stem: 'zoo/pets',
        index: '../index.md',
        title: 'Pets',
        description: 'Animals of the zoo.',
        client: 'client.zoo.pets',
        methods: ['get', 'create'],
        models: ['Pet', 'Kind'],
      },
    },
    {
      given: people,
      want: {
        stem: 'models/shared/people',
        index: '../../index.md',
        title: 'Models: shared/people',
        description: undefined,
        client: undefined,
        methods: [],
        models: ['Owner', 'Names', 'Contact'],
      },
    },
  ])('the page $want.stem', ({ given, want }) => {
    const { methods, models, ...page } = given;
    expect({
      ...pick(page, ['stem', 'index', 'title', 'description', 'client']),
      methods: methods.map((m) => m.name),
      models: models.map((m) => m.name),
    }).toEqual(want);
  });

  it.each<{ given: string; want: object }>([
    {
      given: 'get',
      want: {
        title: 'Get a pet',
        deprecated: undefined,
        signature: 'client.zoo.pets.get(petID, { account_id })',
        pathCode: '`/{accounts_or_zones}/{account_or_zone_id}/pets/{pet_id}`',
        scope: 'Give exactly one of `account_id` or `zone_id` in the params object.',
        paramsType: 'PetGetParams',
        returns: '[`Pet`](#pet)',
        retries: 'GET, PUT, DELETE',
      },
    },
    {
      given: 'create',
      want: {
        title: 'create',
        deprecated: 'This method is deprecated.',
        signature: 'client.zoo.pets.create({ account_id, name })',
        pathCode: '`/accounts/{account_id}/pets`',
        scope: 'Give `account_id` in the params object.',
        paramsType: 'PetCreateParams',
        returns: '[`Pet`](#pet)',
        retries: 'POST, PATCH',
      },
    },
  ])('the method $given', ({ given, want }) => {
    const method = pets.methods.find((m) => m.name === given)!;
    expect(
      pick(method, ['title', 'deprecated', 'signature', 'pathCode', 'scope', 'paramsType', 'returns', 'retries']),
    ).toEqual(want);
  });

  it("lists a method's positional arguments by their names in the call, and its params with how they are sent", () => {
    const [get, create] = pets.methods;
    expect(get!.positional.map(row)).toEqual([
      {
        name: 'petID',
        anchor: 'get-pet_id',
        type: '`string`',
        required: true,
        deprecated: undefined,
        description: "The pet's id.",
        chips: undefined,
        values: undefined,
      },
    ]);
    expect(create!.params.map((r) => [r.name, r.anchor, r.type, r.required, r.chips])).toEqual([
      ['dry_run', 'create-dry_run', '`boolean`', false, 'sent as dryRun'],
      ['name', 'create-name', '`string`', true, undefined],
    ]);
  });

  it("writes a model's fields a row each, the fields of an inline object below it, types linked to their models", () => {
    const pet = pets.models[0]!;
    expect(pet.fields.map((r) => [r.name, r.anchor, r.type, r.required, r.chips, r.values])).toEqual([
      ['id', 'pet-id', '`string`', true, 'format: uuid, read-only', undefined],
      ['name', 'pet-name', '`string`', true, 'maxLength: 50', undefined],
      ['owner', 'pet-owner', '[`Owner`](../models/shared/people.md#owner)', false, undefined, undefined],
      ['toys', 'pet-toys', '`object`[]', false, undefined, undefined],
      ['toys[].colour', 'pet-toys-colour', '`enum`', false, undefined, 'red, blue'],
      ['size', 'pet-size', '`enum`', false, undefined, 's, l'],
      ['notes', 'pet-notes', 'map<`string`> | `null`', false, undefined, undefined],
    ]);
    expect(pet.fields.find((r) => r.name === 'size')!.deprecated).toBe('**Deprecated**: Use weight.');
    expect(pet.fields.find((r) => r.name === 'name')!.description).toBe('The name.');
  });

  it.each<{ given: string; want: object }>([
    {
      given: 'Kind',
      want: {
        description: '',
        fields: [],
        variants: [],
        values: 'cat, dog',
        rawValues: ['cat', 'dog'],
        alias: undefined,
      },
    },
    {
      given: 'Names',
      want: { description: '', fields: [], variants: [], values: undefined, rawValues: [], alias: '`string`[]' },
    },
    {
      given: 'Contact',
      want: {
        description: '',
        fields: [],
        variants: ['[`Owner`](#owner)', '`string`'],
        values: undefined,
        rawValues: [],
        alias: undefined,
      },
    },
  ])('the model $given', ({ given, want }) => {
    const model = [...pets.models, ...people.models].find((m) => m.name === given)!;
    expect(pick(model, ['description', 'fields', 'variants', 'values', 'rawValues', 'alias'])).toEqual(want);
  });

  it('indexes the resources with their methods, and the pages of models', () => {
    const index = docs.index();
    expect(pick(index, ['title', 'baseURL', 'resources', 'modelPages', 'callKinds'])).toEqual({
      title: 'Zoo API',
      baseURL: 'https://zoo.example.com/v1',
      resources: [
        {
          title: 'Pets',
          link: 'zoo/pets.md',
          client: 'client.zoo.pets',
          methods: [
            { name: 'get', link: 'zoo/pets.md#get' },
            { name: 'create', link: 'zoo/pets.md#create' },
          ],
        },
      ],
      modelPages: [{ title: 'shared/people', link: 'models/shared/people.md', models: ['Owner', 'Names', 'Contact'] }],
      callKinds: ['GET, PUT, DELETE', 'POST, PATCH', 'POST, PATCH with `retryNonIdempotent: true`'],
    });
  });
});
