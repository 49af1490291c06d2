// Generated from the YAML spec by `npm run generate`. Do not edit.
import {
  type APIPromise,
  APIResource,
  type Endpoint,
  type PagePromise,
  type RequestOptions,
} from '../../runtime/index.js';
import type {
  DeprecatedDeviceGetParams,
  DeprecatedDeviceGetResponse,
  DeprecatedDeviceListParams,
  Device,
} from '../../types/devices/devices.js';
import { DeploymentGroups } from './devices/deployment-groups.js';
import { DevicesDevices } from './devices/devices.js';
import { DexTests } from './devices/dex-tests.js';
import { FleetStatus } from './devices/fleet-status.js';
import { IpProfiles } from './devices/ip-profiles.js';
import { Networks } from './devices/networks.js';
import { OverrideCodes } from './devices/override-codes.js';
import { Policies } from './devices/policies.js';
import { Posture } from './devices/posture.js';
import { Registrations } from './devices/registrations.js';
import { Resilience } from './devices/resilience.js';
import { Revoke } from './devices/revoke.js';
import { Settings } from './devices/settings.js';
import { Unrevoke } from './devices/unrevoke.js';

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
export class Devices extends APIResource {
  readonly deploymentGroups: DeploymentGroups = new DeploymentGroups(this._client);
  readonly devices: DevicesDevices = new DevicesDevices(this._client);
  readonly dexTests: DexTests = new DexTests(this._client);
  readonly fleetStatus: FleetStatus = new FleetStatus(this._client);
  readonly ipProfiles: IpProfiles = new IpProfiles(this._client);
  readonly networks: Networks = new Networks(this._client);
  readonly overrideCodes: OverrideCodes = new OverrideCodes(this._client);
  readonly policies: Policies = new Policies(this._client);
  readonly posture: Posture = new Posture(this._client);
  readonly registrations: Registrations = new Registrations(this._client);
  readonly resilience: Resilience = new Resilience(this._client);
  readonly revoke: Revoke = new Revoke(this._client);
  readonly settings: Settings = new Settings(this._client);
  readonly unrevoke: Unrevoke = new Unrevoke(this._client);

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
