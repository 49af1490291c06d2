// Generated from the YAML spec by `npm run generate`. Do not edit.
/** The default device settings profile of an account. */
export interface DevicePolicyDefaultSettingsPolicy {
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
  /** Whether the policy will be applied to matching devices. */
  default?: boolean;
  /** If the dns_server field of a fallback domain is not present, the client will fall back to a best guess of the default/system DNS resolvers unless this policy option is set to true. */
  disable_auto_fallback?: boolean;
  /** List of DNS search suffixes to apply to clients. Suffixes are evaluated in order. Use an empty array to clear. */
  dns_search_suffixes?: Array<DevicePolicyDNSSearchSuffix>;
  /** Whether the policy will be applied to matching devices. */
  enabled?: boolean;
  /** List of routes excluded in the WARP client’s tunnel. */
  exclude?: Array<DevicePolicySplitTunnelExclude>;
  /** Whether to add Microsoft IPs to Split Tunnel exclusions. */
  exclude_office_ips?: boolean;
  fallback_domains?: Array<DevicePolicyFallbackDomain>;
  gateway_unique_id?: string;
  /** Global Acceleration settings for China. When configured, WARP clients connect to the Global Accelerator addresses instead of the default ones. Please contact your account representative to enable this feature on your account. See https://developers.cloudflare.com/china-network/concepts/global-acceleration/. */
  global_acceleration?: DevicePolicyGlobalAcceleration | null;
  /** List of routes included in the WARP client’s tunnel. */
  include?: Array<DevicePolicySplitTunnelInclude>;
  policy_id?: string;
  /** The client type to which the device settings profile applies. This field is set when the profile is created and cannot be changed. */
  profile_type?: DevicePolicyProfileType;
  /** Determines if the operating system will register WARP’s local interface IP with your on-premises DNS server. */
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
}

/** A device settings profile. */
export interface DevicePolicySettingsPolicy {
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
  /** If the dns_server field of a fallback domain is not present, the client will fall back to a best guess of the default/system DNS resolvers unless this policy option is set to true. */
  disable_auto_fallback?: boolean;
  /** List of DNS search suffixes to apply to clients. Suffixes are evaluated in order. Use an empty array to clear. */
  dns_search_suffixes?: Array<DevicePolicyDNSSearchSuffix>;
  /** Whether the policy will be applied to matching devices. */
  enabled?: boolean;
  /** List of routes excluded in the WARP client’s tunnel. */
  exclude?: Array<DevicePolicySplitTunnelExclude>;
  /** Whether to add Microsoft IPs to Split Tunnel exclusions. */
  exclude_office_ips?: boolean;
  fallback_domains?: Array<DevicePolicyFallbackDomain>;
  gateway_unique_id?: string;
  /** Global Acceleration settings for China. When configured, WARP clients connect to the Global Accelerator addresses instead of the default ones. Please contact your account representative to enable this feature on your account. See https://developers.cloudflare.com/china-network/concepts/global-acceleration/. */
  global_acceleration?: DevicePolicyGlobalAcceleration | null;
  /** List of routes included in the WARP client’s tunnel. */
  include?: Array<DevicePolicySplitTunnelInclude>;
  policy_id?: string;
  /** The client type to which the device settings profile applies. This field is set when the profile is created and cannot be changed. */
  profile_type?: DevicePolicyProfileType;
  /** Determines if the operating system will register WARP’s local interface IP with your on-premises DNS server. */
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
  /** Browser extension proxy settings. Required when profile_type is browser_extension and invalid for WARP profiles. */
  browser_extension_config?: DevicePolicyBrowserExtensionConfig | null;
  /** Whether the policy is the account default. WARP group profiles cannot set this field. */
  default?: boolean;
  /** A description of the policy. */
  description?: string;
  /** The amount of time in minutes a user is allowed access to their LAN. A value of 0 will allow LAN access until the next WARP reconnection, such as a reboot or a laptop waking from sleep. Note that this field is omitted from the response if null or unset. */
  lan_allow_minutes?: number;
  /** The size of the subnet for the local access network. Note that this field is omitted from the response if null or unset. */
  lan_allow_subnet_size?: number;
  /** The wirefilter expression to match devices. Available values: “identity.email”, “identity.groups.id”, “identity.groups.name”, “identity.groups.email”, “identity.service_token_uuid”, “identity.saml_attributes”, “network”, “os.name”, “os.version”. */
  match?: string;
  /** The name of the device settings profile. */
  name?: string;
  /** The precedence of the policy. Lower values indicate higher precedence. Policies will be evaluated in ascending order of this field. */
  precedence?: number;
  target_tests?: Array<DevicePolicyTargetTest>;
}

/** The client type to which the device settings profile applies. This field is set when the profile is created and cannot be changed. */
export type DevicePolicyProfileType = 'warp' | 'browser_extension';

/** Browser extension proxy settings. Required when profile_type is browser_extension and invalid for WARP profiles. */
export interface DevicePolicyBrowserExtensionConfig {
  /** Whether the user may disable the browser extension proxy. */
  proxy_control: 'unlocked' | 'locked';
  /** Whether the browser extension proxy is active. */
  proxy_enabled: boolean;
}

/** A DNS search suffix applied to clients. */
export interface DevicePolicyDNSSearchSuffix {
  /** The DNS search suffix to append when resolving short hostnames. */
  suffix: string;
  /** A description of the DNS search suffix. */
  description?: string;
}

/** Global Acceleration settings for China. When configured, WARP clients connect to the Global Accelerator addresses instead of the default ones. Please contact your account representative to enable this feature on your account. See https://developers.cloudflare.com/china-network/concepts/global-acceleration/. */
export interface DevicePolicyGlobalAcceleration {
  /** IP:port entries for the API endpoints. */
  api_endpoints: Array<string>;
  /** Global acceleration settings are used only when "enabled". */
  enabled: boolean;
  /** IP:port entries for the MASQUE tunnel endpoints. Either wireguard_endpoints or masque_endpoints must be provided. */
  masque_endpoints: Array<string>;
  /** IP:port entries for the WireGuard tunnel endpoints. Either wireguard_endpoints or masque_endpoints must be provided. */
  wireguard_endpoints: Array<string>;
  /**
   * Automatically switch Global Acceleration regions based on device location. Defaults to false when not provided.
   *
   * @default false
   */
  autoswitch?: boolean;
}

/** The mode the WARP client runs under. */
export interface DevicePolicyServiceModeV2 {
  /** The mode to run the WARP client under. */
  mode?: string;
  /** The port number when used with proxy mode. */
  port?: number;
}

/** A DEX test targeting this policy. */
export interface DevicePolicyTargetTest {
  /** The id of the DEX test targeting this policy. */
  id?: string;
  /** The name of the DEX test targeting this policy. */
  name?: string;
}

/** Virtual network access settings for the device. */
export interface DevicePolicyVirtualNetworks {
  /** List of virtual network IDs the device is allowed to access. When virtual_networks is set, at least one entry is required. */
  allowed: Array<string>;
  /** The default virtual network ID. Must be included in the `allowed` list. */
  default: string;
}

/** A route excluded from the WARP client's tunnel, by address or by host. */
export type DevicePolicySplitTunnelExclude =
  | DevicePolicySplitTunnelExcludeWithAddress
  | DevicePolicySplitTunnelExcludeWithHost;

/** A Split Tunnel entry excluded from the tunnel by address. */
export interface DevicePolicySplitTunnelExcludeWithAddress {
  /**
   * The address in CIDR format to exclude from the tunnel. If `address` is present, `host` must not be present.
   *
   * @format cidr
   */
  address: string;
  /** A description of the Split Tunnel item, displayed in the client UI. */
  description?: string;
}

/** A Split Tunnel entry excluded from the tunnel by domain name. */
export interface DevicePolicySplitTunnelExcludeWithHost {
  /** The domain name to exclude from the tunnel. If `host` is present, `address` must not be present. */
  host: string;
  /** A description of the Split Tunnel item, displayed in the client UI. */
  description?: string;
}

/** A route included in the WARP client's tunnel, by address or by host. */
export type DevicePolicySplitTunnelInclude =
  | DevicePolicySplitTunnelIncludeWithAddress
  | DevicePolicySplitTunnelIncludeWithHost;

/** A Split Tunnel entry included in the tunnel by address. */
export interface DevicePolicySplitTunnelIncludeWithAddress {
  /**
   * The address in CIDR format to include in the tunnel. If `address` is present, `host` must not be present.
   *
   * @format cidr
   */
  address: string;
  /** A description of the Split Tunnel item, displayed in the client UI. */
  description?: string;
}

/** A Split Tunnel entry included in the tunnel by domain name. */
export interface DevicePolicySplitTunnelIncludeWithHost {
  /** The domain name to include in the tunnel. If `host` is present, `address` must not be present. */
  host: string;
  /** A description of the Split Tunnel item, displayed in the client UI. */
  description?: string;
}

/** A domain that bypasses Gateway DNS resolution and uses the given local DNS resolver instead (Local Domain Fallback). */
export interface DevicePolicyFallbackDomain {
  /** The domain suffix to match when resolving locally. */
  suffix: string;
  /** A description of the fallback domain, displayed in the client UI. */
  description?: string;
  /** A list of IP addresses to handle domain resolution. */
  dns_server?: Array<string>;
}

/** Device certificate provisioning status of a zone. */
export interface DevicePolicyCertificates {
  /** The current status of the device policy certificate provisioning feature for WARP clients. */
  enabled: boolean;
}
