// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, PagePromise, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  DeploymentGroup,
  DeploymentGroupCreateParams,
  DeploymentGroupDeleteParams,
  DeploymentGroupDeleteResponse,
  DeploymentGroupEditParams,
  DeploymentGroupGetParams,
  DeploymentGroupListParams,
} from '../../../types/devices/deployment-groups.js';

const endpoints = {
  create: {
    id: 'zeroTrust.devices.deploymentGroups.create',
    method: 'POST',
    path: '/accounts/{account_id}/devices/deployment-groups',
    body: 'params',
  },
  list: {
    id: 'zeroTrust.devices.deploymentGroups.list',
    method: 'GET',
    path: '/accounts/{account_id}/devices/deployment-groups',
    pagination: 'page',
  },
  get: {
    id: 'zeroTrust.devices.deploymentGroups.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/deployment-groups/{group_id}',
    pathParams: ['group_id'],
  },
  edit: {
    id: 'zeroTrust.devices.deploymentGroups.edit',
    method: 'PATCH',
    path: '/accounts/{account_id}/devices/deployment-groups/{group_id}',
    pathParams: ['group_id'],
    body: 'params',
  },
  delete: {
    id: 'zeroTrust.devices.deploymentGroups.delete',
    method: 'DELETE',
    path: '/accounts/{account_id}/devices/deployment-groups/{group_id}',
    pathParams: ['group_id'],
  },
} satisfies Record<string, Endpoint>;

/**
 * Deployment groups
 *
 * Use deployment groups to assign target WARP client versions to specific devices. In Beta.
 */
export class BaseDeploymentGroups extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.deploymentGroups`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'deploymentGroups'] = [
    'zeroTrust',
    'devices',
    'deploymentGroups',
  ];

  /**
   * Create deployment group
   *
   * Creates a new deployment group. Policy IDs must be unique across all deployment groups. This endpoint is in Beta.
   *
   * `POST /accounts/{account_id}/devices/deployment-groups`
   */
  create(
    params: DeploymentGroupCreateParams,
    options?: RequestOptions,
  ): APIPromise<DeploymentGroup> {
    return this._client.request(endpoints.create, [], params, options);
  }

  /**
   * List deployment groups
   *
   * Lists all deployment groups for an account. Use deployment groups to assign target WARP client versions to specific devices. This endpoint is in Beta.
   *
   * `GET /accounts/{account_id}/devices/deployment-groups`
   */
  list(params: DeploymentGroupListParams, options?: RequestOptions): PagePromise<DeploymentGroup> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get deployment group
   *
   * Fetches a single deployment group by its ID. This endpoint is in Beta.
   *
   * `GET /accounts/{account_id}/devices/deployment-groups/{group_id}`
   */
  get(
    groupID: string,
    params: DeploymentGroupGetParams,
    options?: RequestOptions,
  ): APIPromise<DeploymentGroup> {
    return this._client.request(endpoints.get, [groupID], params, options);
  }

  /**
   * Update deployment group
   *
   * Updates a deployment group. Returns 409 if any newly added policy IDs already belong to another deployment group. This endpoint is in Beta.
   *
   * `PATCH /accounts/{account_id}/devices/deployment-groups/{group_id}`
   */
  edit(
    groupID: string,
    params: DeploymentGroupEditParams,
    options?: RequestOptions,
  ): APIPromise<DeploymentGroup> {
    return this._client.request(endpoints.edit, [groupID], params, options);
  }

  /**
   * Delete deployment group
   *
   * Deletes a deployment group. Associated policies no longer apply and devices stop receiving version targets. This endpoint is in Beta.
   *
   * `DELETE /accounts/{account_id}/devices/deployment-groups/{group_id}`
   */
  delete(
    groupID: string,
    params: DeploymentGroupDeleteParams,
    options?: RequestOptions,
  ): APIPromise<DeploymentGroupDeleteResponse> {
    return this._client.request(endpoints.delete, [groupID], params, options);
  }
}

/**
 * Deployment groups
 *
 * Use deployment groups to assign target WARP client versions to specific devices. In Beta.
 */
export class DeploymentGroups extends BaseDeploymentGroups {}
