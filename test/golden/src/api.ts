// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { ApiDescription } from './runtime/index.js';

/** Facts about the API that the runtime needs: where it is, how to authenticate, how results are wrapped, where the validators are. */
export const API: ApiDescription = {
  baseURL: 'https://zoo.example.com/v1',
  auth: [
    {
      name: 'apiToken',
      headers: {
        Authorization: 'Bearer {apiToken}',
      },
      env: {
        apiToken: 'ZOO_TOKEN',
      },
    },
  ],
  envelope: {
    unwrap: 'result',
  },
  loadSchemas: () => import('./schemas/endpoints.js').then((m) => m.ENDPOINT_SCHEMAS),
};
