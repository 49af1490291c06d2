// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { Endpoint, PagePromise, RequestOptions } from '../../../../runtime/index.js';
import { APIResource } from '../../../../runtime/resource.js';
import type {
  AccessUser,
  SCIMUserListParams,
} from '../../../../types/identity-providers/scim-users.js';

const endpoints = {
  list: {
    id: 'zeroTrust.identityProviders.scim.users.list',
    method: 'GET',
    path: '/accounts/{account_id}/access/identity_providers/{identity_provider_id}/scim/users',
    pathParams: ['identity_provider_id'],
    query: ['cf_resource_id', 'email', 'idp_resource_id', 'name', 'username'],
    pagination: 'page',
  },
} satisfies Record<string, Endpoint>;

/**
 * SCIM users
 *
 * The SCIM User resources that an identity provider has synced to Cloudflare via the System for Cross-domain Identity Management (SCIM).
 */
export class BaseUsers extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.identityProviders.scim.users`. */
  static readonly _key: readonly ['zeroTrust', 'identityProviders', 'scim', 'users'] = [
    'zeroTrust',
    'identityProviders',
    'scim',
    'users',
  ];

  /**
   * List SCIM User resources
   *
   * Lists SCIM User resources synced to Cloudflare via the System for Cross-domain Identity Management (SCIM).
   *
   * `GET /accounts/{account_id}/access/identity_providers/{identity_provider_id}/scim/users`
   */
  list(
    identityProviderID: string,
    params: SCIMUserListParams,
    options?: RequestOptions,
  ): PagePromise<AccessUser> {
    return this._client.requestPage(endpoints.list, [identityProviderID], params, options);
  }
}

/**
 * SCIM users
 *
 * The SCIM User resources that an identity provider has synced to Cloudflare via the System for Cross-domain Identity Management (SCIM).
 */
export class Users extends BaseUsers {}
