/** The traversals of the IR that the checks and the emitters share, on IR resolved from YAML. */
import { describe, expect, it } from 'vitest';
import {
  allTypes,
  concretePaths,
  deref,
  discriminatorOptionalInResponses,
  endpointTypes,
  fieldType,
  isRequired,
  paramFields,
  paramsArity,
  refsOf,
  requestVariants,
  scopeKeys,
  stronglyConnected,
  walkType,
  wireName,
} from '../../generator/ir-walk.js';
import type { Endpoint, Spec, TypeNode } from '../../generator/ir.js';
import { API_YAML, fieldOf, modelsYaml, resourceYaml, specOf } from '../helpers/spec-stages.js';

const OWNER = '  Owner: { fields: { email: string } }\n';

/** A pagination kind with a query parameter of its own. */
const API = API_YAML.replace('Pages: { style: page }', 'Pages: { style: page, query: { per_page: integer } }');

const petsSpec = (pets: string): Spec => specOf({ 'api.yaml': API, 'pets.yaml': pets });

/** The endpoint of a resource whose one endpoint is written `yaml` (YAML flow text). */
function endpointOf(yaml: string): Endpoint {
  return petsSpec(resourceYaml(`  run: ${yaml}\n`, OWNER)).resources[0]!.endpoints[0]!;
}

/** A type node by its kind, with the primitive's or the ref's name. */
const shape = (node: TypeNode) =>
  node.kind === 'primitive' || node.kind === 'ref' ? `${node.kind} ${node.name}` : node.kind;

describe('walkType', () => {
  it.each<{ given: string; want: string[] }>([
    { given: 'string', want: ['primitive string'] },
    {
      // Each field's type, then its type in responses; refs are not followed.
      given: '{ fields: { a: "string[]", b: "map<Owner>", c: { type: string, responseType: Owner } } }',
      want: ['object', 'array', 'primitive string', 'map', 'ref Owner', 'primitive string', 'ref Owner'],
    },
    { given: '{ oneOf: [Owner, { const: x }] }', want: ['union', 'ref Owner', 'literal'] },
  ])('$given', ({ given, want }) => {
    const visited: string[] = [];
    walkType(fieldOf(given, OWNER).type, (node) => visited.push(shape(node)));
    expect(visited).toEqual(want);
  });
});

describe('refsOf', () => {
  it('names each model a type refers to once', () => {
    const type = fieldOf(
      '{ fields: { a: Owner, b: "Owner[]", c: "map<Other>" } }',
      `${OWNER}  Other: { fields: {} }\n`,
    ).type;
    expect([...refsOf(type)]).toEqual(['Owner', 'Other']);
  });
});

describe('a field by direction', () => {
  const spec = petsSpec(
    modelsYaml(
      '  Pet:\n    fields:\n' +
        '      a: { type: string, required: true }\n' +
        '      b: { type: string, required: request }\n' +
        '      c: string\n' +
        '      d: { type: string, responseType: integer }\n',
    ),
  );
  const pet = spec.models.get('Pet')!.type;
  const fields = pet.kind === 'object' ? pet.fields : [];

  it.each<{ given: string; want: { required: [request: boolean, response: boolean]; type: [string, string] } }>([
    { given: 'a', want: { required: [true, true], type: ['primitive string', 'primitive string'] } },
    { given: 'b', want: { required: [true, false], type: ['primitive string', 'primitive string'] } },
    { given: 'c', want: { required: [false, false], type: ['primitive string', 'primitive string'] } },
    { given: 'd', want: { required: [false, false], type: ['primitive string', 'primitive integer'] } },
  ])('$given: isRequired and fieldType in requests and responses', ({ given, want }) => {
    const field = fields.find((f) => f.name === given)!;
    expect({
      required: [isRequired(field, 'request'), isRequired(field, 'response')],
      type: [shape(fieldType(field, 'request')), shape(fieldType(field, 'response'))],
    }).toEqual(want);
  });
});

describe('endpoints', () => {
  it.each<{
    given: string;
    want: { params: string[]; arity: string; scopeKeys: string[]; paths: string[] };
  }>([
    { given: '{ http: GET /ping }', want: { params: [], arity: 'none', scopeKeys: [], paths: ['none /ping'] } },
    {
      given: '{ http: GET /ping, query: { verbose: boolean } }',
      want: { params: ['verbose'], arity: 'optional', scopeKeys: [], paths: ['none /ping'] },
    },
    {
      given: '{ http: GET /ping, query: { q: { type: string, required: true } } }',
      want: { params: ['q'], arity: 'required', scopeKeys: [], paths: ['none /ping'] },
    },
    {
      // Pagination parameters come after the declared query.
      given:
        '{ http: "GET /accounts/{account_id}/pets", query: { name: string }, pagination: Pages, response: string }',
      want: {
        params: ['name', 'per_page'],
        arity: 'required',
        scopeKeys: ['account_id'],
        paths: ['account /accounts/{account_id}/pets'],
      },
    },
    {
      given: '{ http: "POST /zones/{zone_id}/pets", body: { fields: { name: { type: string, required: true } } } }',
      want: { params: ['name'], arity: 'required', scopeKeys: ['zone_id'], paths: ['zone /zones/{zone_id}/pets'] },
    },
    {
      given: '{ http: PUT /pets, body: { param: body, type: "string[]" } }',
      want: { params: ['body'], arity: 'required', scopeKeys: [], paths: ['none /pets'] },
    },
    {
      // A body that is a whole type is the params object itself.
      given: '{ http: POST /pets, body: { type: Owner } }',
      want: { params: [], arity: 'required', scopeKeys: [], paths: ['none /pets'] },
    },
    {
      given: '{ http: "GET /{accounts_or_zones}/{account_or_zone_id}/pets/{pet_id}", pathParams: { pet_id: string } }',
      want: {
        params: [],
        arity: 'required',
        scopeKeys: ['account_id', 'zone_id'],
        paths: ['account /accounts/{account_id}/pets/{pet_id}', 'zone /zones/{zone_id}/pets/{pet_id}'],
      },
    },
  ])('$given', ({ given, want }) => {
    const endpoint = endpointOf(given);
    expect({
      params: paramFields(endpoint).map((f) => f.name),
      arity: paramsArity(endpoint),
      scopeKeys: scopeKeys(endpoint.scope),
      paths: concretePaths(endpoint).map((p) => `${p.scope} ${p.path}`),
    }).toEqual(want);
  });

  it('endpointTypes: path parameters, params fields and the body type as requests, then the response', () => {
    const endpoint = endpointOf(
      '{ http: "POST /accounts/{account_id}/pets/{pet_id}", pathParams: { pet_id: string }, query: { q: integer }, body: { type: Owner }, response: "Owner[]" }',
    );
    expect(endpointTypes(endpoint).map((t) => `${t.role} ${shape(t.type)}`)).toEqual([
      'request primitive string',
      'request primitive integer',
      'request ref Owner',
      'response array',
    ]);
  });

  it('wireName: the name the API reads, where the params object has another', () => {
    const endpoint = endpointOf(
      '{ http: GET /ping, query: { query_devices: { type: boolean, wireName: devices }, q: string } }',
    );
    expect(endpoint.query.map(wireName)).toEqual(['devices', 'q']);
  });
});

describe('allTypes', () => {
  it("visits the models' types, then each endpoint's, then the pagination kinds' query", () => {
    const spec = petsSpec(
      resourceYaml(
        '  list: { http: GET /pets, pagination: Pages, response: Pet }\n',
        '  Pet: { fields: { name: string } }\n',
      ),
    );
    expect(allTypes(spec).map(shape)).toEqual([
      'object',
      'primitive string',
      'primitive integer',
      'ref Pet',
      'primitive integer',
    ]);
  });
});

describe('deref', () => {
  const refNode = (name: string): TypeNode => ({
    kind: 'ref',
    name,
    meta: { nullable: false },
    constraints: {},
    loc: { file: '', line: 0, col: 0 },
  });
  const spec = petsSpec(modelsYaml(`${OWNER}  Alias: Owner\n  AliasOfAlias: Alias\n`));

  it.each<{ given: string; want: TypeNode | undefined }>([
    { given: 'AliasOfAlias', want: spec.models.get('Owner')!.type },
    { given: 'Owner', want: spec.models.get('Owner')!.type },
    { given: 'Nothing', want: undefined },
  ])('$given', ({ given, want }) => {
    expect(deref(spec, refNode(given))).toBe(want);
  });

  it('is undefined for a ref cycle, which check reports', () => {
    const cyclic = {
      models: new Map([
        ['A', { type: refNode('B') }],
        ['B', { type: refNode('A') }],
      ]),
    } as unknown as Spec;
    expect(deref(cyclic, refNode('A'))).toBeUndefined();
  });
});

describe('discriminatorOptionalInResponses', () => {
  it.each<{ given: string; want: boolean }>([
    { given: 'true', want: false },
    { given: 'request', want: true },
  ])('a variant whose discriminator is required: $given -> $want', ({ given, want }) => {
    const spec = petsSpec(
      modelsYaml(
        '  Pet: { oneOf: [Cat, Dog], discriminator: kind }\n' +
          '  Cat: { fields: { kind: { const: cat, required: true } } }\n' +
          `  Dog: { fields: { kind: { const: dog, required: ${given} } } }\n`,
      ),
    );
    const pet = spec.models.get('Pet')!.type;
    expect(pet.kind === 'union' && discriminatorOptionalInResponses(spec, pet)).toBe(want);
  });
});

describe('stronglyConnected', () => {
  it.each<{ given: Record<string, string[]>; want: string[][] }>([
    { given: { a: [], b: [] }, want: [['a'], ['b']] },
    { given: { a: ['b'], b: ['a'], c: ['a'] }, want: [['b', 'a'], ['c']] },
    { given: { a: ['a'] }, want: [['a']] },
    // A component is listed after the components it reaches.
    { given: { a: ['b'], b: ['c'], c: ['b'] }, want: [['c', 'b'], ['a']] },
  ])('$given', ({ given, want }) => {
    expect(stronglyConnected(Object.keys(given), (node) => given[node] ?? [])).toEqual(want);
  });
});

describe('requestVariants', () => {
  it('are the models sent in requests that hold readOnly or response-only fields, and the models that use them', () => {
    const spec = petsSpec(
      resourceYaml(
        '  create: { http: POST /pets, body: { type: Box }, response: Report }\n',
        '  Box: { fields: { pet: Pet, note: Note, tag: Tag } }\n' +
          '  Pet: { fields: { id: { type: string, readOnly: true }, owner: Owner } }\n' +
          '  Owner: { fields: { since: { type: string, readOnly: true } } }\n' +
          '  Note: { fields: { text: { type: string, required: request } } }\n' +
          '  Tag: { fields: { name: string } }\n' +
          '  Report: { fields: { id: { type: string, readOnly: true } } }\n',
      ),
    );
    expect([...requestVariants(spec)].sort()).toEqual(['Box', 'Note', 'Owner', 'Pet']);
  });
});
