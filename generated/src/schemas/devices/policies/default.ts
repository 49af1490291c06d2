// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DefaultPolicyEditParams,
  DefaultPolicyEditResponse,
  DefaultPolicyGetParams,
  DefaultPolicyGetResponse,
} from '../../../types/devices/policies/default.js';
import {
  DevicePolicyDNSSearchSuffixSchema,
  DevicePolicyDefaultSettingsPolicySchema,
  DevicePolicyGlobalAccelerationSchema,
  DevicePolicyServiceModeV2Schema,
  DevicePolicySplitTunnelExcludeSchema,
  DevicePolicySplitTunnelIncludeSchema,
  DevicePolicyVirtualNetworksSchema,
} from './models.js';

/** The default device settings profile. */
export const DefaultPolicyGetResponseSchema: z.ZodType<DefaultPolicyGetResponse> =
  DevicePolicyDefaultSettingsPolicySchema;
/** The default device settings profile as updated. */
export const DefaultPolicyEditResponseSchema: z.ZodType<DefaultPolicyEditResponse> =
  DevicePolicyDefaultSettingsPolicySchema;
/** Parameters of `zeroTrust.devices.policies.default.get`. */
export const DefaultPolicyGetParamsSchema: z.ZodType<DefaultPolicyGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.policies.default.edit`. */
export const DefaultPolicyEditParamsSchema: z.ZodType<DefaultPolicyEditParams> = z.object({
  account_id: z.string(),
  allow_mode_switch: z.boolean().optional(),
  allow_updates: z.boolean().optional(),
  allowed_to_leave: z.boolean().optional(),
  auto_connect: z.number().optional(),
  captive_portal: z.number().optional(),
  disable_auto_fallback: z.boolean().optional(),
  dns_search_suffixes: z.array(DevicePolicyDNSSearchSuffixSchema).optional(),
  exclude: z.array(DevicePolicySplitTunnelExcludeSchema).optional(),
  exclude_office_ips: z.boolean().optional(),
  global_acceleration: DevicePolicyGlobalAccelerationSchema.nullable().optional(),
  include: z.array(DevicePolicySplitTunnelIncludeSchema).optional(),
  lan_allow_minutes: z.number().optional(),
  lan_allow_subnet_size: z.number().optional(),
  register_interface_ip_with_dns: z.boolean().optional(),
  sccm_vpn_boundary_support: z.boolean().optional(),
  service_mode_v2: DevicePolicyServiceModeV2Schema.optional(),
  support_url: z.string().optional(),
  switch_locked: z.boolean().optional(),
  tunnel_protocol: z.string().optional(),
  uninstall_protection: z.boolean().optional(),
  virtual_networks: DevicePolicyVirtualNetworksSchema.nullable().optional(),
});
