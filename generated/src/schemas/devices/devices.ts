// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DeprecatedDeviceAccount,
  DeprecatedDeviceGetParams,
  DeprecatedDeviceGetResponse,
  DeprecatedDeviceListParams,
  Device,
  DeviceUser,
} from '../../types/devices/devices.js';

export const DeviceUserSchema: z.ZodType<DeviceUser> = z.object({
  id: z.string().max(36).optional(),
  email: z.string().max(90).optional(),
  name: z.string().optional(),
});
export const DeviceSchema: z.ZodType<Device> = z.object({
  id: z.string().max(36).optional(),
  created: z.iso.datetime({ offset: true }).optional(),
  deleted: z.boolean().optional(),
  device_type: z.enum(['windows', 'mac', 'linux', 'android', 'ios', 'chromeos']).optional(),
  ip: z.string().optional(),
  key: z.string().optional(),
  last_seen: z.iso.datetime({ offset: true }).optional(),
  mac_address: z.string().optional(),
  manufacturer: z.string().optional(),
  model: z.string().optional(),
  name: z.string().optional(),
  os_distro_name: z.string().optional(),
  os_distro_revision: z.string().optional(),
  os_version: z.string().optional(),
  os_version_extra: z.string().optional(),
  revoked_at: z.iso.datetime({ offset: true }).optional(),
  serial_number: z.string().optional(),
  updated: z.iso.datetime({ offset: true }).optional(),
  user: DeviceUserSchema.optional(),
  version: z.string().optional(),
});
export const DeprecatedDeviceAccountSchema: z.ZodType<DeprecatedDeviceAccount> = z.object({
  id: z.string().optional(),
  account_type: z.string().optional(),
  name: z.string().optional(),
});
export const DeprecatedDeviceGetResponseSchema: z.ZodType<DeprecatedDeviceGetResponse> = z.object({
  id: z.string().max(36).optional(),
  account: DeprecatedDeviceAccountSchema.optional(),
  created: z.iso.datetime({ offset: true }).optional(),
  deleted: z.boolean().optional(),
  device_type: z.string().optional(),
  gateway_device_id: z.string().optional(),
  ip: z.string().optional(),
  key: z.string().optional(),
  key_type: z.string().optional(),
  last_seen: z.iso.datetime({ offset: true }).optional(),
  mac_address: z.string().optional(),
  model: z.string().optional(),
  name: z.string().optional(),
  os_version: z.string().optional(),
  serial_number: z.string().optional(),
  tunnel_type: z.string().optional(),
  updated: z.iso.datetime({ offset: true }).optional(),
  user: DeviceUserSchema.optional(),
  version: z.string().optional(),
});
/** Parameters of `zeroTrust.devices.list`. */
export const DeprecatedDeviceListParamsSchema: z.ZodType<DeprecatedDeviceListParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.get`. */
export const DeprecatedDeviceGetParamsSchema: z.ZodType<DeprecatedDeviceGetParams> = z.object({
  account_id: z.string(),
});
