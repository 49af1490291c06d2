/** Cloudflare's envelope around every answer: success, errors, messages, result, result_info. */
import type { Endpoint, Spec } from '../../ir.js';
import { OPENAPI_SCHEMAS } from '../../plan.js';
import { jsonSchema, schemaRef, type JsonSchema } from './json-schema.js';

const ref = (name: string): JsonSchema => ({ $ref: schemaRef(name) });
const messages: JsonSchema = { type: 'array', items: ref(OPENAPI_SCHEMAS.errorDetail) };

/** The envelope's own schemas, for components.schemas. */
export function envelopeSchemas(): Record<string, JsonSchema> {
  return {
    [OPENAPI_SCHEMAS.errorDetail]: {
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
    [OPENAPI_SCHEMAS.resultInfo]: {
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
    [OPENAPI_SCHEMAS.failure]: {
      type: 'object',
      description: 'The body of an answer that failed.',
      properties: {
        success: { type: 'boolean', const: false },
        errors: { ...messages, minItems: 1 },
        messages,
        result: { type: 'null' },
      },
      required: ['success', 'errors', 'messages', 'result'],
    },
  };
}

/** The schema of a successful answer: the result (a list for a paginated endpoint) in the envelope, or the body as it is. */
export function successSchema(spec: Spec, endpoint: Endpoint): JsonSchema {
  const item = endpoint.response ? jsonSchema(spec, endpoint.response) : {};
  const result = endpoint.pagination ? { type: 'array', items: item } : item;
  if (endpoint.unwrap === null) return result;
  const paged = endpoint.pagination !== undefined && endpoint.pagination.style !== 'single';
  const fields: Record<string, JsonSchema> = {
    success: { type: 'boolean', const: true },
    errors: messages,
    messages,
    result: endpoint.unwrap === 'result' ? result : {},
    result_info: ref(OPENAPI_SCHEMAS.resultInfo),
  };
  if (endpoint.unwrap !== 'result') fields[endpoint.unwrap] = result;
  // Only the fields the spec's envelope has, in its order.
  const properties = Object.fromEntries(spec.api.envelope.fields.map((name) => [name, fields[name] ?? {}]));
  const required = ['success', 'errors', 'messages', endpoint.unwrap, ...(paged ? ['result_info'] : [])].filter(
    (name, i, all) => spec.api.envelope.fields.includes(name) && all.indexOf(name) === i,
  );
  return { type: 'object', properties, required };
}

const FAILURES = { '4XX': 'ClientFailure', '5XX': 'ServerFailure' } as const;

/** The failure answers every operation may give, by reference: 4XX and 5XX, in the envelope with success false. */
export function failureResponses(): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(FAILURES).map(([status, name]) => [status, { $ref: `#/components/responses/${name}` }]),
  );
}

/** `components.responses`: the failure answers, described once. */
export function failureResponseComponents(): Record<string, JsonSchema> {
  const response = (description: string) => ({
    description,
    content: { 'application/json': { schema: ref(OPENAPI_SCHEMAS.failure) } },
  });
  return {
    [FAILURES['4XX']]: response(
      'The request was refused: bad input (400), no or a wrong credential (401, 403), not found (404), conflict (409), too many requests (429).',
    ),
    [FAILURES['5XX']]: response('The API failed to answer.'),
  };
}
