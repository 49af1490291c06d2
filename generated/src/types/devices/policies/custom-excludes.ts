// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../../runtime/index.js';
import type { DevicePolicySplitTunnelExclude } from './models.js';

/** Parameters of `zeroTrust.devices.policies.custom.excludes.get`. */
export type CustomExcludeGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.policies.custom.excludes.update`. */
export type CustomExcludeUpdateParams = AccountScope & {
  /** The complete list of routes excluded from the tunnel; it replaces the current list. */
  body: Array<DevicePolicySplitTunnelExclude>;
};
