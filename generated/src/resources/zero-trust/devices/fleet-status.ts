// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  FleetStatusGetParams,
  FleetStatusGetResponse,
} from '../../../types/devices/fleet-status.js';

const endpoints = {
  get: {
    id: 'zeroTrust.devices.fleetStatus.get',
    method: 'GET',
    path: '/accounts/{account_id}/dex/devices/{device_id}/fleet-status/live',
    pathParams: ['device_id'],
    query: ['since_minutes', 'colo', 'time_now'],
  },
} satisfies Record<string, Endpoint>;

/**
 * Device fleet status
 *
 * The live status of a device, as DEX last recorded it: connectivity, WARP mode and tunnel statistics, and resource use.
 */
export class BaseFleetStatus extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.fleetStatus`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'fleetStatus'] = [
    'zeroTrust',
    'devices',
    'fleetStatus',
  ];

  /**
   * Get the live status of a latest device
   *
   * Get the latest status of a device given device_id from the device_state table.
   *
   * `GET /accounts/{account_id}/dex/devices/{device_id}/fleet-status/live`
   */
  get(
    deviceID: string,
    params: FleetStatusGetParams,
    options?: RequestOptions,
  ): APIPromise<FleetStatusGetResponse> {
    return this._client.request(endpoints.get, [deviceID], params, options);
  }
}

/**
 * Device fleet status
 *
 * The live status of a device, as DEX last recorded it: connectivity, WARP mode and tunnel statistics, and resource use.
 */
export class FleetStatus extends BaseFleetStatus {}
