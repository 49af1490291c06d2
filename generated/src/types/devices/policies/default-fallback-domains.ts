// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../../runtime/index.js';
import type { DevicePolicyFallbackDomain } from './models.js';

/** Parameters of `zeroTrust.devices.policies.default.fallbackDomains.get`. */
export type DefaultFallbackDomainGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.policies.default.fallbackDomains.update`. */
export type DefaultFallbackDomainUpdateParams = AccountScope & {
  /** The complete list of fallback domains; it replaces the current list. */
  domains: Array<DevicePolicyFallbackDomain>;
};
