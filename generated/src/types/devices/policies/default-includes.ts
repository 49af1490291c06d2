// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../../runtime/index.js';
import type { DevicePolicySplitTunnelInclude } from './models.js';

/** Parameters of `zeroTrust.devices.policies.default.includes.get`. */
export type DefaultIncludeGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.policies.default.includes.update`. */
export type DefaultIncludeUpdateParams = AccountScope & {
  /** The complete list of routes included in the tunnel; it replaces the current list. */
  body: Array<DevicePolicySplitTunnelInclude>;
};
