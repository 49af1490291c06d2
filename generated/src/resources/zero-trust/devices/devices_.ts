// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, PagePromise, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  DeviceDeleteParams,
  DeviceGetParams,
  DeviceGetResponse,
  DeviceListParams,
  DeviceListResponse,
  DeviceRevokeParams,
} from '../../../types/devices/physical-devices.js';

const endpoints = {
  list: {
    id: 'zeroTrust.devices.devices.list',
    method: 'GET',
    path: '/accounts/{account_id}/devices/physical-devices',
    query: [
      'id',
      'active_registrations',
      'has_registration_type',
      'include',
      'last_seen_registration',
      'last_seen_user',
      'search',
      'seen_after',
      'seen_before',
      'sort_by',
      'sort_order',
      'tag',
    ],
    pagination: 'cursor',
  },
  get: {
    id: 'zeroTrust.devices.devices.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/physical-devices/{device_id}',
    pathParams: ['device_id'],
    query: ['include'],
  },
  delete: {
    id: 'zeroTrust.devices.devices.delete',
    method: 'DELETE',
    path: '/accounts/{account_id}/devices/physical-devices/{device_id}',
    pathParams: ['device_id'],
  },
  revoke: {
    id: 'zeroTrust.devices.devices.revoke',
    method: 'POST',
    path: '/accounts/{account_id}/devices/physical-devices/{device_id}/revoke',
    pathParams: ['device_id'],
  },
} satisfies Record<string, Endpoint>;

/**
 * Devices
 *
 * Physical WARP devices. A device can carry several registrations (one per user in multi-user mode).
 */
export class BaseDevices extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.devices`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'devices'] = [
    'zeroTrust',
    'devices',
    'devices',
  ];

  /**
   * List devices
   *
   * Lists WARP devices.
   *
   * `GET /accounts/{account_id}/devices/physical-devices`
   */
  list(params: DeviceListParams, options?: RequestOptions): PagePromise<DeviceListResponse> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get device
   *
   * Fetches a single WARP device.
   *
   * `GET /accounts/{account_id}/devices/physical-devices/{device_id}`
   */
  get(
    deviceID: string,
    params: DeviceGetParams,
    options?: RequestOptions,
  ): APIPromise<DeviceGetResponse> {
    return this._client.request(endpoints.get, [deviceID], params, options);
  }

  /**
   * Delete device
   *
   * Deletes a WARP device.
   *
   * `DELETE /accounts/{account_id}/devices/physical-devices/{device_id}`
   */
  delete(
    deviceID: string,
    params: DeviceDeleteParams,
    options?: RequestOptions,
  ): APIPromise<unknown | null> {
    return this._client.request(endpoints.delete, [deviceID], params, options);
  }

  /**
   * Revoke device registrations
   *
   * Revokes all WARP registrations associated with the specified device. Prefer "delete" operation instead, "revoke" does not release virtual IPs.
   *
   * `POST /accounts/{account_id}/devices/physical-devices/{device_id}/revoke`
   *
   * @deprecated Prefer "delete" operation instead, "revoke" does not release virtual IPs.
   */
  revoke(
    deviceID: string,
    params: DeviceRevokeParams,
    options?: RequestOptions,
  ): APIPromise<unknown | null> {
    return this._client.request(endpoints.revoke, [deviceID], params, options);
  }
}

/**
 * Devices
 *
 * Physical WARP devices. A device can carry several registrations (one per user in multi-user mode).
 */
export class Devices extends BaseDevices {}
