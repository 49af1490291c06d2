// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { Endpoint, PagePromise, RequestOptions } from '../../../../../runtime/index.js';
import { APIResource } from '../../../../../runtime/resource.js';
import type {
  DefaultIncludeGetParams,
  DefaultIncludeUpdateParams,
} from '../../../../../types/devices/policies/default-includes.js';
import type { DevicePolicySplitTunnelInclude } from '../../../../../types/devices/policies/models.js';

const endpoints = {
  get: {
    id: 'zeroTrust.devices.policies.default.includes.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/policy/include',
    pagination: 'single',
  },
  update: {
    id: 'zeroTrust.devices.policies.default.includes.update',
    method: 'PUT',
    path: '/accounts/{account_id}/devices/policy/include',
    body: {
      param: 'body',
    },
    pagination: 'single',
  },
} satisfies Record<string, Endpoint>;

/**
 * Split Tunnel include list of the default profile
 *
 * The routes included in the WARP client's tunnel for the default device settings profile (Split Tunnel include mode).
 */
export class BaseIncludes extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.policies.default.includes`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'policies', 'default', 'includes'] = [
    'zeroTrust',
    'devices',
    'policies',
    'default',
    'includes',
  ];

  /**
   * Get the Split Tunnel include list
   *
   * Fetches the list of routes included in the WARP client's tunnel.
   *
   * `GET /accounts/{account_id}/devices/policy/include`
   */
  get(
    params: DefaultIncludeGetParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicySplitTunnelInclude> {
    return this._client.requestPage(endpoints.get, [], params, options);
  }

  /**
   * Set the Split Tunnel include list
   *
   * Sets the list of routes included in the WARP client's tunnel.
   *
   * `PUT /accounts/{account_id}/devices/policy/include`
   */
  update(
    params: DefaultIncludeUpdateParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicySplitTunnelInclude> {
    return this._client.requestPage(endpoints.update, [], params, options);
  }
}

/**
 * Split Tunnel include list of the default profile
 *
 * The routes included in the WARP client's tunnel for the default device settings profile (Split Tunnel include mode).
 */
export class Includes extends BaseIncludes {}
