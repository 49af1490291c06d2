// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';
import type { DeviceUser } from './devices.js';

/** A WARP configuration tied to a single user. Multiple registrations can be created from a single WARP device. */
export interface RegistrationListResponse {
  /** The ID of the registration. */
  id: string;
  /**
   * The RFC3339 timestamp when the registration was created.
   *
   * @format date-time
   */
  created_at: string;
  /** Device details embedded inside of a registration. */
  device: RegistrationDevice;
  /** The public key used to connect to the Cloudflare network. */
  key: string;
  /**
   * The RFC3339 timestamp when the registration was last seen.
   *
   * @format date-time
   */
  last_seen_at: string;
  /** The registration client type, derived from device_type. */
  registration_type: 'warp' | 'browser_extension';
  /**
   * The RFC3339 timestamp when the registration was last updated.
   *
   * @format date-time
   */
  updated_at: string;
  /**
   * The RFC3339 timestamp when the registration was deleted.
   *
   * @format date-time
   */
  deleted_at?: string | null;
  /** The type of encryption key used by the WARP client for the active key. Currently 'curve25519' for WireGuard and 'secp256r1' for MASQUE. */
  key_type?: string | null;
  /** The device settings profile assigned to this registration. */
  policy?: RegistrationPolicy;
  /**
   * The RFC3339 timestamp when the registration was revoked.
   *
   * @format date-time
   */
  revoked_at?: string | null;
  /** Type of the tunnel - wireguard or masque. */
  tunnel_type?: string | null;
  user?: DeviceUser;
  /** The virtual IPv4 address assigned to the network interface of the tunnel for this registration. */
  virtual_ipv4?: string | null;
  /** The virtual IPv6 address assigned to the network interface of the tunnel for this registration. */
  virtual_ipv6?: string | null;
}

/** A WARP configuration tied to a single user. Multiple registrations can be created from a single WARP device. */
export type RegistrationGetResponse = RegistrationListResponse;

/** Device details embedded inside of a registration. */
export interface RegistrationDevice {
  /** The ID of the device. */
  id: string;
  /** The name of the device. */
  name: string;
  /** Version of the WARP client. */
  client_version?: string;
}

/** A summary of the device profile evaluated for the registration. */
export interface RegistrationPolicy {
  /** The ID of the device settings profile. */
  id: string;
  /** Whether the device settings profile is the default profile for the account. */
  default: boolean;
  /** Whether the device settings profile was deleted. */
  deleted: boolean;
  /** The name of the device settings profile. */
  name: string;
  /**
   * The RFC3339 timestamp of when the device settings profile last changed for the registration.
   *
   * @format date-time
   */
  updated_at: string;
}

/** Parameters of `zeroTrust.devices.registrations.list`. */
export type RegistrationListParams = AccountScope & {
  /** Filter by registration ID. */
  id?: Array<string>;
  device?: {
    /** Filter by WARP device ID. */
    id?: string;
  };
  /** Comma-separated list of additional information that should be included in the registration response. Supported values are: "policy". */
  include?: string;
  policy?: {
    /** Filter by the ID of the device settings profile assigned to the registration. */
    id?: string;
  };
  /** Filter by registration client type. */
  registration_type?: 'warp' | 'browser_extension';
  /** Filter by registration details. */
  search?: string;
  /** Filter by the last_seen timestamp - returns only registrations last seen after this timestamp. */
  seen_after?: string;
  /** Filter by the last_seen timestamp - returns only registrations last seen before this timestamp. */
  seen_before?: string;
  /** The registration field to order results by. */
  sort_by?: 'id' | 'user.name' | 'user.email' | 'last_seen_at' | 'created_at';
  /** Sort direction. */
  sort_order?: 'asc' | 'desc';
  /** Filter by registration status. Defaults to 'active'. */
  status?: 'active' | 'all' | 'revoked';
  user?: {
    /** Filter by user ID. */
    id?: Array<string>;
  };
  /** Opaque token from the previous page's result_info.cursor. */
  cursor?: string;
  /**
   * Number of results per page.
   *
   * @minimum 1
   */
  per_page?: number;
};
/** Parameters of `zeroTrust.devices.registrations.get`. */
export type RegistrationGetParams = AccountScope & {
  /** Comma-separated list of additional information that should be included in the registration response. Supported values are: "policy". */
  include?: string;
};
/** Parameters of `zeroTrust.devices.registrations.delete`. */
export type RegistrationDeleteParams = AccountScope;
/** Parameters of `zeroTrust.devices.registrations.bulkDelete`. */
export type RegistrationBulkDeleteParams = AccountScope & {
  /** A list of registration IDs to delete. */
  id: Array<string>;
};
/** Parameters of `zeroTrust.devices.registrations.revoke`. */
export type RegistrationRevokeParams = AccountScope & {
  /** A list of registration IDs to revoke. */
  id: Array<string>;
};
/** Parameters of `zeroTrust.devices.registrations.unrevoke`. */
export type RegistrationUnrevokeParams = AccountScope & {
  /** A list of registration IDs to unrevoke. */
  id: Array<string>;
};
