// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { Endpoint, PagePromise, RequestOptions } from '../../../../../runtime/index.js';
import { APIResource } from '../../../../../runtime/resource.js';
import type {
  DefaultExcludeGetParams,
  DefaultExcludeUpdateParams,
} from '../../../../../types/devices/policies/default-excludes.js';
import type { DevicePolicySplitTunnelExclude } from '../../../../../types/devices/policies/models.js';

const endpoints = {
  get: {
    id: 'zeroTrust.devices.policies.default.excludes.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/policy/exclude',
    pagination: 'single',
  },
  update: {
    id: 'zeroTrust.devices.policies.default.excludes.update',
    method: 'PUT',
    path: '/accounts/{account_id}/devices/policy/exclude',
    body: {
      param: 'body',
    },
    pagination: 'single',
  },
} satisfies Record<string, Endpoint>;

/**
 * Split Tunnel exclude list of the default profile
 *
 * The routes excluded from the WARP client's tunnel for the default device settings profile (Split Tunnel exclude mode).
 */
export class BaseExcludes extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.policies.default.excludes`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'policies', 'default', 'excludes'] = [
    'zeroTrust',
    'devices',
    'policies',
    'default',
    'excludes',
  ];

  /**
   * Get the Split Tunnel exclude list
   *
   * Fetches the list of routes excluded from the WARP client's tunnel.
   *
   * `GET /accounts/{account_id}/devices/policy/exclude`
   */
  get(
    params: DefaultExcludeGetParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicySplitTunnelExclude> {
    return this._client.requestPage(endpoints.get, [], params, options);
  }

  /**
   * Set the Split Tunnel exclude list
   *
   * Sets the list of routes excluded from the WARP client's tunnel.
   *
   * `PUT /accounts/{account_id}/devices/policy/exclude`
   */
  update(
    params: DefaultExcludeUpdateParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicySplitTunnelExclude> {
    return this._client.requestPage(endpoints.update, [], params, options);
  }
}

/**
 * Split Tunnel exclude list of the default profile
 *
 * The routes excluded from the WARP client's tunnel for the default device settings profile (Split Tunnel exclude mode).
 */
export class Excludes extends BaseExcludes {}
