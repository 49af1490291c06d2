// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DeviceDeleteParams,
  DeviceGetParams,
  DeviceGetResponse,
  DeviceLastSeenRegistration,
  DeviceListParams,
  DeviceListResponse,
  DeviceRevokeParams,
} from '../../types/devices/physical-devices.js';
import { DeviceUserSchema } from './devices.js';
import { RegistrationPolicySchema } from './registrations.js';

/** The last seen registration for the device. */
export const DeviceLastSeenRegistrationSchema: z.ZodType<DeviceLastSeenRegistration> = z.object({
  policy: RegistrationPolicySchema.nullable().optional(),
});
/** A WARP Device. */
export const DeviceListResponseSchema: z.ZodType<DeviceListResponse> = z.object({
  id: z.string(),
  active_registrations: z.number(),
  created_at: z.iso.datetime({ offset: true }),
  last_seen_at: z.iso.datetime({ offset: true }).nullable(),
  name: z.string(),
  tags: z.record(z.string(), z.string()),
  updated_at: z.iso.datetime({ offset: true }),
  client_version: z.string().nullable().optional(),
  deleted_at: z.iso.datetime({ offset: true }).nullable().optional(),
  device_type: z.string().nullable().optional(),
  hardware_id: z.string().nullable().optional(),
  last_seen_registration: DeviceLastSeenRegistrationSchema.nullable().optional(),
  last_seen_user: DeviceUserSchema.nullable().optional(),
  mac_address: z.string().nullable().optional(),
  manufacturer: z.string().nullable().optional(),
  model: z.string().nullable().optional(),
  os_version: z.string().nullable().optional(),
  os_version_extra: z.string().nullable().optional(),
  public_ip: z.string().nullable().optional(),
  serial_number: z.string().nullable().optional(),
});
/** A WARP Device. */
export const DeviceGetResponseSchema: z.ZodType<DeviceGetResponse> = DeviceListResponseSchema;
/** Parameters of `zeroTrust.devices.devices.list`. */
export const DeviceListParamsSchema: z.ZodType<DeviceListParams> = z.object({
  account_id: z.string(),
  id: z.array(z.string()).optional(),
  active_registrations: z.enum(['include', 'only', 'exclude']).optional(),
  has_registration_type: z.enum(['warp', 'browser_extension']).optional(),
  include: z.string().optional(),
  last_seen_registration: z
    .object({
      policy: z.string().optional(),
    })
    .optional(),
  last_seen_user: z
    .object({
      email: z.string().optional(),
    })
    .optional(),
  search: z.string().optional(),
  seen_after: z.string().optional(),
  seen_before: z.string().optional(),
  sort_by: z
    .enum([
      'name',
      'id',
      'client_version',
      'last_seen_user.email',
      'last_seen_at',
      'active_registrations',
      'created_at',
    ])
    .optional(),
  sort_order: z.enum(['asc', 'desc']).optional(),
  tag: z.array(z.string()).optional(),
  cursor: z.string().optional(),
  per_page: z.int().min(1).optional(),
});
/** Parameters of `zeroTrust.devices.devices.get`. */
export const DeviceGetParamsSchema: z.ZodType<DeviceGetParams> = z.object({
  account_id: z.string(),
  include: z.string().optional(),
});
/** Parameters of `zeroTrust.devices.devices.delete`. */
export const DeviceDeleteParamsSchema: z.ZodType<DeviceDeleteParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.devices.revoke`. */
export const DeviceRevokeParamsSchema: z.ZodType<DeviceRevokeParams> = z.object({
  account_id: z.string(),
});
