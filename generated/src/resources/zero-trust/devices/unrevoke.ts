// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type { UnrevokeCreateParams } from '../../../types/devices/unrevoke.js';

const endpoints = {
  create: {
    id: 'zeroTrust.devices.unrevoke.create',
    method: 'POST',
    path: '/accounts/{account_id}/devices/unrevoke',
    body: {
      param: 'body',
    },
  },
} satisfies Record<string, Endpoint>;

/**
 * Unrevoke devices (deprecated)
 *
 * Unrevokes devices by their registration IDs; replaced by the registrations resource.
 */
export class BaseUnrevoke extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.unrevoke`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'unrevoke'] = [
    'zeroTrust',
    'devices',
    'unrevoke',
  ];

  /**
   * Unrevoke devices (deprecated)
   *
   * Unrevokes a list of devices. Not supported when multi-user mode is enabled. Deprecated: use POST /accounts/{account_id}/devices/registrations/unrevoke instead.
   *
   * `POST /accounts/{account_id}/devices/unrevoke`
   *
   * @deprecated Use POST /accounts/{account_id}/devices/registrations/unrevoke (registrations.unrevoke) instead.
   */
  create(params: UnrevokeCreateParams, options?: RequestOptions): APIPromise<unknown | null> {
    return this._client.request(endpoints.create, [], params, options);
  }
}

/**
 * Unrevoke devices (deprecated)
 *
 * Unrevokes devices by their registration IDs; replaced by the registrations resource.
 */
export class Unrevoke extends BaseUnrevoke {}
