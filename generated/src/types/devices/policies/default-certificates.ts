// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { ZoneScope } from '../../../runtime/index.js';

/** Parameters of `zeroTrust.devices.policies.default.certificates.get`. */
export type DefaultCertificateGetParams = ZoneScope;
/** Parameters of `zeroTrust.devices.policies.default.certificates.edit`. */
export type DefaultCertificateEditParams = ZoneScope & {
  /** The current status of the device policy certificate provisioning feature for WARP clients. */
  enabled: boolean;
};
