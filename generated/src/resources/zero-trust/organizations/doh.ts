// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  DOHGetParams,
  DOHGetResponse,
  DOHUpdateParams,
  DOHUpdateResponse,
} from '../../../types/organizations/doh.js';

const endpoints = {
  get: {
    id: 'zeroTrust.organizations.doh.get',
    method: 'GET',
    path: '/accounts/{account_id}/access/organizations/doh',
  },
  update: {
    id: 'zeroTrust.organizations.doh.update',
    method: 'PUT',
    path: '/accounts/{account_id}/access/organizations/doh',
    body: 'params',
  },
} satisfies Record<string, Endpoint>;

/**
 * Zero Trust organization DoH settings
 *
 * The service token that DNS over HTTPS (DoH) requests of your Zero Trust organization authenticate with, and how long the DoH JWT is valid.
 */
export class BaseDOH extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.organizations.doh`. */
  static readonly _key: readonly ['zeroTrust', 'organizations', 'doh'] = [
    'zeroTrust',
    'organizations',
    'doh',
  ];

  /**
   * Get your Zero Trust organization DoH settings
   *
   * Returns the DoH settings for your Zero Trust organization.
   *
   * `GET /accounts/{account_id}/access/organizations/doh`
   */
  get(params: DOHGetParams, options?: RequestOptions): APIPromise<DOHGetResponse> {
    return this._client.request(endpoints.get, [], params, options);
  }

  /**
   * Update your Zero Trust organization DoH settings
   *
   * Updates the DoH settings for your Zero Trust organization.
   *
   * `PUT /accounts/{account_id}/access/organizations/doh`
   */
  update(params: DOHUpdateParams, options?: RequestOptions): APIPromise<DOHUpdateResponse> {
    return this._client.request(endpoints.update, [], params, options);
  }
}

/**
 * Zero Trust organization DoH settings
 *
 * The service token that DNS over HTTPS (DoH) requests of your Zero Trust organization authenticate with, and how long the DoH JWT is valid.
 */
export class DOH extends BaseDOH {}
