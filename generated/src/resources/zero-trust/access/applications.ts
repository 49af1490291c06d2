// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, PagePromise, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  ApplicationCreateParams,
  ApplicationCreateResponse,
  ApplicationDeleteParams,
  ApplicationDeleteResponse,
  ApplicationGetParams,
  ApplicationGetResponse,
  ApplicationListParams,
  ApplicationListResponse,
  ApplicationUpdateParams,
  ApplicationUpdateResponse,
} from '../../../types/access/applications.js';

const endpoints = {
  list: {
    id: 'zeroTrust.access.applications.list',
    method: 'GET',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/apps',
    query: ['aud', 'domain', 'exact', 'name', 'search', 'target_attributes'],
    pagination: 'page',
  },
  get: {
    id: 'zeroTrust.access.applications.get',
    method: 'GET',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/apps/{app_id}',
    pathParams: ['app_id'],
  },
  create: {
    id: 'zeroTrust.access.applications.create',
    method: 'POST',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/apps',
    body: 'params',
  },
  update: {
    id: 'zeroTrust.access.applications.update',
    method: 'PUT',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/apps/{app_id}',
    pathParams: ['app_id'],
    body: 'params',
  },
  delete: {
    id: 'zeroTrust.access.applications.delete',
    method: 'DELETE',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/apps/{app_id}',
    pathParams: ['app_id'],
  },
} satisfies Record<string, Endpoint>;

/**
 * Access applications
 *
 * Access applications: the self-hosted, SaaS, browser-rendered, infrastructure, MCP and other resources that Access protects, with the policies that decide who reaches them.
 */
export class BaseApplications extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.access.applications`. */
  static readonly _key: readonly ['zeroTrust', 'access', 'applications'] = [
    'zeroTrust',
    'access',
    'applications',
  ];

  /**
   * List Access applications
   *
   * Lists all Access applications in an account or zone.
   *
   * `GET /{accounts_or_zones}/{account_or_zone_id}/access/apps`
   */
  list(
    params: ApplicationListParams,
    options?: RequestOptions,
  ): PagePromise<ApplicationListResponse> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get an Access application
   *
   * Fetches information about an Access application.
   *
   * `GET /{accounts_or_zones}/{account_or_zone_id}/access/apps/{app_id}`
   */
  get(
    appID: string,
    params: ApplicationGetParams,
    options?: RequestOptions,
  ): APIPromise<ApplicationGetResponse> {
    return this._client.request(endpoints.get, [appID], params, options);
  }

  /**
   * Add an Access application
   *
   * Adds a new application to Access.
   *
   * `POST /{accounts_or_zones}/{account_or_zone_id}/access/apps`
   */
  create(
    params: ApplicationCreateParams,
    options?: RequestOptions,
  ): APIPromise<ApplicationCreateResponse> {
    return this._client.request(endpoints.create, [], params, options);
  }

  /**
   * Update an Access application
   *
   * Updates an Access application.
   *
   * `PUT /{accounts_or_zones}/{account_or_zone_id}/access/apps/{app_id}`
   */
  update(
    appID: string,
    params: ApplicationUpdateParams,
    options?: RequestOptions,
  ): APIPromise<ApplicationUpdateResponse> {
    return this._client.request(endpoints.update, [appID], params, options);
  }

  /**
   * Delete an Access application
   *
   * Deletes an application from Access.
   *
   * `DELETE /{accounts_or_zones}/{account_or_zone_id}/access/apps/{app_id}`
   */
  delete(
    appID: string,
    params: ApplicationDeleteParams,
    options?: RequestOptions,
  ): APIPromise<ApplicationDeleteResponse> {
    return this._client.request(endpoints.delete, [appID], params, options);
  }
}

/**
 * Access applications
 *
 * Access applications: the self-hosted, SaaS, browser-rendered, infrastructure, MCP and other resources that Access protects, with the policies that decide who reaches them.
 */
export class Applications extends BaseApplications {}
