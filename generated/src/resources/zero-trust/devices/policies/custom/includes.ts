// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { Endpoint, PagePromise, RequestOptions } from '../../../../../runtime/index.js';
import { APIResource } from '../../../../../runtime/resource.js';
import type {
  CustomIncludeGetParams,
  CustomIncludeUpdateParams,
} from '../../../../../types/devices/policies/custom-includes.js';
import type { DevicePolicySplitTunnelInclude } from '../../../../../types/devices/policies/models.js';

const endpoints = {
  get: {
    id: 'zeroTrust.devices.policies.custom.includes.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/policy/{policy_id}/include',
    pathParams: ['policy_id'],
    pagination: 'single',
  },
  update: {
    id: 'zeroTrust.devices.policies.custom.includes.update',
    method: 'PUT',
    path: '/accounts/{account_id}/devices/policy/{policy_id}/include',
    pathParams: ['policy_id'],
    body: {
      param: 'body',
    },
    pagination: 'single',
  },
} satisfies Record<string, Endpoint>;

/**
 * Split Tunnel include list of a device settings profile
 *
 * The routes included in the WARP client's tunnel for one custom device settings profile (Split Tunnel include mode).
 */
export class BaseIncludes extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.policies.custom.includes`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'policies', 'custom', 'includes'] = [
    'zeroTrust',
    'devices',
    'policies',
    'custom',
    'includes',
  ];

  /**
   * Get the Split Tunnel include list for a device settings profile
   *
   * Fetches the list of routes included in the WARP client's tunnel for a specific device settings profile.
   *
   * `GET /accounts/{account_id}/devices/policy/{policy_id}/include`
   */
  get(
    policyID: string,
    params: CustomIncludeGetParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicySplitTunnelInclude> {
    return this._client.requestPage(endpoints.get, [policyID], params, options);
  }

  /**
   * Set the Split Tunnel include list for a device settings profile
   *
   * Sets the list of routes included in the WARP client's tunnel for a specific device settings profile.
   *
   * `PUT /accounts/{account_id}/devices/policy/{policy_id}/include`
   */
  update(
    policyID: string,
    params: CustomIncludeUpdateParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicySplitTunnelInclude> {
    return this._client.requestPage(endpoints.update, [policyID], params, options);
  }
}

/**
 * Split Tunnel include list of a device settings profile
 *
 * The routes included in the WARP client's tunnel for one custom device settings profile (Split Tunnel include mode).
 */
export class Includes extends BaseIncludes {}
