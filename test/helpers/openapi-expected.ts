/** What the OpenAPI document says of every spec written on API_YAML, in the unit tests' expectations. */

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The envelope's `errors` (and `messages`). */
export const MESSAGES = { type: 'array', items: schemaRef('ApiErrorDetail') };

export const SUCCESS = { type: 'boolean', const: true };

/** The envelope of API_YAML (success, errors, result) around a result. */
export const envelopeOf = (result: object) => ({
  type: 'object',
  properties: { success: SUCCESS, errors: MESSAGES, result },
  required: ['success', 'errors', 'result'],
});

/** An operation's successful answer, whose description is the endpoint's title. */
export const okResponse = (description: string, result: object) => ({
  description,
  content: { 'application/json': { schema: envelopeOf(result) } },
});

export const FAILURE_RESPONSES = {
  '4XX': { $ref: '#/components/responses/ClientFailure' },
  '5XX': { $ref: '#/components/responses/ServerFailure' },
};

/** The path parameter that names the account or the zone. */
export const scopeParameter = (scope: 'account' | 'zone') => ({
  name: `${scope}_id`,
  in: 'path',
  required: true,
  description: `The ${scope} identifier.`,
  schema: { type: 'string' },
});
