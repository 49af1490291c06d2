// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, PagePromise, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  IdentityProvider,
  IdentityProviderCreateParams,
  IdentityProviderDeleteParams,
  IdentityProviderDeleteResponse,
  IdentityProviderGetParams,
  IdentityProviderListParams,
  IdentityProviderListResponse,
  IdentityProviderUpdateParams,
} from '../../../types/identity-providers/identity-providers.js';
import { SCIM } from './scim/scim.js';

const endpoints = {
  list: {
    id: 'zeroTrust.identityProviders.list',
    method: 'GET',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/identity_providers',
    query: ['scim_enabled'],
    pagination: 'page',
  },
  get: {
    id: 'zeroTrust.identityProviders.get',
    method: 'GET',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/identity_providers/{identity_provider_id}',
    pathParams: ['identity_provider_id'],
  },
  create: {
    id: 'zeroTrust.identityProviders.create',
    method: 'POST',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/identity_providers',
    body: 'params',
  },
  update: {
    id: 'zeroTrust.identityProviders.update',
    method: 'PUT',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/identity_providers/{identity_provider_id}',
    pathParams: ['identity_provider_id'],
    body: 'params',
  },
  delete: {
    id: 'zeroTrust.identityProviders.delete',
    method: 'DELETE',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/identity_providers/{identity_provider_id}',
    pathParams: ['identity_provider_id'],
  },
} satisfies Record<string, Endpoint>;

/**
 * Access identity providers
 *
 * The identity providers (IdPs) that users of Cloudflare Access log in with, and their System for Cross-Domain Identity Management (SCIM) settings.
 */
export class BaseIdentityProviders extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.identityProviders`. */
  static readonly _key: readonly ['zeroTrust', 'identityProviders'] = [
    'zeroTrust',
    'identityProviders',
  ];

  /**
   * List Access identity providers
   *
   * Lists all configured identity providers.
   *
   * `GET /{accounts_or_zones}/{account_or_zone_id}/access/identity_providers`
   */
  list(
    params: IdentityProviderListParams,
    options?: RequestOptions,
  ): PagePromise<IdentityProviderListResponse> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get an Access identity provider
   *
   * Fetches a configured identity provider.
   *
   * `GET /{accounts_or_zones}/{account_or_zone_id}/access/identity_providers/{identity_provider_id}`
   */
  get(
    identityProviderID: string,
    params: IdentityProviderGetParams,
    options?: RequestOptions,
  ): APIPromise<IdentityProvider> {
    return this._client.request(endpoints.get, [identityProviderID], params, options);
  }

  /**
   * Add an Access identity provider
   *
   * Adds a new identity provider to Access.
   *
   * `POST /{accounts_or_zones}/{account_or_zone_id}/access/identity_providers`
   */
  create(
    params: IdentityProviderCreateParams,
    options?: RequestOptions,
  ): APIPromise<IdentityProvider> {
    return this._client.request(endpoints.create, [], params, options);
  }

  /**
   * Update an Access identity provider
   *
   * Updates a configured identity provider.
   *
   * `PUT /{accounts_or_zones}/{account_or_zone_id}/access/identity_providers/{identity_provider_id}`
   */
  update(
    identityProviderID: string,
    params: IdentityProviderUpdateParams,
    options?: RequestOptions,
  ): APIPromise<IdentityProvider> {
    return this._client.request(endpoints.update, [identityProviderID], params, options);
  }

  /**
   * Delete an Access identity provider
   *
   * Deletes an identity provider from Access.
   *
   * `DELETE /{accounts_or_zones}/{account_or_zone_id}/access/identity_providers/{identity_provider_id}`
   */
  delete(
    identityProviderID: string,
    params: IdentityProviderDeleteParams,
    options?: RequestOptions,
  ): APIPromise<IdentityProviderDeleteResponse> {
    return this._client.request(endpoints.delete, [identityProviderID], params, options);
  }
}

/**
 * Access identity providers
 *
 * The identity providers (IdPs) that users of Cloudflare Access log in with, and their System for Cross-Domain Identity Management (SCIM) settings.
 */
export class IdentityProviders extends BaseIdentityProviders {
  readonly scim: SCIM = new SCIM(this._client);
}
