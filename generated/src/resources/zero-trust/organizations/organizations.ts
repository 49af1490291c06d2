// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  Organization,
  OrganizationCreateParams,
  OrganizationListParams,
  OrganizationListResponse,
  OrganizationRevokeUsersParams,
  OrganizationRevokeUsersResponse,
  OrganizationUpdateParams,
} from '../../../types/organizations/organizations.js';
import { DOH } from './doh.js';

const endpoints = {
  list: {
    id: 'zeroTrust.organizations.list',
    method: 'GET',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/organizations',
  },
  create: {
    id: 'zeroTrust.organizations.create',
    method: 'POST',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/organizations',
    body: 'params',
  },
  update: {
    id: 'zeroTrust.organizations.update',
    method: 'PUT',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/organizations',
    body: 'params',
  },
  revokeUsers: {
    id: 'zeroTrust.organizations.revokeUsers',
    method: 'POST',
    path: '/{accounts_or_zones}/{account_or_zone_id}/access/organizations/revoke_user',
    query: ['query_devices'],
    body: 'params',
    wireNames: {
      query_devices: 'devices',
      body_devices: 'devices',
    },
  },
} satisfies Record<string, Endpoint>;

/**
 * Zero Trust organization
 *
 * The Zero Trust organization of an account or zone: its login domain, login page, session durations and MFA settings, and revoking a user's access.
 */
export class BaseOrganizations extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.organizations`. */
  static readonly _key: readonly ['zeroTrust', 'organizations'] = ['zeroTrust', 'organizations'];

  /**
   * Get your Zero Trust organization
   *
   * Returns the configuration for your Zero Trust organization.
   *
   * `GET /{accounts_or_zones}/{account_or_zone_id}/access/organizations`
   */
  list(
    params: OrganizationListParams,
    options?: RequestOptions,
  ): APIPromise<OrganizationListResponse> {
    return this._client.request(endpoints.list, [], params, options);
  }

  /**
   * Create your Zero Trust organization
   *
   * Sets up a Zero Trust organization for your account or zone.
   *
   * `POST /{accounts_or_zones}/{account_or_zone_id}/access/organizations`
   */
  create(params: OrganizationCreateParams, options?: RequestOptions): APIPromise<Organization> {
    return this._client.request(endpoints.create, [], params, options);
  }

  /**
   * Update your Zero Trust organization
   *
   * Updates the configuration for your Zero Trust organization.
   *
   * `PUT /{accounts_or_zones}/{account_or_zone_id}/access/organizations`
   */
  update(params: OrganizationUpdateParams, options?: RequestOptions): APIPromise<Organization> {
    return this._client.request(endpoints.update, [], params, options);
  }

  /**
   * Revoke all Access tokens for a user
   *
   * Revokes a user's access across all applications.
   *
   * `POST /{accounts_or_zones}/{account_or_zone_id}/access/organizations/revoke_user`
   */
  revokeUsers(
    params: OrganizationRevokeUsersParams,
    options?: RequestOptions,
  ): APIPromise<OrganizationRevokeUsersResponse> {
    return this._client.request(endpoints.revokeUsers, [], params, options);
  }
}

/**
 * Zero Trust organization
 *
 * The Zero Trust organization of an account or zone: its login domain, login page, session durations and MFA settings, and revoking a user's access.
 */
export class Organizations extends BaseOrganizations {
  readonly doh: DOH = new DOH(this._client);
}
