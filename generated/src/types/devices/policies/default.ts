// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../../runtime/index.js';
import type {
  DevicePolicyDNSSearchSuffix,
  DevicePolicyDefaultSettingsPolicy,
  DevicePolicyGlobalAcceleration,
  DevicePolicyServiceModeV2,
  DevicePolicySplitTunnelExclude,
  DevicePolicySplitTunnelInclude,
  DevicePolicyVirtualNetworks,
} from './models.js';

/** The default device settings profile. */
export type DefaultPolicyGetResponse = DevicePolicyDefaultSettingsPolicy;
/** The default device settings profile as updated. */
export type DefaultPolicyEditResponse = DevicePolicyDefaultSettingsPolicy;
/** Parameters of `zeroTrust.devices.policies.default.get`. */
export type DefaultPolicyGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.policies.default.edit`. */
export type DefaultPolicyEditParams = AccountScope & {
  /** Whether to allow the user to switch WARP between modes. */
  allow_mode_switch?: boolean;
  /** Whether to receive update notifications when a new version of the client is available. */
  allow_updates?: boolean;
  /** Whether to allow devices to leave the organization. */
  allowed_to_leave?: boolean;
  /** The amount of time in seconds to reconnect after having been disabled. */
  auto_connect?: number;
  /** Turn on the captive portal after the specified amount of time. */
  captive_portal?: number;
  /** If the `dns_server` field of a fallback domain is not present, the client will fall back to a best guess of the default/system DNS resolvers unless this policy option is set to `true`. */
  disable_auto_fallback?: boolean;
  /** List of DNS search suffixes to apply to clients. Suffixes are evaluated in order. Use an empty array to clear. */
  dns_search_suffixes?: Array<DevicePolicyDNSSearchSuffix>;
  /** List of routes excluded in the WARP client's tunnel. Both 'exclude' and 'include' cannot be set in the same request. */
  exclude?: Array<DevicePolicySplitTunnelExclude>;
  /** Whether to add Microsoft IPs to Split Tunnel exclusions. */
  exclude_office_ips?: boolean;
  /** Global Acceleration settings for China. When configured, WARP clients connect to the Global Accelerator addresses instead of the default ones. Please contact your account representative to enable this feature on your account. See https://developers.cloudflare.com/china-network/concepts/global-acceleration/. */
  global_acceleration?: DevicePolicyGlobalAcceleration | null;
  /** List of routes included in the WARP client's tunnel. Both 'exclude' and 'include' cannot be set in the same request. */
  include?: Array<DevicePolicySplitTunnelInclude>;
  /** The amount of time in minutes a user is allowed access to their LAN. A value of 0 will allow LAN access until the next WARP reconnection, such as a reboot or a laptop waking from sleep. Note that this field is omitted from the response if null or unset. */
  lan_allow_minutes?: number;
  /** The size of the subnet for the local access network. Note that this field is omitted from the response if null or unset. */
  lan_allow_subnet_size?: number;
  /** Determines if the operating system will register WARP's local interface IP with your on-premises DNS server. */
  register_interface_ip_with_dns?: boolean;
  /** Determines whether the WARP client indicates to SCCM that it is inside a VPN boundary. (Windows only). */
  sccm_vpn_boundary_support?: boolean;
  service_mode_v2?: DevicePolicyServiceModeV2;
  /** The URL to launch when the Send Feedback button is clicked. */
  support_url?: string;
  /** Whether to allow the user to turn off the WARP switch and disconnect the client. */
  switch_locked?: boolean;
  /** Determines which tunnel protocol to use. */
  tunnel_protocol?: string;
  /** Determines whether uninstalling the WARP client requires an override code. (Windows only). */
  uninstall_protection?: boolean;
  /** Virtual network access settings for the device. */
  virtual_networks?: DevicePolicyVirtualNetworks | null;
};
