// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { Endpoint, PagePromise, RequestOptions } from '../../../../../runtime/index.js';
import { APIResource } from '../../../../../runtime/resource.js';
import type {
  CustomFallbackDomainGetParams,
  CustomFallbackDomainUpdateParams,
} from '../../../../../types/devices/policies/custom-fallback-domains.js';
import type { DevicePolicyFallbackDomain } from '../../../../../types/devices/policies/models.js';

const endpoints = {
  get: {
    id: 'zeroTrust.devices.policies.custom.fallbackDomains.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/policy/{policy_id}/fallback_domains',
    pathParams: ['policy_id'],
    pagination: 'single',
  },
  update: {
    id: 'zeroTrust.devices.policies.custom.fallbackDomains.update',
    method: 'PUT',
    path: '/accounts/{account_id}/devices/policy/{policy_id}/fallback_domains',
    pathParams: ['policy_id'],
    body: {
      param: 'domains',
    },
    pagination: 'single',
  },
} satisfies Record<string, Endpoint>;

/**
 * Local Domain Fallback list of a device settings profile
 *
 * Domains that bypass Gateway DNS resolution and use a local DNS resolver instead, for one custom device settings profile.
 */
export class BaseFallbackDomains extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.policies.custom.fallbackDomains`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'policies', 'custom', 'fallbackDomains'] =
    ['zeroTrust', 'devices', 'policies', 'custom', 'fallbackDomains'];

  /**
   * Get the Local Domain Fallback list for a device settings profile
   *
   * Fetches the list of domains to bypass Gateway DNS resolution from a specified device settings profile. These domains will use the specified local DNS resolver instead.
   *
   * `GET /accounts/{account_id}/devices/policy/{policy_id}/fallback_domains`
   */
  get(
    policyID: string,
    params: CustomFallbackDomainGetParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicyFallbackDomain> {
    return this._client.requestPage(endpoints.get, [policyID], params, options);
  }

  /**
   * Set the Local Domain Fallback list for a device settings profile
   *
   * Sets the list of domains to bypass Gateway DNS resolution. These domains will use the specified local DNS resolver instead. This will only apply to the specified device settings profile.
   *
   * `PUT /accounts/{account_id}/devices/policy/{policy_id}/fallback_domains`
   */
  update(
    policyID: string,
    params: CustomFallbackDomainUpdateParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicyFallbackDomain> {
    return this._client.requestPage(endpoints.update, [policyID], params, options);
  }
}

/**
 * Local Domain Fallback list of a device settings profile
 *
 * Domains that bypass Gateway DNS resolution and use a local DNS resolver instead, for one custom device settings profile.
 */
export class FallbackDomains extends BaseFallbackDomains {}
