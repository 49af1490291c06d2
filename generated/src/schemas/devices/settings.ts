// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DeviceSettings,
  SettingDeleteParams,
  SettingEditParams,
  SettingGetParams,
  SettingUpdateParams,
} from '../../types/devices/settings.js';

export const DeviceSettingsSchema: z.ZodType<DeviceSettings> = z.object({
  disable_for_time: z.number().optional(),
  external_emergency_signal_enabled: z.boolean().optional(),
  external_emergency_signal_fingerprint: z
    .string()
    .regex(new RegExp('^[0-9A-Fa-f]{64}$'))
    .optional(),
  external_emergency_signal_interval: z.string().optional(),
  external_emergency_signal_url: z.url().optional(),
  gateway_proxy_enabled: z.boolean().optional(),
  gateway_udp_proxy_enabled: z.boolean().optional(),
  root_certificate_installation_enabled: z.boolean().optional(),
  use_zt_virtual_ip: z.boolean().optional(),
});
/** Parameters of `zeroTrust.devices.settings.get`. */
export const SettingGetParamsSchema: z.ZodType<SettingGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.settings.update`. */
export const SettingUpdateParamsSchema: z.ZodType<SettingUpdateParams> = z.object({
  account_id: z.string(),
  disable_for_time: z.number().optional(),
  external_emergency_signal_enabled: z.boolean().optional(),
  external_emergency_signal_fingerprint: z
    .string()
    .regex(new RegExp('^[0-9A-Fa-f]{64}$'))
    .optional(),
  external_emergency_signal_interval: z.string().optional(),
  external_emergency_signal_url: z.url().optional(),
  gateway_proxy_enabled: z.boolean().optional(),
  gateway_udp_proxy_enabled: z.boolean().optional(),
  root_certificate_installation_enabled: z.boolean().optional(),
  use_zt_virtual_ip: z.boolean().optional(),
});
/** Parameters of `zeroTrust.devices.settings.edit`. */
export const SettingEditParamsSchema: z.ZodType<SettingEditParams> = z.object({
  account_id: z.string(),
  disable_for_time: z.number().optional(),
  external_emergency_signal_enabled: z.boolean().optional(),
  external_emergency_signal_fingerprint: z
    .string()
    .regex(new RegExp('^[0-9A-Fa-f]{64}$'))
    .optional(),
  external_emergency_signal_interval: z.string().optional(),
  external_emergency_signal_url: z.url().optional(),
  gateway_proxy_enabled: z.boolean().optional(),
  gateway_udp_proxy_enabled: z.boolean().optional(),
  root_certificate_installation_enabled: z.boolean().optional(),
  use_zt_virtual_ip: z.boolean().optional(),
});
/** Parameters of `zeroTrust.devices.settings.delete`. */
export const SettingDeleteParamsSchema: z.ZodType<SettingDeleteParams> = z.object({
  account_id: z.string(),
});
