// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DevicePolicyBrowserExtensionConfig,
  DevicePolicyCertificates,
  DevicePolicyDNSSearchSuffix,
  DevicePolicyDefaultSettingsPolicy,
  DevicePolicyFallbackDomain,
  DevicePolicyGlobalAcceleration,
  DevicePolicyProfileType,
  DevicePolicyServiceModeV2,
  DevicePolicySettingsPolicy,
  DevicePolicySplitTunnelExclude,
  DevicePolicySplitTunnelExcludeWithAddress,
  DevicePolicySplitTunnelExcludeWithHost,
  DevicePolicySplitTunnelInclude,
  DevicePolicySplitTunnelIncludeWithAddress,
  DevicePolicySplitTunnelIncludeWithHost,
  DevicePolicyTargetTest,
  DevicePolicyVirtualNetworks,
} from '../../../types/devices/policies/models.js';

/** A DNS search suffix applied to clients. */
export const DevicePolicyDNSSearchSuffixSchema: z.ZodType<DevicePolicyDNSSearchSuffix> = z.object({
  suffix: z.string(),
  description: z.string().optional(),
});
/** A Split Tunnel entry excluded from the tunnel by address. */
export const DevicePolicySplitTunnelExcludeWithAddressSchema: z.ZodType<DevicePolicySplitTunnelExcludeWithAddress> =
  z.object({
    address: z.union([z.cidrv4(), z.cidrv6()]),
    description: z.string().optional(),
  });
/** A Split Tunnel entry excluded from the tunnel by domain name. */
export const DevicePolicySplitTunnelExcludeWithHostSchema: z.ZodType<DevicePolicySplitTunnelExcludeWithHost> =
  z.object({
    host: z.string(),
    description: z.string().optional(),
  });
/** A route excluded from the WARP client's tunnel, by address or by host. */
export const DevicePolicySplitTunnelExcludeSchema: z.ZodType<DevicePolicySplitTunnelExclude> =
  z.union([
    DevicePolicySplitTunnelExcludeWithAddressSchema,
    DevicePolicySplitTunnelExcludeWithHostSchema,
  ]);
/** A domain that bypasses Gateway DNS resolution and uses the given local DNS resolver instead (Local Domain Fallback). */
export const DevicePolicyFallbackDomainSchema: z.ZodType<DevicePolicyFallbackDomain> = z.object({
  suffix: z.string(),
  description: z.string().optional(),
  dns_server: z.array(z.string()).optional(),
});
/** Global Acceleration settings for China. When configured, WARP clients connect to the Global Accelerator addresses instead of the default ones. Please contact your account representative to enable this feature on your account. See https://developers.cloudflare.com/china-network/concepts/global-acceleration/. */
export const DevicePolicyGlobalAccelerationSchema: z.ZodType<DevicePolicyGlobalAcceleration> =
  z.object({
    api_endpoints: z.array(z.string()),
    enabled: z.boolean(),
    masque_endpoints: z.array(z.string()),
    wireguard_endpoints: z.array(z.string()),
    autoswitch: z.boolean().optional(),
  });
/** A Split Tunnel entry included in the tunnel by address. */
export const DevicePolicySplitTunnelIncludeWithAddressSchema: z.ZodType<DevicePolicySplitTunnelIncludeWithAddress> =
  z.object({
    address: z.union([z.cidrv4(), z.cidrv6()]),
    description: z.string().optional(),
  });
/** A Split Tunnel entry included in the tunnel by domain name. */
export const DevicePolicySplitTunnelIncludeWithHostSchema: z.ZodType<DevicePolicySplitTunnelIncludeWithHost> =
  z.object({
    host: z.string(),
    description: z.string().optional(),
  });
/** A route included in the WARP client's tunnel, by address or by host. */
export const DevicePolicySplitTunnelIncludeSchema: z.ZodType<DevicePolicySplitTunnelInclude> =
  z.union([
    DevicePolicySplitTunnelIncludeWithAddressSchema,
    DevicePolicySplitTunnelIncludeWithHostSchema,
  ]);
/** The client type to which the device settings profile applies. This field is set when the profile is created and cannot be changed. */
export const DevicePolicyProfileTypeSchema: z.ZodType<DevicePolicyProfileType> = z.enum([
  'warp',
  'browser_extension',
]);
/** The mode the WARP client runs under. */
export const DevicePolicyServiceModeV2Schema: z.ZodType<DevicePolicyServiceModeV2> = z.object({
  mode: z.string().optional(),
  port: z.number().optional(),
});
/** Virtual network access settings for the device. */
export const DevicePolicyVirtualNetworksSchema: z.ZodType<DevicePolicyVirtualNetworks> = z.object({
  allowed: z.array(z.string()),
  default: z.string(),
});
/** The default device settings profile of an account. */
export const DevicePolicyDefaultSettingsPolicySchema: z.ZodType<DevicePolicyDefaultSettingsPolicy> =
  z.object({
    allow_mode_switch: z.boolean().optional(),
    allow_updates: z.boolean().optional(),
    allowed_to_leave: z.boolean().optional(),
    auto_connect: z.number().optional(),
    captive_portal: z.number().optional(),
    default: z.boolean().optional(),
    disable_auto_fallback: z.boolean().optional(),
    dns_search_suffixes: z.array(DevicePolicyDNSSearchSuffixSchema).optional(),
    enabled: z.boolean().optional(),
    exclude: z.array(DevicePolicySplitTunnelExcludeSchema).optional(),
    exclude_office_ips: z.boolean().optional(),
    fallback_domains: z.array(DevicePolicyFallbackDomainSchema).optional(),
    gateway_unique_id: z.string().optional(),
    global_acceleration: DevicePolicyGlobalAccelerationSchema.nullable().optional(),
    include: z.array(DevicePolicySplitTunnelIncludeSchema).optional(),
    policy_id: z.string().optional(),
    profile_type: DevicePolicyProfileTypeSchema.optional(),
    register_interface_ip_with_dns: z.boolean().optional(),
    sccm_vpn_boundary_support: z.boolean().optional(),
    service_mode_v2: DevicePolicyServiceModeV2Schema.optional(),
    support_url: z.string().optional(),
    switch_locked: z.boolean().optional(),
    tunnel_protocol: z.string().optional(),
    uninstall_protection: z.boolean().optional(),
    virtual_networks: DevicePolicyVirtualNetworksSchema.nullable().optional(),
  });
/** Browser extension proxy settings. Required when profile_type is browser_extension and invalid for WARP profiles. */
export const DevicePolicyBrowserExtensionConfigSchema: z.ZodType<DevicePolicyBrowserExtensionConfig> =
  z.object({
    proxy_control: z.enum(['unlocked', 'locked']),
    proxy_enabled: z.boolean(),
  });
/** A DEX test targeting this policy. */
export const DevicePolicyTargetTestSchema: z.ZodType<DevicePolicyTargetTest> = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
});
/** A device settings profile. */
export const DevicePolicySettingsPolicySchema: z.ZodType<DevicePolicySettingsPolicy> = z.object({
  allow_mode_switch: z.boolean().optional(),
  allow_updates: z.boolean().optional(),
  allowed_to_leave: z.boolean().optional(),
  auto_connect: z.number().optional(),
  captive_portal: z.number().optional(),
  disable_auto_fallback: z.boolean().optional(),
  dns_search_suffixes: z.array(DevicePolicyDNSSearchSuffixSchema).optional(),
  enabled: z.boolean().optional(),
  exclude: z.array(DevicePolicySplitTunnelExcludeSchema).optional(),
  exclude_office_ips: z.boolean().optional(),
  fallback_domains: z.array(DevicePolicyFallbackDomainSchema).optional(),
  gateway_unique_id: z.string().optional(),
  global_acceleration: DevicePolicyGlobalAccelerationSchema.nullable().optional(),
  include: z.array(DevicePolicySplitTunnelIncludeSchema).optional(),
  policy_id: z.string().optional(),
  profile_type: DevicePolicyProfileTypeSchema.optional(),
  register_interface_ip_with_dns: z.boolean().optional(),
  sccm_vpn_boundary_support: z.boolean().optional(),
  service_mode_v2: DevicePolicyServiceModeV2Schema.optional(),
  support_url: z.string().optional(),
  switch_locked: z.boolean().optional(),
  tunnel_protocol: z.string().optional(),
  uninstall_protection: z.boolean().optional(),
  virtual_networks: DevicePolicyVirtualNetworksSchema.nullable().optional(),
  browser_extension_config: DevicePolicyBrowserExtensionConfigSchema.nullable().optional(),
  default: z.boolean().optional(),
  description: z.string().optional(),
  lan_allow_minutes: z.number().optional(),
  lan_allow_subnet_size: z.number().optional(),
  match: z.string().optional(),
  name: z.string().optional(),
  precedence: z.number().optional(),
  target_tests: z.array(DevicePolicyTargetTestSchema).optional(),
});
/** Device certificate provisioning status of a zone. */
export const DevicePolicyCertificatesSchema: z.ZodType<DevicePolicyCertificates> = z.object({
  enabled: z.boolean(),
});
