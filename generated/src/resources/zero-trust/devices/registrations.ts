// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, PagePromise, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  RegistrationBulkDeleteParams,
  RegistrationDeleteParams,
  RegistrationGetParams,
  RegistrationGetResponse,
  RegistrationListParams,
  RegistrationListResponse,
  RegistrationRevokeParams,
  RegistrationUnrevokeParams,
} from '../../../types/devices/registrations.js';

const endpoints = {
  list: {
    id: 'zeroTrust.devices.registrations.list',
    method: 'GET',
    path: '/accounts/{account_id}/devices/registrations',
    query: [
      'id',
      'device',
      'include',
      'policy',
      'registration_type',
      'search',
      'seen_after',
      'seen_before',
      'sort_by',
      'sort_order',
      'status',
      'user',
    ],
    pagination: 'cursor',
  },
  get: {
    id: 'zeroTrust.devices.registrations.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/registrations/{registration_id}',
    pathParams: ['registration_id'],
    query: ['include'],
  },
  delete: {
    id: 'zeroTrust.devices.registrations.delete',
    method: 'DELETE',
    path: '/accounts/{account_id}/devices/registrations/{registration_id}',
    pathParams: ['registration_id'],
  },
  bulkDelete: {
    id: 'zeroTrust.devices.registrations.bulkDelete',
    method: 'DELETE',
    path: '/accounts/{account_id}/devices/registrations',
    query: ['id'],
  },
  revoke: {
    id: 'zeroTrust.devices.registrations.revoke',
    method: 'POST',
    path: '/accounts/{account_id}/devices/registrations/revoke',
    query: ['id'],
  },
  unrevoke: {
    id: 'zeroTrust.devices.registrations.unrevoke',
    method: 'POST',
    path: '/accounts/{account_id}/devices/registrations/unrevoke',
    query: ['id'],
  },
} satisfies Record<string, Endpoint>;

/**
 * Registrations
 *
 * WARP registrations: the WARP configuration of one user on one device.
 */
export class BaseRegistrations extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.registrations`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'registrations'] = [
    'zeroTrust',
    'devices',
    'registrations',
  ];

  /**
   * List registrations
   *
   * Lists WARP registrations.
   *
   * `GET /accounts/{account_id}/devices/registrations`
   */
  list(
    params: RegistrationListParams,
    options?: RequestOptions,
  ): PagePromise<RegistrationListResponse> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get registration
   *
   * Fetches a single WARP registration.
   *
   * `GET /accounts/{account_id}/devices/registrations/{registration_id}`
   */
  get(
    registrationID: string,
    params: RegistrationGetParams,
    options?: RequestOptions,
  ): APIPromise<RegistrationGetResponse> {
    return this._client.request(endpoints.get, [registrationID], params, options);
  }

  /**
   * Delete registration
   *
   * Deletes a WARP registration.
   *
   * `DELETE /accounts/{account_id}/devices/registrations/{registration_id}`
   */
  delete(
    registrationID: string,
    params: RegistrationDeleteParams,
    options?: RequestOptions,
  ): APIPromise<unknown | null> {
    return this._client.request(endpoints.delete, [registrationID], params, options);
  }

  /**
   * Delete registrations
   *
   * Deletes a list of WARP registrations.
   *
   * `DELETE /accounts/{account_id}/devices/registrations`
   */
  bulkDelete(
    params: RegistrationBulkDeleteParams,
    options?: RequestOptions,
  ): APIPromise<unknown | null> {
    return this._client.request(endpoints.bulkDelete, [], params, options);
  }

  /**
   * Revoke registrations
   *
   * Revokes a list of WARP registrations. Prefer "delete" operation instead, "revoke" does not release virtual IPs.
   *
   * `POST /accounts/{account_id}/devices/registrations/revoke`
   *
   * @deprecated Prefer "delete" operation instead, "revoke" does not release virtual IPs.
   */
  revoke(params: RegistrationRevokeParams, options?: RequestOptions): APIPromise<unknown | null> {
    return this._client.request(endpoints.revoke, [], params, options);
  }

  /**
   * Unrevoke registrations
   *
   * Unrevokes a list of WARP registrations.
   *
   * `POST /accounts/{account_id}/devices/registrations/unrevoke`
   *
   * @deprecated
   */
  unrevoke(
    params: RegistrationUnrevokeParams,
    options?: RequestOptions,
  ): APIPromise<unknown | null> {
    return this._client.request(endpoints.unrevoke, [], params, options);
  }
}

/**
 * Registrations
 *
 * WARP registrations: the WARP configuration of one user on one device.
 */
export class Registrations extends BaseRegistrations {}
