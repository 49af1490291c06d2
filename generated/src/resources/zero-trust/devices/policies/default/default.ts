// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, RequestOptions } from '../../../../../runtime/index.js';
import { APIResource } from '../../../../../runtime/resource.js';
import type {
  DefaultPolicyEditParams,
  DefaultPolicyEditResponse,
  DefaultPolicyGetParams,
  DefaultPolicyGetResponse,
} from '../../../../../types/devices/policies/default.js';
import { Certificates } from './certificates.js';
import { Excludes } from './excludes.js';
import { FallbackDomains } from './fallback-domains.js';
import { Includes } from './includes.js';

const endpoints = {
  get: {
    id: 'zeroTrust.devices.policies.default.get',
    method: 'GET',
    path: '/accounts/{account_id}/devices/policy',
  },
  edit: {
    id: 'zeroTrust.devices.policies.default.edit',
    method: 'PATCH',
    path: '/accounts/{account_id}/devices/policy',
    body: 'params',
  },
} satisfies Record<string, Endpoint>;

/**
 * Default device settings profile
 *
 * The account's default device settings profile: the WARP client settings that apply to devices no custom profile matches.
 */
export class BaseDefault extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.policies.default`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'policies', 'default'] = [
    'zeroTrust',
    'devices',
    'policies',
    'default',
  ];

  /**
   * Get the default device settings profile
   *
   * Fetches the default device settings profile for an account.
   *
   * `GET /accounts/{account_id}/devices/policy`
   */
  get(
    params: DefaultPolicyGetParams,
    options?: RequestOptions,
  ): APIPromise<DefaultPolicyGetResponse | null> {
    return this._client.request(endpoints.get, [], params, options);
  }

  /**
   * Update the default device settings profile
   *
   * Updates the default device settings profile for an account.
   *
   * `PATCH /accounts/{account_id}/devices/policy`
   */
  edit(
    params: DefaultPolicyEditParams,
    options?: RequestOptions,
  ): APIPromise<DefaultPolicyEditResponse | null> {
    return this._client.request(endpoints.edit, [], params, options);
  }
}

/**
 * Default device settings profile
 *
 * The account's default device settings profile: the WARP client settings that apply to devices no custom profile matches.
 */
export class Default extends BaseDefault {
  readonly certificates: Certificates = new Certificates(this._client);
  readonly excludes: Excludes = new Excludes(this._client);
  readonly fallbackDomains: FallbackDomains = new FallbackDomains(this._client);
  readonly includes: Includes = new Includes(this._client);
}
