// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, PagePromise, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  DeprecatedDeviceGetParams,
  DeprecatedDeviceGetResponse,
  DeprecatedDeviceListParams,
  Device,
} from '../../../types/devices/devices.js';
import { DeploymentGroups } from './deployment-groups.js';
import { Devices as DevicesOfDevices } from './devices_.js';
import { DEXTests } from './dex-tests.js';
import { FleetStatus } from './fleet-status.js';
import { IPProfiles } from './ip-profiles.js';
import { Networks } from './networks.js';
import { OverrideCodes } from './override-codes.js';
import { Policies } from './policies/policies.js';
import { Posture } from './posture/posture.js';
import { Registrations } from './registrations.js';
import { Resilience } from './resilience/resilience.js';
import { Revoke } from './revoke.js';
import { Settings } from './settings.js';
import { Unrevoke } from './unrevoke.js';

const endpoints = {
  list: {
    id: 'zeroTrust.devices.list',
    method: 'GET',
    path: '/accounts/{account_id}/devices',
    pagination: 'single',
  },
  get: {
    id: 'zeroTrust.devices.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/{device_id}',
    pathParams: ['device_id'],
  },
} satisfies Record<string, Endpoint>;

/**
 * Devices (deprecated)
 *
 * The original WARP device endpoints, superseded by physical devices (zeroTrust.devices.devices) and registrations (zeroTrust.devices.registrations).
 */
export class BaseDevices extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices`. */
  static readonly _key: readonly ['zeroTrust', 'devices'] = ['zeroTrust', 'devices'];

  /**
   * List devices (deprecated)
   *
   * List WARP devices. Not supported when multi-user mode is enabled for the account. Deprecated: use GET /accounts/{account_id}/devices/physical-devices or GET /accounts/{account_id}/devices/registrations instead.
   *
   * `GET /accounts/{account_id}/devices`
   *
   * @deprecated
   */
  list(params: DeprecatedDeviceListParams, options?: RequestOptions): PagePromise<Device> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get device (deprecated)
   *
   * Fetches a single WARP device. Not supported when multi-user mode is enabled for the account. Deprecated: use GET /accounts/{account_id}/devices/physical-devices/{device_id} or GET /accounts/{account_id}/devices/registrations/{registration_id} instead.
   *
   * `GET /accounts/{account_id}/devices/{device_id}`
   *
   * @deprecated
   */
  get(
    deviceID: string,
    params: DeprecatedDeviceGetParams,
    options?: RequestOptions,
  ): APIPromise<DeprecatedDeviceGetResponse | null> {
    return this._client.request(endpoints.get, [deviceID], params, options);
  }
}

/**
 * Devices (deprecated)
 *
 * The original WARP device endpoints, superseded by physical devices (zeroTrust.devices.devices) and registrations (zeroTrust.devices.registrations).
 */
export class Devices extends BaseDevices {
  readonly deploymentGroups: DeploymentGroups = new DeploymentGroups(this._client);
  readonly devices: DevicesOfDevices = new DevicesOfDevices(this._client);
  readonly dexTests: DEXTests = new DEXTests(this._client);
  readonly fleetStatus: FleetStatus = new FleetStatus(this._client);
  readonly ipProfiles: IPProfiles = new IPProfiles(this._client);
  readonly networks: Networks = new Networks(this._client);
  readonly overrideCodes: OverrideCodes = new OverrideCodes(this._client);
  readonly policies: Policies = new Policies(this._client);
  readonly posture: Posture = new Posture(this._client);
  readonly registrations: Registrations = new Registrations(this._client);
  readonly resilience: Resilience = new Resilience(this._client);
  readonly revoke: Revoke = new Revoke(this._client);
  readonly settings: Settings = new Settings(this._client);
  readonly unrevoke: Unrevoke = new Unrevoke(this._client);
}
