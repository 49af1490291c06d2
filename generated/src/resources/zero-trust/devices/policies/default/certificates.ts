// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, RequestOptions } from '../../../../../runtime/index.js';
import { APIResource } from '../../../../../runtime/resource.js';
import type {
  DefaultCertificateEditParams,
  DefaultCertificateGetParams,
} from '../../../../../types/devices/policies/default-certificates.js';
import type { DevicePolicyCertificates } from '../../../../../types/devices/policies/models.js';

const endpoints = {
  get: {
    id: 'zeroTrust.devices.policies.default.certificates.get',
    method: 'GET',
    path: '/zones/{zone_id}/devices/policy/certificates',
  },
  edit: {
    id: 'zeroTrust.devices.policies.default.certificates.edit',
    method: 'PATCH',
    path: '/zones/{zone_id}/devices/policy/certificates',
    body: 'params',
  },
} satisfies Record<string, Endpoint>;

/**
 * Device certificate provisioning
 *
 * Whether Zero Trust clients of a zone provision a device certificate that Access device posture policies can reference.
 */
export class BaseCertificates extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.policies.default.certificates`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'policies', 'default', 'certificates'] = [
    'zeroTrust',
    'devices',
    'policies',
    'default',
    'certificates',
  ];

  /**
   * Get device certificate provisioning status
   *
   * Fetches device certificate provisioning.
   *
   * `GET /zones/{zone_id}/devices/policy/certificates`
   */
  get(
    params: DefaultCertificateGetParams,
    options?: RequestOptions,
  ): APIPromise<DevicePolicyCertificates | null> {
    return this._client.request(endpoints.get, [], params, options);
  }

  /**
   * Update device certificate provisioning status
   *
   * Enable Zero Trust Clients to provision a certificate, containing a x509 subject, and referenced by Access device posture policies when the client visits MTLS protected domains. This facilitates device posture without a WARP session.
   *
   * `PATCH /zones/{zone_id}/devices/policy/certificates`
   */
  edit(
    params: DefaultCertificateEditParams,
    options?: RequestOptions,
  ): APIPromise<DevicePolicyCertificates | null> {
    return this._client.request(endpoints.edit, [], params, options);
  }
}

/**
 * Device certificate provisioning
 *
 * Whether Zero Trust clients of a zone provision a device certificate that Access device posture policies can reference.
 */
export class Certificates extends BaseCertificates {}
