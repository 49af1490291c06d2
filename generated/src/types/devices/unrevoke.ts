// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

/** Parameters of `zeroTrust.devices.unrevoke.create`. */
export type UnrevokeCreateParams = AccountScope & {
  /** A list of Registration IDs to unrevoke. */
  body: Array<string>;
};
