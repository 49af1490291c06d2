// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../../runtime/index.js';
import type { DevicePolicyFallbackDomain } from './models.js';

/** Parameters of `zeroTrust.devices.policies.custom.fallbackDomains.get`. */
export type CustomFallbackDomainGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.policies.custom.fallbackDomains.update`. */
export type CustomFallbackDomainUpdateParams = AccountScope & {
  /** The complete list of fallback domains; it replaces the current list. */
  domains: Array<DevicePolicyFallbackDomain>;
};
