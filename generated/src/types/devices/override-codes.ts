// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

export interface OverrideCodeListResponse {
  disable_for_time?: OverrideCodeDisableForTime;
}

export interface OverrideCodeDisableForTime {
  /** Override code that is valid for 1 hour. */
  '1'?: string;
  /** Override code that is valid for 3 hours. */
  '3'?: string;
  /** Override code that is valid for 6 hours. */
  '6'?: string;
  /** Override code that is valid for 12 hours. */
  '12'?: string;
  /** Override code that is valid for 24 hours. */
  '24'?: string;
}

export interface OverrideCodeGetResponse {
  disable_for_time?: Record<string, string>;
}

/** Parameters of `zeroTrust.devices.overrideCodes.list`. */
export type OverrideCodeListParams = AccountScope;
/** Parameters of `zeroTrust.devices.overrideCodes.get`. */
export type OverrideCodeGetParams = AccountScope;
