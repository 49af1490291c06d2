// Generated from the YAML spec by `npm run generate`. Do not edit.
import type {
  APIPromise,
  Endpoint,
  PagePromise,
  RequestOptions,
} from '../../../../../runtime/index.js';
import { APIResource } from '../../../../../runtime/resource.js';
import type {
  CustomPolicyCreateParams,
  CustomPolicyDeleteParams,
  CustomPolicyEditParams,
  CustomPolicyGetParams,
  CustomPolicyListParams,
} from '../../../../../types/devices/policies/custom.js';
import type { DevicePolicySettingsPolicy } from '../../../../../types/devices/policies/models.js';
import { Excludes } from './excludes.js';
import { FallbackDomains } from './fallback-domains.js';
import { Includes } from './includes.js';

const endpoints = {
  list: {
    id: 'zeroTrust.devices.policies.custom.list',
    method: 'GET',
    path: '/accounts/{account_id}/devices/policies',
    query: ['profile_type'],
    pagination: 'single',
  },
  get: {
    id: 'zeroTrust.devices.policies.custom.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/policy/{policy_id}',
    pathParams: ['policy_id'],
  },
  create: {
    id: 'zeroTrust.devices.policies.custom.create',
    method: 'POST',
    path: '/accounts/{account_id}/devices/policy',
    body: 'params',
  },
  edit: {
    id: 'zeroTrust.devices.policies.custom.edit',
    method: 'PATCH',
    path: '/accounts/{account_id}/devices/policy/{policy_id}',
    pathParams: ['policy_id'],
    body: 'params',
  },
  delete: {
    id: 'zeroTrust.devices.policies.custom.delete',
    method: 'DELETE',
    path: '/accounts/{account_id}/devices/policy/{policy_id}',
    pathParams: ['policy_id'],
    pagination: 'single',
  },
} satisfies Record<string, Endpoint>;

/**
 * Device settings profiles
 *
 * Custom device settings profiles: WARP client settings applied to the devices that match each profile's expression, in order of precedence.
 */
export class BaseCustom extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.policies.custom`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'policies', 'custom'] = [
    'zeroTrust',
    'devices',
    'policies',
    'custom',
  ];

  /**
   * List device settings profiles
   *
   * Fetches a list of the device settings profiles for an account.
   *
   * `GET /accounts/{account_id}/devices/policies`
   */
  list(
    params: CustomPolicyListParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicySettingsPolicy> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get device settings profile by ID
   *
   * Fetches a device settings profile by ID.
   *
   * `GET /accounts/{account_id}/devices/policy/{policy_id}`
   */
  get(
    policyID: string,
    params: CustomPolicyGetParams,
    options?: RequestOptions,
  ): APIPromise<DevicePolicySettingsPolicy | null> {
    return this._client.request(endpoints.get, [policyID], params, options);
  }

  /**
   * Create a device settings profile
   *
   * Creates a device settings profile to be applied to certain devices matching the criteria.
   *
   * `POST /accounts/{account_id}/devices/policy`
   */
  create(
    params: CustomPolicyCreateParams,
    options?: RequestOptions,
  ): APIPromise<DevicePolicySettingsPolicy | null> {
    return this._client.request(endpoints.create, [], params, options);
  }

  /**
   * Update a device settings profile
   *
   * Updates a configured device settings profile.
   *
   * `PATCH /accounts/{account_id}/devices/policy/{policy_id}`
   */
  edit(
    policyID: string,
    params: CustomPolicyEditParams,
    options?: RequestOptions,
  ): APIPromise<DevicePolicySettingsPolicy | null> {
    return this._client.request(endpoints.edit, [policyID], params, options);
  }

  /**
   * Delete a device settings profile
   *
   * Deletes a device settings profile and fetches a list of the remaining profiles for an account.
   *
   * `DELETE /accounts/{account_id}/devices/policy/{policy_id}`
   */
  delete(
    policyID: string,
    params: CustomPolicyDeleteParams,
    options?: RequestOptions,
  ): PagePromise<DevicePolicySettingsPolicy> {
    return this._client.requestPage(endpoints.delete, [policyID], params, options);
  }
}

/**
 * Device settings profiles
 *
 * Custom device settings profiles: WARP client settings applied to the devices that match each profile's expression, in order of precedence.
 */
export class Custom extends BaseCustom {
  readonly excludes: Excludes = new Excludes(this._client);
  readonly fallbackDomains: FallbackDomains = new FallbackDomains(this._client);
  readonly includes: Includes = new Includes(this._client);
}
