// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

export interface IPProfile {
  /**
   * The ID of the Device IP profile.
   *
   * Returned by the API; not accepted in requests.
   */
  id: string;
  /**
   * The RFC3339Nano timestamp when the Device IP profile was created.
   *
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at: string;
  /** An optional description of the Device IP profile. */
  description: string | null;
  /** Whether the Device IP profile is enabled. */
  enabled: boolean;
  /** The wirefilter expression to match registrations. Available values: “identity.name”, “identity.email”, “identity.groups.id”, “identity.groups.name”, “identity.groups.email”, “identity.saml_attributes”. */
  match: string;
  /** A user-friendly name for the Device IP profile. */
  name: string;
  /** The precedence of the Device IP profile. Lower values indicate higher precedence. Device IP profile will be evaluated in ascending order of this field. */
  precedence: number;
  /** The ID of the Subnet. */
  subnet_id: string;
  /**
   * The RFC3339Nano timestamp when the Device IP profile was last updated.
   *
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at: string;
}

export interface IPProfileDeleteResponse {
  /** ID of the deleted Device IP profile. */
  id?: string;
}

/** Parameters of `zeroTrust.devices.ipProfiles.list`. */
export type IPProfileListParams = AccountScope & {
  /**
   * Page number of paginated results.
   *
   * @minimum 1
   */
  page?: number;
  /**
   * Number of results per page.
   *
   * @minimum 1
   */
  per_page?: number;
};
/** Parameters of `zeroTrust.devices.ipProfiles.get`. */
export type IPProfileGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.ipProfiles.create`. */
export type IPProfileCreateParams = AccountScope & {
  /** The wirefilter expression to match registrations. Available values: "identity.name", "identity.email", "identity.groups.id", "identity.groups.name", "identity.groups.email", "identity.saml_attributes". */
  match: string;
  /** A user-friendly name for the Device IP profile. */
  name: string;
  /** The precedence of the Device IP profile. Lower values indicate higher precedence. Device IP profile will be evaluated in ascending order of this field. */
  precedence: number;
  /** The ID of the Subnet. */
  subnet_id: string;
  /** An optional description of the Device IP profile. */
  description?: string | null;
  /** Whether the Device IP profile will be applied to matching devices. */
  enabled?: boolean;
};
/** Parameters of `zeroTrust.devices.ipProfiles.update`. */
export type IPProfileUpdateParams = AccountScope & {
  /** An optional description of the Device IP profile. */
  description?: string;
  /** Whether the Device IP profile is enabled. */
  enabled?: boolean;
  /** The wirefilter expression to match registrations. Available values: "identity.name", "identity.email", "identity.groups.id", "identity.groups.name", "identity.groups.email", "identity.saml_attributes". */
  match?: string;
  /** A user-friendly name for the Device IP profile. */
  name?: string;
  /** The precedence of the Device IP profile. Lower values indicate higher precedence. Device IP profile will be evaluated in ascending order of this field. */
  precedence?: number;
  /** The ID of the Subnet. */
  subnet_id?: string;
};
/** Parameters of `zeroTrust.devices.ipProfiles.delete`. */
export type IPProfileDeleteParams = AccountScope;
