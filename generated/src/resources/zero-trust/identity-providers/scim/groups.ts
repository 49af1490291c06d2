// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { Endpoint, PagePromise, RequestOptions } from '../../../../runtime/index.js';
import { APIResource } from '../../../../runtime/resource.js';
import type { ZeroTrustGroup } from '../../../../types/access/groups.js';
import type { SCIMGroupListParams } from '../../../../types/identity-providers/scim-groups.js';

const endpoints = {
  list: {
    id: 'zeroTrust.identityProviders.scim.groups.list',
    method: 'GET',
    path: '/accounts/{account_id}/access/identity_providers/{identity_provider_id}/scim/groups',
    pathParams: ['identity_provider_id'],
    query: ['cf_resource_id', 'idp_resource_id', 'name'],
    pagination: 'page',
  },
} satisfies Record<string, Endpoint>;

/**
 * SCIM groups
 *
 * The SCIM Group resources that an identity provider has synced to Cloudflare via the System for Cross-domain Identity Management (SCIM).
 */
export class BaseGroups extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.identityProviders.scim.groups`. */
  static readonly _key: readonly ['zeroTrust', 'identityProviders', 'scim', 'groups'] = [
    'zeroTrust',
    'identityProviders',
    'scim',
    'groups',
  ];

  /**
   * List SCIM Group resources
   *
   * Lists SCIM Group resources synced to Cloudflare via the System for Cross-domain Identity Management (SCIM).
   *
   * `GET /accounts/{account_id}/access/identity_providers/{identity_provider_id}/scim/groups`
   */
  list(
    identityProviderID: string,
    params: SCIMGroupListParams,
    options?: RequestOptions,
  ): PagePromise<ZeroTrustGroup> {
    return this._client.requestPage(endpoints.list, [identityProviderID], params, options);
  }
}

/**
 * SCIM groups
 *
 * The SCIM Group resources that an identity provider has synced to Cloudflare via the System for Cross-domain Identity Management (SCIM).
 */
export class Groups extends BaseGroups {}
