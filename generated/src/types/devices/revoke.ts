// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

/** Parameters of `zeroTrust.devices.revoke.create`. */
export type RevokeCreateParams = AccountScope & {
  /** A list of Registration IDs to revoke. */
  body: Array<string>;
};
