// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  DeviceSettings,
  SettingDeleteParams,
  SettingEditParams,
  SettingGetParams,
  SettingUpdateParams,
} from '../../../types/devices/settings.js';

const endpoints = {
  get: {
    id: 'zeroTrust.devices.settings.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/settings',
  },
  update: {
    id: 'zeroTrust.devices.settings.update',
    method: 'PUT',
    path: '/accounts/{account_id}/devices/settings',
    body: 'params',
  },
  edit: {
    id: 'zeroTrust.devices.settings.edit',
    method: 'PATCH',
    path: '/accounts/{account_id}/devices/settings',
    body: 'params',
  },
  delete: {
    id: 'zeroTrust.devices.settings.delete',
    method: 'DELETE',
    path: '/accounts/{account_id}/devices/settings',
  },
} satisfies Record<string, Endpoint>;

/**
 * Device settings
 *
 * Account-wide device settings of Zero Trust: Gateway proxying, the Cloudflare root certificate, the virtual IP and the external emergency disconnect.
 */
export class BaseSettings extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.settings`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'settings'] = [
    'zeroTrust',
    'devices',
    'settings',
  ];

  /**
   * Get device settings for a Zero Trust account
   *
   * Describes the current device settings for a Zero Trust account.
   *
   * `GET /accounts/{account_id}/devices/settings`
   */
  get(params: SettingGetParams, options?: RequestOptions): APIPromise<DeviceSettings | null> {
    return this._client.request(endpoints.get, [], params, options);
  }

  /**
   * Update device settings for a Zero Trust account
   *
   * Deprecated: use "PATCH /accounts/{account_id}/devices/settings" instead
   *
   * `PUT /accounts/{account_id}/devices/settings`
   *
   * @deprecated Use `edit` (PATCH /accounts/{account_id}/devices/settings) instead.
   */
  update(params: SettingUpdateParams, options?: RequestOptions): APIPromise<DeviceSettings | null> {
    return this._client.request(endpoints.update, [], params, options);
  }

  /**
   * Patch device settings for a Zero Trust account
   *
   * Updates the device settings for a Zero Trust account.
   *
   * `PATCH /accounts/{account_id}/devices/settings`
   */
  edit(params: SettingEditParams, options?: RequestOptions): APIPromise<DeviceSettings | null> {
    return this._client.request(endpoints.edit, [], params, options);
  }

  /**
   * Reset device settings for a Zero Trust account with defaults. This turns off all proxying.
   *
   * Resets the current device settings for a Zero Trust account.
   *
   * `DELETE /accounts/{account_id}/devices/settings`
   */
  delete(params: SettingDeleteParams, options?: RequestOptions): APIPromise<DeviceSettings | null> {
    return this._client.request(endpoints.delete, [], params, options);
  }
}

/**
 * Device settings
 *
 * Account-wide device settings of Zero Trust: Gateway proxying, the Cloudflare root certificate, the virtual IP and the external emergency disconnect.
 */
export class Settings extends BaseSettings {}
