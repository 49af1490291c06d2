// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, PagePromise, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  IPProfile,
  IPProfileCreateParams,
  IPProfileDeleteParams,
  IPProfileDeleteResponse,
  IPProfileGetParams,
  IPProfileListParams,
  IPProfileUpdateParams,
} from '../../../types/devices/ip-profiles.js';

const endpoints = {
  list: {
    id: 'zeroTrust.devices.ipProfiles.list',
    method: 'GET',
    path: '/accounts/{account_id}/devices/ip-profiles',
    pagination: 'page',
  },
  get: {
    id: 'zeroTrust.devices.ipProfiles.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/ip-profiles/{profile_id}',
    pathParams: ['profile_id'],
  },
  create: {
    id: 'zeroTrust.devices.ipProfiles.create',
    method: 'POST',
    path: '/accounts/{account_id}/devices/ip-profiles',
    body: 'params',
  },
  update: {
    id: 'zeroTrust.devices.ipProfiles.update',
    method: 'PATCH',
    path: '/accounts/{account_id}/devices/ip-profiles/{profile_id}',
    pathParams: ['profile_id'],
    body: 'params',
  },
  delete: {
    id: 'zeroTrust.devices.ipProfiles.delete',
    method: 'DELETE',
    path: '/accounts/{account_id}/devices/ip-profiles/{profile_id}',
    pathParams: ['profile_id'],
  },
} satisfies Record<string, Endpoint>;

/**
 * IP profiles
 *
 * WARP Device IP profiles: which Device subnet a registration's device IP comes from, chosen by a wirefilter expression and a precedence.
 */
export class BaseIPProfiles extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.ipProfiles`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'ipProfiles'] = [
    'zeroTrust',
    'devices',
    'ipProfiles',
  ];

  /**
   * List IP profiles
   *
   * Lists WARP Device IP profiles.
   *
   * `GET /accounts/{account_id}/devices/ip-profiles`
   */
  list(params: IPProfileListParams, options?: RequestOptions): PagePromise<IPProfile> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get IP profile
   *
   * Fetches a single WARP Device IP profile.
   *
   * `GET /accounts/{account_id}/devices/ip-profiles/{profile_id}`
   */
  get(
    profileID: string,
    params: IPProfileGetParams,
    options?: RequestOptions,
  ): APIPromise<IPProfile> {
    return this._client.request(endpoints.get, [profileID], params, options);
  }

  /**
   * Create IP profile
   *
   * Creates a WARP Device IP profile. Currently, only IPv4 Device subnets can be associated.
   *
   * `POST /accounts/{account_id}/devices/ip-profiles`
   */
  create(params: IPProfileCreateParams, options?: RequestOptions): APIPromise<IPProfile> {
    return this._client.request(endpoints.create, [], params, options);
  }

  /**
   * Update IP profile
   *
   * Updates a WARP Device IP profile. Currently, only IPv4 Device subnets can be associated.
   *
   * `PATCH /accounts/{account_id}/devices/ip-profiles/{profile_id}`
   */
  update(
    profileID: string,
    params: IPProfileUpdateParams,
    options?: RequestOptions,
  ): APIPromise<IPProfile> {
    return this._client.request(endpoints.update, [profileID], params, options);
  }

  /**
   * Delete IP profile
   *
   * Delete a WARP Device IP profile.
   *
   * `DELETE /accounts/{account_id}/devices/ip-profiles/{profile_id}`
   */
  delete(
    profileID: string,
    params: IPProfileDeleteParams,
    options?: RequestOptions,
  ): APIPromise<IPProfileDeleteResponse> {
    return this._client.request(endpoints.delete, [profileID], params, options);
  }
}

/**
 * IP profiles
 *
 * WARP Device IP profiles: which Device subnet a registration's device IP comes from, chosen by a wirefilter expression and a precedence.
 */
export class IPProfiles extends BaseIPProfiles {}
