// Generated from the YAML spec by `npm run generate`. Do not edit.
import type {
  APIPromise,
  Endpoint,
  PagePromise,
  RequestOptions,
} from '../../../../runtime/index.js';
import { APIResource } from '../../../../runtime/resource.js';
import type {
  DevicePostureIntegration,
  IntegrationCreateParams,
  IntegrationDeleteParams,
  IntegrationDeleteResponse,
  IntegrationEditParams,
  IntegrationGetParams,
  IntegrationListParams,
} from '../../../../types/devices/posture/integrations.js';

const endpoints = {
  list: {
    id: 'zeroTrust.devices.posture.integrations.list',
    method: 'GET',
    path: '/accounts/{account_id}/devices/posture/integration',
    pagination: 'single',
  },
  get: {
    id: 'zeroTrust.devices.posture.integrations.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/posture/integration/{integration_id}',
    pathParams: ['integration_id'],
  },
  create: {
    id: 'zeroTrust.devices.posture.integrations.create',
    method: 'POST',
    path: '/accounts/{account_id}/devices/posture/integration',
    body: 'params',
  },
  edit: {
    id: 'zeroTrust.devices.posture.integrations.edit',
    method: 'PATCH',
    path: '/accounts/{account_id}/devices/posture/integration/{integration_id}',
    pathParams: ['integration_id'],
    body: 'params',
  },
  delete: {
    id: 'zeroTrust.devices.posture.integrations.delete',
    method: 'DELETE',
    path: '/accounts/{account_id}/devices/posture/integration/{integration_id}',
    pathParams: ['integration_id'],
  },
} satisfies Record<string, Endpoint>;

/**
 * Device posture integrations
 *
 * Device posture integrations: connections to third-party device posture providers whose results device posture rules can check.
 */
export class BaseIntegrations extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.posture.integrations`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'posture', 'integrations'] = [
    'zeroTrust',
    'devices',
    'posture',
    'integrations',
  ];

  /**
   * List your device posture integrations
   *
   * Fetches the list of device posture integrations for an account.
   *
   * `GET /accounts/{account_id}/devices/posture/integration`
   */
  list(
    params: IntegrationListParams,
    options?: RequestOptions,
  ): PagePromise<DevicePostureIntegration> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get device posture integration details
   *
   * Fetches details for a single device posture integration.
   *
   * `GET /accounts/{account_id}/devices/posture/integration/{integration_id}`
   */
  get(
    integrationID: string,
    params: IntegrationGetParams,
    options?: RequestOptions,
  ): APIPromise<DevicePostureIntegration | null> {
    return this._client.request(endpoints.get, [integrationID], params, options);
  }

  /**
   * Create a device posture integration
   *
   * Create a new device posture integration.
   *
   * `POST /accounts/{account_id}/devices/posture/integration`
   */
  create(
    params: IntegrationCreateParams,
    options?: RequestOptions,
  ): APIPromise<DevicePostureIntegration | null> {
    return this._client.request(endpoints.create, [], params, options);
  }

  /**
   * Update a device posture integration
   *
   * Updates a configured device posture integration.
   *
   * `PATCH /accounts/{account_id}/devices/posture/integration/{integration_id}`
   */
  edit(
    integrationID: string,
    params: IntegrationEditParams,
    options?: RequestOptions,
  ): APIPromise<DevicePostureIntegration | null> {
    return this._client.request(endpoints.edit, [integrationID], params, options);
  }

  /**
   * Delete a device posture integration
   *
   * Delete a configured device posture integration.
   *
   * `DELETE /accounts/{account_id}/devices/posture/integration/{integration_id}`
   */
  delete(
    integrationID: string,
    params: IntegrationDeleteParams,
    options?: RequestOptions,
  ): APIPromise<IntegrationDeleteResponse | null> {
    return this._client.request(endpoints.delete, [integrationID], params, options);
  }
}

/**
 * Device posture integrations
 *
 * Device posture integrations: connections to third-party device posture providers whose results device posture rules can check.
 */
export class Integrations extends BaseIntegrations {}
