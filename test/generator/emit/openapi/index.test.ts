/** openapi.json: the whole OpenAPI document of a small spec, on one line as it is written. */
import { describe, expect, it } from 'vitest';
import { emitOpenApi } from '../../../../generator/emit/openapi/index.js';
import { PETS_YAML, planOf } from '../../../helpers/emit-stages.js';
import {
  FAILURE_RESPONSES,
  MESSAGES,
  okResponse,
  schemaRef,
  scopeParameter,
} from '../../../helpers/openapi-expected.js';

const failure = (description: string) => ({
  description,
  content: { 'application/json': { schema: schemaRef('ApiFailure') } },
});

/** The document, its keys in the order the file has them. */
const DOCUMENT = {
  openapi: '3.1.1',
  info: { title: 'Zoo API', version: '1.0.0' },
  servers: [{ url: 'https://zoo.example.com/v1' }],
  security: [{ apiToken: [] }],
  tags: [{ name: 'Pets', 'x-sdk-resource': 'zoo.pets' }],
  paths: {
    '/accounts/{account_id}/pets': {
      get: {
        operationId: 'zooPetsList',
        summary: 'List pets',
        tags: ['Pets'],
        parameters: [
          scopeParameter('account'),
          { name: 'name', in: 'query', required: false, schema: { type: 'string' } },
        ],
        responses: { '200': okResponse('List pets', { type: 'array', items: schemaRef('Pet') }), ...FAILURE_RESPONSES },
        'x-pagination': {
          style: 'page',
          kind: 'Pages',
          items: 'result',
          query: ['page', 'per_page'],
          next: 'result_info.page + 1, until result_info.total_pages',
        },
        'x-sdk-method': 'zoo.pets.list',
      },
    },
    '/accounts/{account_id}/pets/{pet_id}': {
      get: {
        operationId: 'zooPetsGet',
        summary: 'Get a pet',
        tags: ['Pets'],
        parameters: [
          scopeParameter('account'),
          { name: 'pet_id', in: 'path', required: true, schema: { type: 'string' } },
        ],
        responses: { '200': okResponse('Get a pet', schemaRef('Pet')), ...FAILURE_RESPONSES },
        'x-sdk-method': 'zoo.pets.get',
      },
    },
  },
  components: {
    schemas: {
      ApiErrorDetail: {
        type: 'object',
        description: 'An error or a message: a Cloudflare code and a text.',
        properties: {
          code: { type: 'integer' },
          message: { type: 'string' },
          documentation_url: { type: 'string' },
          source: { type: 'object', properties: { pointer: { type: 'string' } } },
        },
        required: ['code', 'message'],
      },
      ResultInfo: {
        type: 'object',
        description:
          'Where a page is in a list: page numbers for page pagination, the next cursor for cursor pagination.',
        properties: {
          page: { type: 'integer', description: 'Current page within the list.' },
          per_page: { type: 'integer', description: 'Number of results per page.' },
          count: { type: 'integer', description: 'Number of results on this page.' },
          total_count: { type: 'integer', description: 'Total number of results.' },
          total_pages: { type: 'integer', description: 'Total number of pages.' },
          cursor: { type: ['string', 'null'], description: 'The cursor of the next page; empty on the last page.' },
        },
      },
      ApiFailure: {
        type: 'object',
        description: 'The body of an answer that failed.',
        properties: {
          success: { type: 'boolean', const: false },
          errors: { ...MESSAGES, minItems: 1 },
          messages: MESSAGES,
          result: { type: 'null' },
        },
        required: ['success', 'errors', 'messages', 'result'],
      },
      Pet: {
        type: 'object',
        properties: {
          id: { type: 'string', readOnly: true },
          name: { type: 'string', maxLength: 50 },
          tags: { type: 'array', items: { type: 'string' } },
        },
        required: ['id', 'name'],
        description: 'A pet.',
      },
    },
    responses: {
      ClientFailure: failure(
        'The request was refused: bad input (400), no or a wrong credential (401, 403), not found (404), conflict (409), too many requests (429).',
      ),
      ServerFailure: failure('The API failed to answer.'),
    },
    securitySchemes: { apiToken: { type: 'http', scheme: 'bearer' } },
  },
};

describe('OpenAPI emitter', () => {
  it('writes openapi.json: the envelope and its failures, the paths, and the models, on one line', () => {
    const files = emitOpenApi(planOf({ 'pets.yaml': PETS_YAML }));
    expect([...files.keys()]).toEqual(['openapi.json']);
    expect(files.get('openapi.json')).toBe(`${JSON.stringify(DOCUMENT)}\n`);
  });
});
