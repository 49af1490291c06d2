// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { Endpoint, PagePromise, RequestOptions } from '../../../../../runtime/index.js';
import { APIResource } from '../../../../../runtime/resource.js';
import type {
  CustomExcludeGetParams,
  CustomExcludeUpdateParams,
} from '../../../../../types/devices/policies/custom-excludes.js';
import type { DevicePolicySplitTunnelExclude } from '../../../../../types/devices/policies/models.js';

const endpoints = {
  get: {
    id: 'zeroTrust.devices.policies.custom.excludes.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/policy/{policy_id}/exclude',
    pathParams: ['policy_id'],
    pagination: 'single',
  },
  update: {
    id: 'zeroTrust.devices.policies.custom.excludes.update',
    method: 'PUT',
    path: '/accounts/{account_id}/devices/policy/{policy_id}/exclude',
    pathParams: ['policy_id'],
    body: {
      param: 'body',
    },
    pagination: 'single',
  },
} satisfies Record<string, Endpoint>;

/**
 * Split Tunnel exclude list of a device settings profile
 *
 * The routes excluded from the WARP client's tunnel for one custom device settings profile (Split Tunnel exclude mode).
 */
export class BaseExcludes extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.policies.custom.excludes`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'policies', 'custom', 'excludes'] = [
    'zeroTrust',
    'devices',
    'policies',
    'custom',
    'excludes',
  ];

  /**
   * Get the Split Tunnel exclude list for a device settings profile
   *
   * Fetches the list of routes excluded from the WARP client's tunnel for a specific device settings profile.
   *
   * `GET /accounts/{account_id}/devices/policy/{policy_id}/exclude`
   */
  get(
    policyID: string,
    params: CustomExcludeGetParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicySplitTunnelExclude> {
    return this._client.requestPage(endpoints.get, [policyID], params, options);
  }

  /**
   * Set the Split Tunnel exclude list for a device settings profile
   *
   * Sets the list of routes excluded from the WARP client's tunnel for a specific device settings profile.
   *
   * `PUT /accounts/{account_id}/devices/policy/{policy_id}/exclude`
   */
  update(
    policyID: string,
    params: CustomExcludeUpdateParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicySplitTunnelExclude> {
    return this._client.requestPage(endpoints.update, [policyID], params, options);
  }
}

/**
 * Split Tunnel exclude list of a device settings profile
 *
 * The routes excluded from the WARP client's tunnel for one custom device settings profile (Split Tunnel exclude mode).
 */
export class Excludes extends BaseExcludes {}
