// Generated from the YAML spec by `npm run generate`. Do not edit.
import type {
  APIPromise,
  Endpoint,
  PagePromise,
  RequestOptions,
} from '../../../../runtime/index.js';
import { APIResource } from '../../../../runtime/resource.js';
import type {
  DevicePostureRule,
  PostureCreateParams,
  PostureDeleteParams,
  PostureDeleteResponse,
  PostureGetParams,
  PostureListParams,
  PostureUpdateParams,
} from '../../../../types/devices/posture/rules.js';
import { Integrations } from './integrations.js';

const endpoints = {
  list: {
    id: 'zeroTrust.devices.posture.list',
    method: 'GET',
    path: '/accounts/{account_id}/devices/posture',
    pagination: 'single',
  },
  get: {
    id: 'zeroTrust.devices.posture.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/posture/{rule_id}',
    pathParams: ['rule_id'],
  },
  create: {
    id: 'zeroTrust.devices.posture.create',
    method: 'POST',
    path: '/accounts/{account_id}/devices/posture',
    body: 'params',
  },
  update: {
    id: 'zeroTrust.devices.posture.update',
    method: 'PUT',
    path: '/accounts/{account_id}/devices/posture/{rule_id}',
    pathParams: ['rule_id'],
    body: 'params',
  },
  delete: {
    id: 'zeroTrust.devices.posture.delete',
    method: 'DELETE',
    path: '/accounts/{account_id}/devices/posture/{rule_id}',
    pathParams: ['rule_id'],
  },
} satisfies Record<string, Endpoint>;

/**
 * Device posture rules
 *
 * Device posture rules: checks on a device's state (files, applications, disk encryption, OS version, client certificates, third-party posture providers) that Access and Gateway policies can require.
 */
export class BasePosture extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.posture`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'posture'] = [
    'zeroTrust',
    'devices',
    'posture',
  ];

  /**
   * List device posture rules
   *
   * Fetches device posture rules for a Zero Trust account.
   *
   * `GET /accounts/{account_id}/devices/posture`
   */
  list(params: PostureListParams, options?: RequestOptions): PagePromise<DevicePostureRule> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get device posture rule details
   *
   * Fetches a single device posture rule.
   *
   * `GET /accounts/{account_id}/devices/posture/{rule_id}`
   */
  get(
    ruleID: string,
    params: PostureGetParams,
    options?: RequestOptions,
  ): APIPromise<DevicePostureRule | null> {
    return this._client.request(endpoints.get, [ruleID], params, options);
  }

  /**
   * Create a device posture rule
   *
   * Creates a new device posture rule.
   *
   * `POST /accounts/{account_id}/devices/posture`
   */
  create(
    params: PostureCreateParams,
    options?: RequestOptions,
  ): APIPromise<DevicePostureRule | null> {
    return this._client.request(endpoints.create, [], params, options);
  }

  /**
   * Update a device posture rule
   *
   * Updates a device posture rule.
   *
   * `PUT /accounts/{account_id}/devices/posture/{rule_id}`
   */
  update(
    ruleID: string,
    params: PostureUpdateParams,
    options?: RequestOptions,
  ): APIPromise<DevicePostureRule | null> {
    return this._client.request(endpoints.update, [ruleID], params, options);
  }

  /**
   * Delete a device posture rule
   *
   * Deletes a device posture rule.
   *
   * `DELETE /accounts/{account_id}/devices/posture/{rule_id}`
   */
  delete(
    ruleID: string,
    params: PostureDeleteParams,
    options?: RequestOptions,
  ): APIPromise<PostureDeleteResponse | null> {
    return this._client.request(endpoints.delete, [ruleID], params, options);
  }
}

/**
 * Device posture rules
 *
 * Device posture rules: checks on a device's state (files, applications, disk encryption, OS version, client certificates, third-party posture providers) that Access and Gateway policies can require.
 */
export class Posture extends BasePosture {
  readonly integrations: Integrations = new Integrations(this._client);
}
