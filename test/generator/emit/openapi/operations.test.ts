/** The methods of the spec as OpenAPI operations: one per real path, with the parameters the client sends. */
import { describe, expect, it } from 'vitest';
import { paths } from '../../../../generator/emit/openapi/operations.js';
import { planOf } from '../../../helpers/emit-stages.js';
import { FAILURE_RESPONSES, okResponse, schemaRef, scopeParameter } from '../../../helpers/openapi-expected.js';
import { resourceYaml } from '../../../helpers/spec-stages.js';

const PETS = resourceYaml(
  `  list:
    http: GET /accounts/{account_id}/pets
    query:
      ids: "string[]"
      filter: { type: Filter, required: true }
      labels: "map<string>"
      q: { type: string, description: Text to find., deprecated: Use ids. }
      query_kind: { type: string, wireName: kind }
    pagination: Pages
    response: string
  create:
    http: POST /accounts/{account_id}/pets
    body: { fields: { name: { type: string, required: true }, nick: string } }
  replace:
    http: PUT /accounts/{account_id}/pets
    body: { type: Filter }
  get:
    title: Get a pet
    description: One pet.
    deprecated: Gone soon.
    http: GET /{accounts_or_zones}/{account_or_zone_id}/pets/{pet_id}
    pathParams:
      pet_id: { type: string, format: uuid, description: The pet. }
    response: string
  setTags:
    http: PUT /pets/{pet_id}/tags
    pathParams:
      pet_id: string
    body: { param: tags, type: "string[]", description: The tags. }
  ping:
    http: GET /ping
    unwrap: none
    pagination: Pages
    response: string
`,
  '  Filter: { fields: { email: string, since: { type: string, required: true } } }\n',
);

const document = paths(planOf({ 'pets.yaml': PETS }), (resource) => resource.title);
const operation = (path: string, method: string) =>
  (document[path] as Record<string, Record<string, unknown>>)[method]!;
describe('paths', () => {
  it("lists the real paths, sorted, each path's operations in a fixed order of methods", () => {
    expect(Object.entries(document).map(([path, item]) => `${path}: ${Object.keys(item).join(' ')}`)).toEqual([
      '/accounts/{account_id}/pets: get put post',
      '/accounts/{account_id}/pets/{pet_id}: get',
      '/pets/{pet_id}/tags: put',
      '/ping: get',
      '/zones/{zone_id}/pets/{pet_id}: get',
    ]);
  });

  it('sends query parameters as the client does: lists repeated, objects by dotted names, wire names', () => {
    expect(operation('/accounts/{account_id}/pets', 'get')['parameters']).toEqual([
      scopeParameter('account'),
      {
        name: 'ids',
        in: 'query',
        required: false,
        schema: { type: 'array', items: { type: 'string' } },
        style: 'form',
        explode: true,
      },
      // A field of a required object is required when it is required in the object.
      { name: 'filter.email', in: 'query', required: false, schema: { type: 'string' } },
      { name: 'filter.since', in: 'query', required: true, schema: { type: 'string' } },
      {
        name: 'labels',
        in: 'query',
        required: false,
        schema: { type: 'object', additionalProperties: { type: 'string' } },
        style: 'form',
        explode: true,
        'x-query-names': 'labels.<key>',
      },
      {
        name: 'q',
        in: 'query',
        required: false,
        description: 'Text to find.\n\nDeprecated: Use ids.',
        deprecated: true,
        schema: { type: 'string' },
      },
      { name: 'kind', in: 'query', required: false, schema: { type: 'string' } },
    ]);
  });

  it.each<{ given: [path: string, method: string]; want: object }>([
    {
      given: ['/accounts/{account_id}/pets', 'post'],
      want: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: { name: { type: 'string' }, nick: { type: 'string' } },
              required: ['name'],
            },
          },
        },
      },
    },
    {
      given: ['/accounts/{account_id}/pets', 'put'],
      want: { required: true, content: { 'application/json': { schema: schemaRef('Filter') } } },
    },
    {
      given: ['/pets/{pet_id}/tags', 'put'],
      want: {
        required: true,
        content: {
          'application/json': { schema: { type: 'array', items: { type: 'string' }, description: 'The tags.' } },
        },
      },
    },
  ])('the request body of $given.1 $given.0', ({ given: [path, method], want }) => {
    expect(operation(path, method)['requestBody']).toEqual(want);
  });

  it('gives a method on an account or a zone an operation for each, with the scope in its id', () => {
    const forScope = (scope: 'account' | 'zone') => ({
      operationId: `zooPetsGetFor${scope === 'account' ? 'Account' : 'Zone'}`,
      summary: 'Get a pet',
      description: 'One pet.\n\nDeprecated: Gone soon.',
      tags: ['Pets'],
      deprecated: true,
      parameters: [
        scopeParameter(scope),
        {
          name: 'pet_id',
          in: 'path',
          required: true,
          description: 'The pet.',
          schema: { type: 'string', format: 'uuid' },
        },
      ],
      responses: { '200': okResponse('Get a pet', { type: 'string' }), ...FAILURE_RESPONSES },
      'x-sdk-method': 'zoo.pets.get',
    });
    expect(operation('/accounts/{account_id}/pets/{pet_id}', 'get')).toEqual(forScope('account'));
    expect(operation('/zones/{zone_id}/pets/{pet_id}', 'get')).toEqual(forScope('zone'));
  });

  it.each<{ given: [path: string, method: string]; want: object }>([
    {
      given: ['/accounts/{account_id}/pets', 'get'],
      want: {
        style: 'page',
        kind: 'Pages',
        items: 'result',
        query: ['page', 'per_page'],
        next: 'result_info.page + 1, until result_info.total_pages',
      },
    },
    // The body is the list: no envelope field holds the items.
    {
      given: ['/ping', 'get'],
      want: {
        style: 'page',
        kind: 'Pages',
        query: ['page', 'per_page'],
        next: 'result_info.page + 1, until result_info.total_pages',
      },
    },
  ])('x-pagination of $given.1 $given.0', ({ given: [path, method], want }) => {
    expect(operation(path, method)['x-pagination']).toEqual(want);
  });
});
