// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, PagePromise, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  DeviceNetwork,
  NetworkCreateParams,
  NetworkDeleteParams,
  NetworkGetParams,
  NetworkListParams,
  NetworkUpdateParams,
} from '../../../types/devices/networks.js';

const endpoints = {
  list: {
    id: 'zeroTrust.devices.networks.list',
    method: 'GET',
    path: '/accounts/{account_id}/devices/networks',
    pagination: 'single',
  },
  get: {
    id: 'zeroTrust.devices.networks.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/networks/{network_id}',
    pathParams: ['network_id'],
  },
  create: {
    id: 'zeroTrust.devices.networks.create',
    method: 'POST',
    path: '/accounts/{account_id}/devices/networks',
    body: 'params',
  },
  update: {
    id: 'zeroTrust.devices.networks.update',
    method: 'PUT',
    path: '/accounts/{account_id}/devices/networks/{network_id}',
    pathParams: ['network_id'],
    body: 'params',
  },
  delete: {
    id: 'zeroTrust.devices.networks.delete',
    method: 'DELETE',
    path: '/accounts/{account_id}/devices/networks/{network_id}',
    pathParams: ['network_id'],
    pagination: 'single',
  },
} satisfies Record<string, Endpoint>;

/**
 * Device managed networks
 *
 * Managed networks: TLS endpoints whose presence tells the WARP client that a device is on a known network.
 */
export class BaseNetworks extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.networks`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'networks'] = [
    'zeroTrust',
    'devices',
    'networks',
  ];

  /**
   * List your device managed networks
   *
   * Fetches a list of managed networks for an account.
   *
   * `GET /accounts/{account_id}/devices/networks`
   */
  list(params: NetworkListParams, options?: RequestOptions): PagePromise<DeviceNetwork> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get device managed network details
   *
   * Fetches details for a single managed network.
   *
   * `GET /accounts/{account_id}/devices/networks/{network_id}`
   */
  get(
    networkID: string,
    params: NetworkGetParams,
    options?: RequestOptions,
  ): APIPromise<DeviceNetwork | null> {
    return this._client.request(endpoints.get, [networkID], params, options);
  }

  /**
   * Create a device managed network
   *
   * Creates a new device managed network.
   *
   * `POST /accounts/{account_id}/devices/networks`
   */
  create(params: NetworkCreateParams, options?: RequestOptions): APIPromise<DeviceNetwork | null> {
    return this._client.request(endpoints.create, [], params, options);
  }

  /**
   * Update a device managed network
   *
   * Updates a configured device managed network.
   *
   * `PUT /accounts/{account_id}/devices/networks/{network_id}`
   */
  update(
    networkID: string,
    params: NetworkUpdateParams,
    options?: RequestOptions,
  ): APIPromise<DeviceNetwork | null> {
    return this._client.request(endpoints.update, [networkID], params, options);
  }

  /**
   * Delete a device managed network
   *
   * Deletes a device managed network and fetches a list of the remaining device managed networks for an account.
   *
   * `DELETE /accounts/{account_id}/devices/networks/{network_id}`
   */
  delete(
    networkID: string,
    params: NetworkDeleteParams,
    options?: RequestOptions,
  ): PagePromise<DeviceNetwork> {
    return this._client.requestPage(endpoints.delete, [networkID], params, options);
  }
}

/**
 * Device managed networks
 *
 * Managed networks: TLS endpoints whose presence tells the WARP client that a device is on a known network.
 */
export class Networks extends BaseNetworks {}
