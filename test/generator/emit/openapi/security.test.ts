/** The spec's auth schemes as OpenAPI security schemes, and the requirement that any one of them is met. */
import { describe, expect, it } from 'vitest';
import { security } from '../../../../generator/emit/openapi/security.js';
import type { AuthScheme, Spec } from '../../../../generator/ir.js';

describe('security', () => {
  it.each<{ name: string; given: AuthScheme[]; want: ReturnType<typeof security> }>([
    {
      name: 'a bearer token in Authorization: HTTP bearer authentication, named by its option',
      given: [
        {
          name: 'apiToken',
          description: 'A *scoped* token.',
          headers: { Authorization: 'Bearer {apiToken}' },
          env: { apiToken: 'ZOO_TOKEN' },
        },
      ],
      want: {
        schemes: { apiToken: { type: 'http', scheme: 'bearer', description: 'A *scoped* token.' } },
        requirements: [{ apiToken: [] }],
      },
    },
    {
      name: 'a scheme of two headers: two API keys, required together',
      given: [
        { name: 'apiToken', headers: { Authorization: 'Bearer {apiToken}' }, env: {} },
        { name: 'apiKey', headers: { 'X-Auth-Email': '{apiEmail}', 'X-Auth-Key': '{apiKey}' }, env: {} },
      ],
      want: {
        schemes: {
          apiToken: { type: 'http', scheme: 'bearer' },
          apiEmail: { type: 'apiKey', in: 'header', name: 'X-Auth-Email' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-Auth-Key' },
        },
        requirements: [{ apiToken: [] }, { apiEmail: [], apiKey: [] }],
      },
    },
    {
      // Not "Bearer {x}": the whole header is the key.
      name: 'another kind of Authorization header, and a header without a placeholder',
      given: [{ name: 'service', headers: { Authorization: 'Token {serviceKey}', 'X-Client': 'zoo' }, env: {} }],
      want: {
        schemes: {
          serviceKey: { type: 'apiKey', in: 'header', name: 'Authorization' },
          'service-X-Client': { type: 'apiKey', in: 'header', name: 'X-Client' },
        },
        requirements: [{ serviceKey: [], 'service-X-Client': [] }],
      },
    },
  ])('$name', ({ given, want }) => {
    expect(security({ api: { auth: given } } as unknown as Spec)).toEqual(want);
  });
});
