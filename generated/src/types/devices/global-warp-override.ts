// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

export interface GlobalWARPOverrideGetResponse {
  /** Disconnects all devices on the account using Global WARP override. */
  disconnect?: boolean;
  /**
   * When the Global WARP override state was updated.
   *
   * @format date-time
   */
  timestamp?: string;
}

export type GlobalWARPOverrideCreateResponse = GlobalWARPOverrideGetResponse;
/** Parameters of `zeroTrust.devices.resilience.globalWARPOverride.get`. */
export type GlobalWARPOverrideGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.resilience.globalWARPOverride.create`. */
export type GlobalWARPOverrideCreateParams = AccountScope & {
  /** Disconnects all devices on the account using Global WARP override. */
  disconnect: boolean;
  /** Reasoning for setting the Global WARP override state. This will be surfaced in the audit log. */
  justification?: string;
};
