// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { Endpoint, PagePromise, RequestOptions } from '../../../../../runtime/index.js';
import { APIResource } from '../../../../../runtime/resource.js';
import type {
  DefaultFallbackDomainGetParams,
  DefaultFallbackDomainUpdateParams,
} from '../../../../../types/devices/policies/default-fallback-domains.js';
import type { DevicePolicyFallbackDomain } from '../../../../../types/devices/policies/models.js';

const endpoints = {
  get: {
    id: 'zeroTrust.devices.policies.default.fallbackDomains.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/policy/fallback_domains',
    pagination: 'single',
  },
  update: {
    id: 'zeroTrust.devices.policies.default.fallbackDomains.update',
    method: 'PUT',
    path: '/accounts/{account_id}/devices/policy/fallback_domains',
    body: {
      param: 'domains',
    },
    pagination: 'single',
  },
} satisfies Record<string, Endpoint>;

/**
 * Local Domain Fallback list of the default profile
 *
 * Domains that bypass Gateway DNS resolution and use a local DNS resolver instead, for the default device settings profile.
 */
export class BaseFallbackDomains extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.policies.default.fallbackDomains`. */
  static readonly _key: readonly [
    'zeroTrust',
    'devices',
    'policies',
    'default',
    'fallbackDomains',
  ] = ['zeroTrust', 'devices', 'policies', 'default', 'fallbackDomains'];

  /**
   * Get your Local Domain Fallback list
   *
   * Fetches a list of domains to bypass Gateway DNS resolution. These domains will use the specified local DNS resolver instead.
   *
   * `GET /accounts/{account_id}/devices/policy/fallback_domains`
   */
  get(
    params: DefaultFallbackDomainGetParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicyFallbackDomain> {
    return this._client.requestPage(endpoints.get, [], params, options);
  }

  /**
   * Set your Local Domain Fallback list
   *
   * Sets the list of domains to bypass Gateway DNS resolution. These domains will use the specified local DNS resolver instead.
   *
   * `PUT /accounts/{account_id}/devices/policy/fallback_domains`
   */
  update(
    params: DefaultFallbackDomainUpdateParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicyFallbackDomain> {
    return this._client.requestPage(endpoints.update, [], params, options);
  }
}

/**
 * Local Domain Fallback list of the default profile
 *
 * Domains that bypass Gateway DNS resolution and use a local DNS resolver instead, for the default device settings profile.
 */
export class FallbackDomains extends BaseFallbackDomains {}
