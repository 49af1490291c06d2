import {
  BaseClient,
  type ApiDescription,
  type BaseClientOptions,
  type Endpoint,
} from '../../generator/runtime/index.js';
import { useNodeTransport } from '../../generator/runtime/platform.js';
import { undiciTransport } from '../../generator/runtime/transport-undici.js';

// As the package's Node entry does: undici unless a client is given a fetch.
useNodeTransport(undiciTransport);

/** The two transports, for suites that run against both: undici (Node's default), and the platform's fetch. */
export const TRANSPORTS = {
  undici: {},
  fetch: { fetch: (url: string, init: RequestInit) => fetch(url, init) },
} satisfies Record<string, BaseClientOptions>;
export type TransportName = keyof typeof TRANSPORTS;

export const TOKEN = 'tok_secret_0123456789abcdef';
export const EMAIL = 'user@example.com';
export const KEY = 'key_secret_fedcba9876543210';

export const api: ApiDescription = {
  baseURL: 'https://api.cloudflare.com/client/v4',
  auth: [
    { name: 'apiToken', headers: { Authorization: 'Bearer {apiToken}' }, env: { apiToken: 'CLOUDFLARE_API_TOKEN' } },
    {
      name: 'apiKey',
      headers: { 'X-Auth-Email': '{apiEmail}', 'X-Auth-Key': '{apiKey}' },
      env: { apiEmail: 'CLOUDFLARE_EMAIL', apiKey: 'CLOUDFLARE_API_KEY' },
    },
  ],
  envelope: { unwrap: 'result' },
};

export const groups = {
  list: {
    id: 'zeroTrust.access.groups.list',
    method: 'GET',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/groups',
    query: ['name'],
    pagination: 'page',
  },
  get: {
    id: 'zeroTrust.access.groups.get',
    method: 'GET',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}',
    pathParams: ['group_id'],
  },
  create: {
    id: 'zeroTrust.access.groups.create',
    method: 'POST',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/groups',
    body: 'params',
  },
  update: {
    id: 'zeroTrust.access.groups.update',
    method: 'PUT',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}',
    pathParams: ['group_id'],
    body: 'params',
  },
  edit: {
    id: 'zeroTrust.access.groups.edit',
    method: 'PATCH',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}',
    pathParams: ['group_id'],
    body: 'params',
  },
  delete: {
    id: 'zeroTrust.access.groups.delete',
    method: 'DELETE',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}',
    pathParams: ['group_id'],
  },
} satisfies Record<string, Endpoint>;

/** A client whose retry pauses are recorded and skipped. */
export class TestClient extends BaseClient {
  readonly sleeps: number[] = [];

  constructor(options: BaseClientOptions & { readonly [credential: string]: unknown }) {
    super({ apiToken: TOKEN, timeout: 2_000, ...options }, api);
  }

  protected override async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
  }
}
