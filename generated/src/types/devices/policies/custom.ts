// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../../runtime/index.js';
import type {
  DevicePolicyBrowserExtensionConfig,
  DevicePolicyDNSSearchSuffix,
  DevicePolicyGlobalAcceleration,
  DevicePolicyProfileType,
  DevicePolicyServiceModeV2,
  DevicePolicySplitTunnelExclude,
  DevicePolicySplitTunnelInclude,
  DevicePolicyVirtualNetworks,
} from './models.js';

/** Parameters of `zeroTrust.devices.policies.custom.list`. */
export type CustomPolicyListParams = AccountScope & {
  /** Filter profiles by client type. When omitted, only WARP profiles are returned. */
  profile_type?: DevicePolicyProfileType;
};
/** Parameters of `zeroTrust.devices.policies.custom.get`. */
export type CustomPolicyGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.policies.custom.create`. */
export type CustomPolicyCreateParams = AccountScope & {
  /** The name of the device settings profile. */
  name: string;
  /** Whether to allow the user to switch WARP between modes. */
  allow_mode_switch?: boolean;
  /** Whether to receive update notifications when a new version of the client is available. */
  allow_updates?: boolean;
  /** Whether to allow devices to leave the organization. */
  allowed_to_leave?: boolean;
  /** The amount of time in seconds to reconnect after having been disabled. */
  auto_connect?: number;
  /** Browser extension proxy settings. Required when profile_type is browser_extension and invalid for WARP profiles. */
  browser_extension_config?: DevicePolicyBrowserExtensionConfig | null;
  /** Turn on the captive portal after the specified amount of time. */
  captive_portal?: number;
  /** Whether the policy is the account default. WARP group profiles cannot set this field. */
  default?: boolean;
  /** A description of the policy. */
  description?: string;
  /** If the `dns_server` field of a fallback domain is not present, the client will fall back to a best guess of the default/system DNS resolvers unless this policy option is set to `true`. */
  disable_auto_fallback?: boolean;
  /** List of DNS search suffixes to apply to clients. Suffixes are evaluated in order. Use an empty array to clear. */
  dns_search_suffixes?: Array<DevicePolicyDNSSearchSuffix>;
  /** Whether the policy will be applied to matching devices. */
  enabled?: boolean;
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
  /** The wirefilter expression to match devices. Available values: "identity.email", "identity.groups.id", "identity.groups.name", "identity.groups.email", "identity.service_token_uuid", "identity.saml_attributes", "network", "os.name", "os.version". */
  match?: string;
  /** The precedence of the policy. Lower values indicate higher precedence. Policies will be evaluated in ascending order of this field. */
  precedence?: number;
  /** The client type to which the device settings profile applies. This field is set when the profile is created and cannot be changed. */
  profile_type?: DevicePolicyProfileType;
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
/** Parameters of `zeroTrust.devices.policies.custom.edit`. */
export type CustomPolicyEditParams = AccountScope & {
  /** Whether to allow the user to switch WARP between modes. */
  allow_mode_switch?: boolean;
  /** Whether to receive update notifications when a new version of the client is available. */
  allow_updates?: boolean;
  /** Whether to allow devices to leave the organization. */
  allowed_to_leave?: boolean;
  /** The amount of time in seconds to reconnect after having been disabled. */
  auto_connect?: number;
  /** Browser extension proxy settings. Required when profile_type is browser_extension and invalid for WARP profiles. */
  browser_extension_config?: DevicePolicyBrowserExtensionConfig | null;
  /** Turn on the captive portal after the specified amount of time. */
  captive_portal?: number;
  /** Whether the policy is the account default. WARP group profiles cannot set this field. */
  default?: boolean;
  /** A description of the policy. */
  description?: string;
  /** If the `dns_server` field of a fallback domain is not present, the client will fall back to a best guess of the default/system DNS resolvers unless this policy option is set to `true`. */
  disable_auto_fallback?: boolean;
  /** List of DNS search suffixes to apply to clients. Suffixes are evaluated in order. Use an empty array to clear. */
  dns_search_suffixes?: Array<DevicePolicyDNSSearchSuffix>;
  /** Whether the policy will be applied to matching devices. */
  enabled?: boolean;
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
  /** The wirefilter expression to match devices. Available values: "identity.email", "identity.groups.id", "identity.groups.name", "identity.groups.email", "identity.service_token_uuid", "identity.saml_attributes", "network", "os.name", "os.version". */
  match?: string;
  /** The name of the device settings profile. */
  name?: string;
  /** The precedence of the policy. Lower values indicate higher precedence. Policies will be evaluated in ascending order of this field. */
  precedence?: number;
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
/** Parameters of `zeroTrust.devices.policies.custom.delete`. */
export type CustomPolicyDeleteParams = AccountScope;
