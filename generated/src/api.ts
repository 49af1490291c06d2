// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { ApiDescription } from './runtime/index.js';

/** Facts about the API that the runtime needs: where it is, how to authenticate, how results are wrapped, where the validators are. */
export const API: ApiDescription = {
  baseURL: 'https://api.cloudflare.com/client/v4',
  auth: [
    {
      name: 'apiToken',
      headers: {
        Authorization: 'Bearer {apiToken}',
      },
      env: {
        apiToken: 'CLOUDFLARE_API_TOKEN',
      },
    },
    {
      name: 'apiKey',
      headers: {
        'X-Auth-Email': '{apiEmail}',
        'X-Auth-Key': '{apiKey}',
      },
      env: {
        apiEmail: 'CLOUDFLARE_EMAIL',
        apiKey: 'CLOUDFLARE_API_KEY',
      },
    },
  ],
  envelope: {
    unwrap: 'result',
  },
  loadSchemas: () => import('./schemas/endpoints.js').then((m) => m.ENDPOINT_SCHEMAS),
};
