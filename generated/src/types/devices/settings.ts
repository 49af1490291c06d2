// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

export interface DeviceSettings {
  /** Sets the time limit, in seconds, that a user can use an override code to bypass WARP. */
  disable_for_time?: number;
  /** Controls whether the external emergency disconnect feature is enabled. */
  external_emergency_signal_enabled?: boolean;
  /**
   * The SHA256 fingerprint (64 hexadecimal characters) of the HTTPS server certificate for the external_emergency_signal_url. If provided, the WARP client will use this value to verify the server’s identity. The device will ignore any response if the server’s certificate fingerprint does not exactly match this value.
   *
   * @pattern ^[0-9A-Fa-f]{64}$
   */
  external_emergency_signal_fingerprint?: string;
  /** The interval at which the WARP client fetches the emergency disconnect signal, formatted as a duration string (e.g., “5m”, “2m30s”, “1h”). Minimum 30 seconds. */
  external_emergency_signal_interval?: string;
  /**
   * The HTTPS URL from which to fetch the emergency disconnect signal. Must use HTTPS and have an IPv4 or IPv6 address as the host.
   *
   * @format uri
   */
  external_emergency_signal_url?: string;
  /** Enable gateway proxy filtering on TCP. */
  gateway_proxy_enabled?: boolean;
  /** Enable gateway proxy filtering on UDP. */
  gateway_udp_proxy_enabled?: boolean;
  /** Enable installation of cloudflare managed root certificate. */
  root_certificate_installation_enabled?: boolean;
  /** Enable using CGNAT virtual IPv4. */
  use_zt_virtual_ip?: boolean;
}

/** Parameters of `zeroTrust.devices.settings.get`. */
export type SettingGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.settings.update`. */
export type SettingUpdateParams = AccountScope & {
  /** Sets the time limit, in seconds, that a user can use an override code to bypass WARP. */
  disable_for_time?: number;
  /** Controls whether the external emergency disconnect feature is enabled. */
  external_emergency_signal_enabled?: boolean;
  /**
   * The SHA256 fingerprint (64 hexadecimal characters) of the HTTPS server certificate for the external_emergency_signal_url. If provided, the WARP client will use this value to verify the server's identity. The device will ignore any response if the server's certificate fingerprint does not exactly match this value.
   *
   * @pattern ^[0-9A-Fa-f]{64}$
   */
  external_emergency_signal_fingerprint?: string;
  /** The interval at which the WARP client fetches the emergency disconnect signal, formatted as a duration string (e.g., "5m", "2m30s", "1h"). Minimum 30 seconds. */
  external_emergency_signal_interval?: string;
  /**
   * The HTTPS URL from which to fetch the emergency disconnect signal. Must use HTTPS and have an IPv4 or IPv6 address as the host.
   *
   * @format uri
   */
  external_emergency_signal_url?: string;
  /** Enable gateway proxy filtering on TCP. */
  gateway_proxy_enabled?: boolean;
  /** Enable gateway proxy filtering on UDP. */
  gateway_udp_proxy_enabled?: boolean;
  /** Enable installation of cloudflare managed root certificate. */
  root_certificate_installation_enabled?: boolean;
  /** Enable using CGNAT virtual IPv4. */
  use_zt_virtual_ip?: boolean;
};
/** Parameters of `zeroTrust.devices.settings.edit`. */
export type SettingEditParams = AccountScope & {
  /** Sets the time limit, in seconds, that a user can use an override code to bypass WARP. */
  disable_for_time?: number;
  /** Controls whether the external emergency disconnect feature is enabled. */
  external_emergency_signal_enabled?: boolean;
  /**
   * The SHA256 fingerprint (64 hexadecimal characters) of the HTTPS server certificate for the external_emergency_signal_url. If provided, the WARP client will use this value to verify the server's identity. The device will ignore any response if the server's certificate fingerprint does not exactly match this value.
   *
   * @pattern ^[0-9A-Fa-f]{64}$
   */
  external_emergency_signal_fingerprint?: string;
  /** The interval at which the WARP client fetches the emergency disconnect signal, formatted as a duration string (e.g., "5m", "2m30s", "1h"). Minimum 30 seconds. */
  external_emergency_signal_interval?: string;
  /**
   * The HTTPS URL from which to fetch the emergency disconnect signal. Must use HTTPS and have an IPv4 or IPv6 address as the host.
   *
   * @format uri
   */
  external_emergency_signal_url?: string;
  /** Enable gateway proxy filtering on TCP. */
  gateway_proxy_enabled?: boolean;
  /** Enable gateway proxy filtering on UDP. */
  gateway_udp_proxy_enabled?: boolean;
  /** Enable installation of cloudflare managed root certificate. */
  root_certificate_installation_enabled?: boolean;
  /** Enable using CGNAT virtual IPv4. */
  use_zt_virtual_ip?: boolean;
};
/** Parameters of `zeroTrust.devices.settings.delete`. */
export type SettingDeleteParams = AccountScope;
