// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type { RevokeCreateParams } from '../../../types/devices/revoke.js';

const endpoints = {
  create: {
    id: 'zeroTrust.devices.revoke.create',
    method: 'POST',
    path: '/accounts/{account_id}/devices/revoke',
    body: {
      param: 'body',
    },
  },
} satisfies Record<string, Endpoint>;

/**
 * Revoke devices (deprecated)
 *
 * Revokes devices by their registration IDs; replaced by the registrations resource.
 */
export class BaseRevoke extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.revoke`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'revoke'] = [
    'zeroTrust',
    'devices',
    'revoke',
  ];

  /**
   * Revoke devices (deprecated)
   *
   * Revokes a list of devices. Not supported when multi-user mode is enabled. Deprecated: use POST /accounts/{account_id}/devices/registrations/revoke instead.
   *
   * `POST /accounts/{account_id}/devices/revoke`
   *
   * @deprecated Use POST /accounts/{account_id}/devices/registrations/revoke (registrations.revoke) instead.
   */
  create(params: RevokeCreateParams, options?: RequestOptions): APIPromise<unknown | null> {
    return this._client.request(endpoints.create, [], params, options);
  }
}

/**
 * Revoke devices (deprecated)
 *
 * Revokes devices by their registration IDs; replaced by the registrations resource.
 */
export class Revoke extends BaseRevoke {}
