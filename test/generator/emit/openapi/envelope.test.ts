/** Cloudflare's envelope around every answer, as the OpenAPI document describes it. */
import { describe, expect, it } from 'vitest';
import { failureResponses, successSchema } from '../../../../generator/emit/openapi/envelope.js';
import { envelopeOf, FAILURE_RESPONSES, MESSAGES, schemaRef, SUCCESS } from '../../../helpers/openapi-expected.js';
import { API_YAML, resourceYaml, specOf } from '../../../helpers/spec-stages.js';

/** The envelope with every field, around a list. */
const fullEnvelope = {
  type: 'object',
  properties: {
    success: SUCCESS,
    errors: MESSAGES,
    messages: MESSAGES,
    result: { type: 'array', items: { type: 'string' } },
    result_info: schemaRef('ResultInfo'),
  },
};

/** API_YAML's envelope (success, errors, result), or one with every field, and a kind of single pages. */
const API = {
  short: API_YAML,
  full: API_YAML.replace(
    'envelope: { fields: [success, errors, result], unwrap: result }',
    'envelope: { fields: [success, errors, messages, result, result_info], unwrap: result }',
  ).replace('Pages: { style: page }', 'Pages: { style: page }\n    One: { style: single }'),
};

describe('successSchema', () => {
  it.each<{ name: string; given: [api: keyof typeof API, endpoint: string]; want: object }>([
    {
      name: 'the result in the envelope',
      given: ['short', '{ http: "GET /pets/{pet_id}", pathParams: { pet_id: string }, response: string }'],
      want: envelopeOf({ type: 'string' }),
    },
    {
      name: 'a list of results, where the envelope has no result_info',
      given: ['short', '{ http: GET /pets, pagination: Pages, response: string }'],
      want: envelopeOf({ type: 'array', items: { type: 'string' } }),
    },
    {
      name: 'any result, for an endpoint that declares none',
      given: ['short', '{ http: DELETE /pets }'],
      want: envelopeOf({}),
    },
    {
      name: 'the body as it is',
      given: ['short', '{ http: GET /ping, unwrap: none, response: string }'],
      want: { type: 'string' },
    },
    {
      name: 'a page of results, with where it is in the list',
      given: ['full', '{ http: GET /pets, pagination: Pages, response: string }'],
      want: { ...fullEnvelope, required: ['success', 'errors', 'messages', 'result', 'result_info'] },
    },
    {
      name: 'a list on a single page, which needs no result_info',
      given: ['full', '{ http: GET /pets, pagination: One, response: string }'],
      want: { ...fullEnvelope, required: ['success', 'errors', 'messages', 'result'] },
    },
  ])('$name', ({ given: [api, endpoint], want }) => {
    const spec = specOf({ 'api.yaml': API[api], 'pets.yaml': resourceYaml(`  run: ${endpoint}\n`) });
    expect(successSchema(spec, spec.resources[0]!.endpoints[0]!)).toEqual(want);
  });
});

describe('failureResponses', () => {
  it('refers to the two failure answers described once in components', () => {
    expect(failureResponses()).toEqual(FAILURE_RESPONSES);
  });
});
