// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, PagePromise, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  GroupCreateParams,
  GroupCreateResponse,
  GroupDeleteParams,
  GroupDeleteResponse,
  GroupGetParams,
  GroupGetResponse,
  GroupListParams,
  GroupListResponse,
  GroupUpdateParams,
  GroupUpdateResponse,
} from '../../../types/access/groups.js';

const endpoints = {
  list: {
    id: 'zeroTrust.access.groups.list',
    method: 'GET',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/groups',
    query: ['name', 'search'],
    pagination: 'page',
  },
  get: {
    id: 'zeroTrust.access.groups.get',
    method: 'GET',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}',
    pathParams: ['group_id'],
  },
  create: {
    id: 'zeroTrust.access.groups.create',
    method: 'POST',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/groups',
    body: 'params',
  },
  update: {
    id: 'zeroTrust.access.groups.update',
    method: 'PUT',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}',
    pathParams: ['group_id'],
    body: 'params',
  },
  delete: {
    id: 'zeroTrust.access.groups.delete',
    method: 'DELETE',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}',
    pathParams: ['group_id'],
  },
} satisfies Record<string, Endpoint>;

/**
 * Access groups
 *
 * Access groups: named sets of Access rules (include, exclude and require) that Access policies can reuse.
 */
export class BaseGroups extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.access.groups`. */
  static readonly _key: readonly ['zeroTrust', 'access', 'groups'] = [
    'zeroTrust',
    'access',
    'groups',
  ];

  /**
   * List Access groups
   *
   * Lists all Access groups.
   *
   * `GET /{accounts_or_zones}/{account_or_zone_id}/access/groups`
   */
  list(params: GroupListParams, options?: RequestOptions): PagePromise<GroupListResponse> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get an Access group
   *
   * Fetches a single Access group.
   *
   * `GET /{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}`
   */
  get(
    groupID: string,
    params: GroupGetParams,
    options?: RequestOptions,
  ): APIPromise<GroupGetResponse> {
    return this._client.request(endpoints.get, [groupID], params, options);
  }

  /**
   * Create an Access group
   *
   * Creates a new Access group.
   *
   * `POST /{accounts_or_zones}/{account_or_zone_id}/access/groups`
   */
  create(params: GroupCreateParams, options?: RequestOptions): APIPromise<GroupCreateResponse> {
    return this._client.request(endpoints.create, [], params, options);
  }

  /**
   * Update an Access group
   *
   * Updates a configured Access group.
   *
   * `PUT /{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}`
   */
  update(
    groupID: string,
    params: GroupUpdateParams,
    options?: RequestOptions,
  ): APIPromise<GroupUpdateResponse> {
    return this._client.request(endpoints.update, [groupID], params, options);
  }

  /**
   * Delete an Access group
   *
   * Deletes an Access group.
   *
   * `DELETE /{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}`
   */
  delete(
    groupID: string,
    params: GroupDeleteParams,
    options?: RequestOptions,
  ): APIPromise<GroupDeleteResponse> {
    return this._client.request(endpoints.delete, [groupID], params, options);
  }
}

/**
 * Access groups
 *
 * Access groups: named sets of Access rules (include, exclude and require) that Access policies can reuse.
 */
export class Groups extends BaseGroups {}
