// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, RequestOptions } from '../../../../runtime/index.js';
import { APIResource } from '../../../../runtime/resource.js';
import type {
  GlobalWARPOverrideCreateParams,
  GlobalWARPOverrideCreateResponse,
  GlobalWARPOverrideGetParams,
  GlobalWARPOverrideGetResponse,
} from '../../../../types/devices/global-warp-override.js';

const endpoints = {
  get: {
    id: 'zeroTrust.devices.resilience.globalWARPOverride.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/resilience/disconnect',
  },
  create: {
    id: 'zeroTrust.devices.resilience.globalWARPOverride.create',
    method: 'POST',
    path: '/accounts/{account_id}/devices/resilience/disconnect',
    body: 'params',
  },
} satisfies Record<string, Endpoint>;

/**
 * Global WARP override
 *
 * The account-wide switch that disconnects all WARP devices of the account.
 */
export class BaseGlobalWARPOverride extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.resilience.globalWARPOverride`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'resilience', 'globalWARPOverride'] = [
    'zeroTrust',
    'devices',
    'resilience',
    'globalWARPOverride',
  ];

  /**
   * Retrieve Global WARP override state
   *
   * Fetch the Global WARP disconnect state.
   *
   * `GET /accounts/{account_id}/devices/resilience/disconnect`
   */
  get(
    params: GlobalWARPOverrideGetParams,
    options?: RequestOptions,
  ): APIPromise<GlobalWARPOverrideGetResponse | null> {
    return this._client.request(endpoints.get, [], params, options);
  }

  /**
   * Set Global WARP override state
   *
   * Sets the Global WARP disconnect state.
   *
   * `POST /accounts/{account_id}/devices/resilience/disconnect`
   */
  create(
    params: GlobalWARPOverrideCreateParams,
    options?: RequestOptions,
  ): APIPromise<GlobalWARPOverrideCreateResponse | null> {
    return this._client.request(endpoints.create, [], params, options);
  }
}

/**
 * Global WARP override
 *
 * The account-wide switch that disconnects all WARP devices of the account.
 */
export class GlobalWARPOverride extends BaseGlobalWARPOverride {}
