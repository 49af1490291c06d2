// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  CustomPolicyCreateParams,
  CustomPolicyDeleteParams,
  CustomPolicyEditParams,
  CustomPolicyGetParams,
  CustomPolicyListParams,
} from '../../../types/devices/policies/custom.js';
import {
  DevicePolicyBrowserExtensionConfigSchema,
  DevicePolicyDNSSearchSuffixSchema,
  DevicePolicyGlobalAccelerationSchema,
  DevicePolicyProfileTypeSchema,
  DevicePolicyServiceModeV2Schema,
  DevicePolicySplitTunnelExcludeSchema,
  DevicePolicySplitTunnelIncludeSchema,
  DevicePolicyVirtualNetworksSchema,
} from './models.js';

/** Parameters of `zeroTrust.devices.policies.custom.list`. */
export const CustomPolicyListParamsSchema: z.ZodType<CustomPolicyListParams> = z.object({
  account_id: z.string(),
  profile_type: DevicePolicyProfileTypeSchema.optional(),
});
/** Parameters of `zeroTrust.devices.policies.custom.get`. */
export const CustomPolicyGetParamsSchema: z.ZodType<CustomPolicyGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.policies.custom.create`. */
export const CustomPolicyCreateParamsSchema: z.ZodType<CustomPolicyCreateParams> = z.object({
  account_id: z.string(),
  name: z.string(),
  allow_mode_switch: z.boolean().optional(),
  allow_updates: z.boolean().optional(),
  allowed_to_leave: z.boolean().optional(),
  auto_connect: z.number().optional(),
  browser_extension_config: DevicePolicyBrowserExtensionConfigSchema.nullable().optional(),
  captive_portal: z.number().optional(),
  default: z.boolean().optional(),
  description: z.string().optional(),
  disable_auto_fallback: z.boolean().optional(),
  dns_search_suffixes: z.array(DevicePolicyDNSSearchSuffixSchema).optional(),
  enabled: z.boolean().optional(),
  exclude: z.array(DevicePolicySplitTunnelExcludeSchema).optional(),
  exclude_office_ips: z.boolean().optional(),
  global_acceleration: DevicePolicyGlobalAccelerationSchema.nullable().optional(),
  include: z.array(DevicePolicySplitTunnelIncludeSchema).optional(),
  lan_allow_minutes: z.number().optional(),
  lan_allow_subnet_size: z.number().optional(),
  match: z.string().optional(),
  precedence: z.number().optional(),
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
/** Parameters of `zeroTrust.devices.policies.custom.edit`. */
export const CustomPolicyEditParamsSchema: z.ZodType<CustomPolicyEditParams> = z.object({
  account_id: z.string(),
  allow_mode_switch: z.boolean().optional(),
  allow_updates: z.boolean().optional(),
  allowed_to_leave: z.boolean().optional(),
  auto_connect: z.number().optional(),
  browser_extension_config: DevicePolicyBrowserExtensionConfigSchema.nullable().optional(),
  captive_portal: z.number().optional(),
  default: z.boolean().optional(),
  description: z.string().optional(),
  disable_auto_fallback: z.boolean().optional(),
  dns_search_suffixes: z.array(DevicePolicyDNSSearchSuffixSchema).optional(),
  enabled: z.boolean().optional(),
  exclude: z.array(DevicePolicySplitTunnelExcludeSchema).optional(),
  exclude_office_ips: z.boolean().optional(),
  global_acceleration: DevicePolicyGlobalAccelerationSchema.nullable().optional(),
  include: z.array(DevicePolicySplitTunnelIncludeSchema).optional(),
  lan_allow_minutes: z.number().optional(),
  lan_allow_subnet_size: z.number().optional(),
  match: z.string().optional(),
  name: z.string().optional(),
  precedence: z.number().optional(),
  register_interface_ip_with_dns: z.boolean().optional(),
  sccm_vpn_boundary_support: z.boolean().optional(),
  service_mode_v2: DevicePolicyServiceModeV2Schema.optional(),
  support_url: z.string().optional(),
  switch_locked: z.boolean().optional(),
  tunnel_protocol: z.string().optional(),
  uninstall_protection: z.boolean().optional(),
  virtual_networks: DevicePolicyVirtualNetworksSchema.nullable().optional(),
});
/** Parameters of `zeroTrust.devices.policies.custom.delete`. */
export const CustomPolicyDeleteParamsSchema: z.ZodType<CustomPolicyDeleteParams> = z.object({
  account_id: z.string(),
});
