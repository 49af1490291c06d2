// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';
import type { DeviceUser } from './devices.js';
import type { RegistrationPolicy } from './registrations.js';

/** A WARP Device. */
export interface DeviceListResponse {
  /** The unique ID of the device. */
  id: string;
  /** The number of active registrations for the device. Active registrations are those which haven't been revoked or deleted. */
  active_registrations: number;
  /**
   * The RFC3339 timestamp when the device was created.
   *
   * @format date-time
   */
  created_at: string;
  /**
   * The RFC3339 timestamp when the device was last seen.
   *
   * @format date-time
   */
  last_seen_at: string | null;
  /** The name of the device. */
  name: string;
  /** Tags assigned to the device. An empty object if the device has no tags. */
  tags: Record<string, string>;
  /**
   * The RFC3339 timestamp when the device was last updated.
   *
   * @format date-time
   */
  updated_at: string;
  /** Version of the WARP client. */
  client_version?: string | null;
  /**
   * The RFC3339 timestamp when the device was deleted.
   *
   * @format date-time
   */
  deleted_at?: string | null;
  /** The device operating system. */
  device_type?: string | null;
  /** A string that uniquely identifies the hardware or virtual machine (VM). */
  hardware_id?: string | null;
  /** The last seen registration for the device. */
  last_seen_registration?: DeviceLastSeenRegistration | null;
  /** The last user to use the WARP device. */
  last_seen_user?: DeviceUser | null;
  /** The device MAC address. */
  mac_address?: string | null;
  /** The device manufacturer. */
  manufacturer?: string | null;
  /** The model name of the device. */
  model?: string | null;
  /** The device operating system version number. */
  os_version?: string | null;
  /** Additional operating system version details. For Windows, the UBR (Update Build Revision). For Mac or iOS, the Product Version Extra. For Linux, the distribution name and version. */
  os_version_extra?: string | null;
  /** @deprecated IP information is provided by DEX - see https://developers.cloudflare.com/api/resources/zero_trust/subresources/dex/subresources/fleet_status/subresources/devices/methods/list/ */
  public_ip?: string | null;
  /** The device serial number. */
  serial_number?: string | null;
}

/** A WARP Device. */
export type DeviceGetResponse = DeviceListResponse;

/** The last seen registration for the device. */
export interface DeviceLastSeenRegistration {
  /** A summary of the device profile evaluated for the registration. */
  policy?: RegistrationPolicy | null;
}

/** Parameters of `zeroTrust.devices.devices.list`. */
export type DeviceListParams = AccountScope & {
  /** Filter by a one or more device IDs. */
  id?: Array<string>;
  /** Include or exclude devices with active registrations. The default is "only" - return only devices with active registrations. */
  active_registrations?: 'include' | 'only' | 'exclude';
  /** Filter by the type of active registration associated with the device. */
  has_registration_type?: 'warp' | 'browser_extension';
  /** Comma-separated list of additional information that should be included in the device response. Supported values are: "last_seen_registration.policy". */
  include?: string;
  last_seen_registration?: {
    /** Filter by the ID of the device settings profile assigned to the device registration. */
    policy?: string;
  };
  last_seen_user?: {
    /** Filter by the last seen user's email. */
    email?: string;
  };
  /** Search by device details. */
  search?: string;
  /** Filter by the last_seen timestamp - returns only devices last seen after this timestamp. */
  seen_after?: string;
  /** Filter by the last_seen timestamp - returns only devices last seen before this timestamp. */
  seen_before?: string;
  /** The device field to order results by. */
  sort_by?:
    | 'name'
    | 'id'
    | 'client_version'
    | 'last_seen_user.email'
    | 'last_seen_at'
    | 'active_registrations'
    | 'created_at';
  /** Sort direction. */
  sort_order?: 'asc' | 'desc';
  /** Filter by one or more device tags in key:value format. Devices must match all provided tags. */
  tag?: Array<string>;
  /** Opaque token from the previous page's result_info.cursor. */
  cursor?: string;
  /**
   * Number of results per page.
   *
   * @minimum 1
   */
  per_page?: number;
};
/** Parameters of `zeroTrust.devices.devices.get`. */
export type DeviceGetParams = AccountScope & {
  /** Comma-separated list of additional information that should be included in the device response. Supported values are: "last_seen_registration.policy". */
  include?: string;
};
/** Parameters of `zeroTrust.devices.devices.delete`. */
export type DeviceDeleteParams = AccountScope;
/** Parameters of `zeroTrust.devices.devices.revoke`. */
export type DeviceRevokeParams = AccountScope;
