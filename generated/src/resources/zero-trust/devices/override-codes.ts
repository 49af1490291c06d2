// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  OverrideCodeGetParams,
  OverrideCodeGetResponse,
  OverrideCodeListParams,
  OverrideCodeListResponse,
} from '../../../types/devices/override-codes.js';

const endpoints = {
  list: {
    id: 'zeroTrust.devices.overrideCodes.list',
    method: 'GET',
    path: '/accounts/{account_id}/devices/{device_id}/override_codes',
    pathParams: ['device_id'],
  },
  get: {
    id: 'zeroTrust.devices.overrideCodes.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/registrations/{registration_id}/override_codes',
    pathParams: ['registration_id'],
  },
} satisfies Record<string, Endpoint>;

/**
 * Override codes
 *
 * One-time use admin override codes, which let a user turn WARP off when the Admin Override setting is enabled in the device configuration.
 */
export class BaseOverrideCodes extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.overrideCodes`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'overrideCodes'] = [
    'zeroTrust',
    'devices',
    'overrideCodes',
  ];

  /**
   * Get override codes (deprecated)
   *
   * Fetches a one-time use admin override code for a device. This relies on the Admin Override setting being enabled in your device configuration. Not supported when multi-user mode is enabled for the account. Deprecated: use GET /accounts/{account_id}/devices/registrations/{registration_id}/override_codes instead.
   *
   * `GET /accounts/{account_id}/devices/{device_id}/override_codes`
   *
   * @deprecated Use GET /accounts/{account_id}/devices/registrations/{registration_id}/override_codes (overrideCodes.get) instead.
   */
  list(
    deviceID: string,
    params: OverrideCodeListParams,
    options?: RequestOptions,
  ): APIPromise<OverrideCodeListResponse | null> {
    return this._client.request(endpoints.list, [deviceID], params, options);
  }

  /**
   * Get override codes
   *
   * Fetches one-time use admin override codes for a registration. This relies on the Admin Override setting being enabled in your device configuration.
   *
   * `GET /accounts/{account_id}/devices/registrations/{registration_id}/override_codes`
   */
  get(
    registrationID: string,
    params: OverrideCodeGetParams,
    options?: RequestOptions,
  ): APIPromise<OverrideCodeGetResponse> {
    return this._client.request(endpoints.get, [registrationID], params, options);
  }
}

/**
 * Override codes
 *
 * One-time use admin override codes, which let a user turn WARP off when the Admin Override setting is enabled in the device configuration.
 */
export class OverrideCodes extends BaseOverrideCodes {}
