// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

export interface DeviceUser {
  /**
   * UUID.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * The contact email address of the user.
   *
   * @maxLength 90
   */
  email?: string;
  /** The enrolled device user's name. */
  name?: string;
}

export interface Device {
  /**
   * Registration ID. Equal to Device ID except for accounts which enabled multi-user mode.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * When the device was created.
   *
   * @format date-time
   */
  created?: string;
  /** True if the device was deleted. */
  deleted?: boolean;
  device_type?: 'windows' | 'mac' | 'linux' | 'android' | 'ios' | 'chromeos';
  /** IPv4 or IPv6 address. */
  ip?: string;
  /** The device's public key. */
  key?: string;
  /**
   * When the device last connected to Cloudflare services.
   *
   * @format date-time
   */
  last_seen?: string;
  /** The device mac address. */
  mac_address?: string;
  /** The device manufacturer name. */
  manufacturer?: string;
  /** The device model name. */
  model?: string;
  /** The device name. */
  name?: string;
  /** The Linux distro name. */
  os_distro_name?: string;
  /** The Linux distro revision. */
  os_distro_revision?: string;
  /** The operating system version. */
  os_version?: string;
  /** Additional operating system version details. For Windows, the UBR (Update Build Revision). For Mac or iOS, the Product Version Extra. For Linux, the distribution name and version. */
  os_version_extra?: string;
  /**
   * When the device was revoked.
   *
   * @format date-time
   */
  revoked_at?: string;
  /** The device serial number. */
  serial_number?: string;
  /**
   * When the device was updated.
   *
   * @format date-time
   */
  updated?: string;
  user?: DeviceUser;
  /** The WARP client version. */
  version?: string;
}

export interface DeprecatedDeviceAccount {
  /** @deprecated */
  id?: string;
  /** @deprecated */
  account_type?: string;
  /** The name of the enrolled account. */
  name?: string;
}

export interface DeprecatedDeviceGetResponse {
  /**
   * Registration ID. Equal to Device ID except for accounts which enabled multi-user mode.
   *
   * @maxLength 36
   */
  id?: string;
  account?: DeprecatedDeviceAccount;
  /**
   * When the device was created.
   *
   * @format date-time
   */
  created?: string;
  /** True if the device was deleted. */
  deleted?: boolean;
  device_type?: string;
  /** @deprecated */
  gateway_device_id?: string;
  /** IPv4 or IPv6 address. */
  ip?: string;
  /** The device's public key. */
  key?: string;
  /** Type of the key. */
  key_type?: string;
  /**
   * When the device last connected to Cloudflare services.
   *
   * @format date-time
   */
  last_seen?: string;
  /** The device mac address. */
  mac_address?: string;
  /** The device model name. */
  model?: string;
  /** The device name. */
  name?: string;
  /** The operating system version. */
  os_version?: string;
  /** The device serial number. */
  serial_number?: string;
  /** Type of the tunnel connection used. */
  tunnel_type?: string;
  /**
   * When the device was updated.
   *
   * @format date-time
   */
  updated?: string;
  user?: DeviceUser;
  /** The WARP client version. */
  version?: string;
}

/** Parameters of `zeroTrust.devices.list`. */
export type DeprecatedDeviceListParams = AccountScope;
/** Parameters of `zeroTrust.devices.get`. */
export type DeprecatedDeviceGetParams = AccountScope;
