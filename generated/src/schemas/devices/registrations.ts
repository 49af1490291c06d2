// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  RegistrationBulkDeleteParams,
  RegistrationDeleteParams,
  RegistrationDevice,
  RegistrationGetParams,
  RegistrationGetResponse,
  RegistrationListParams,
  RegistrationListResponse,
  RegistrationPolicy,
  RegistrationRevokeParams,
  RegistrationUnrevokeParams,
} from '../../types/devices/registrations.js';
import { DeviceUserSchema } from './devices.js';

/** Device details embedded inside of a registration. */
export const RegistrationDeviceSchema: z.ZodType<RegistrationDevice> = z.object({
  id: z.string(),
  name: z.string(),
  client_version: z.string().optional(),
});
/** A summary of the device profile evaluated for the registration. */
export const RegistrationPolicySchema: z.ZodType<RegistrationPolicy> = z.object({
  id: z.string(),
  default: z.boolean(),
  deleted: z.boolean(),
  name: z.string(),
  updated_at: z.iso.datetime({ offset: true }),
});
/** A WARP configuration tied to a single user. Multiple registrations can be created from a single WARP device. */
export const RegistrationListResponseSchema: z.ZodType<RegistrationListResponse> = z.object({
  id: z.string(),
  created_at: z.iso.datetime({ offset: true }),
  device: RegistrationDeviceSchema,
  key: z.string(),
  last_seen_at: z.iso.datetime({ offset: true }),
  registration_type: z.enum(['warp', 'browser_extension']),
  updated_at: z.iso.datetime({ offset: true }),
  deleted_at: z.iso.datetime({ offset: true }).nullable().optional(),
  key_type: z.string().nullable().optional(),
  policy: RegistrationPolicySchema.optional(),
  revoked_at: z.iso.datetime({ offset: true }).nullable().optional(),
  tunnel_type: z.string().nullable().optional(),
  user: DeviceUserSchema.optional(),
  virtual_ipv4: z.string().nullable().optional(),
  virtual_ipv6: z.string().nullable().optional(),
});
/** A WARP configuration tied to a single user. Multiple registrations can be created from a single WARP device. */
export const RegistrationGetResponseSchema: z.ZodType<RegistrationGetResponse> =
  RegistrationListResponseSchema;
/** Parameters of `zeroTrust.devices.registrations.list`. */
export const RegistrationListParamsSchema: z.ZodType<RegistrationListParams> = z.object({
  account_id: z.string(),
  id: z.array(z.string()).optional(),
  device: z
    .object({
      id: z.string().optional(),
    })
    .optional(),
  include: z.string().optional(),
  policy: z
    .object({
      id: z.string().optional(),
    })
    .optional(),
  registration_type: z.enum(['warp', 'browser_extension']).optional(),
  search: z.string().optional(),
  seen_after: z.string().optional(),
  seen_before: z.string().optional(),
  sort_by: z.enum(['id', 'user.name', 'user.email', 'last_seen_at', 'created_at']).optional(),
  sort_order: z.enum(['asc', 'desc']).optional(),
  status: z.enum(['active', 'all', 'revoked']).optional(),
  user: z
    .object({
      id: z.array(z.string()).optional(),
    })
    .optional(),
  cursor: z.string().optional(),
  per_page: z.int().min(1).optional(),
});
/** Parameters of `zeroTrust.devices.registrations.get`. */
export const RegistrationGetParamsSchema: z.ZodType<RegistrationGetParams> = z.object({
  account_id: z.string(),
  include: z.string().optional(),
});
/** Parameters of `zeroTrust.devices.registrations.delete`. */
export const RegistrationDeleteParamsSchema: z.ZodType<RegistrationDeleteParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.registrations.bulkDelete`. */
export const RegistrationBulkDeleteParamsSchema: z.ZodType<RegistrationBulkDeleteParams> = z.object(
  {
    account_id: z.string(),
    id: z.array(z.string()),
  },
);
/** Parameters of `zeroTrust.devices.registrations.revoke`. */
export const RegistrationRevokeParamsSchema: z.ZodType<RegistrationRevokeParams> = z.object({
  account_id: z.string(),
  id: z.array(z.string()),
});
/** Parameters of `zeroTrust.devices.registrations.unrevoke`. */
export const RegistrationUnrevokeParamsSchema: z.ZodType<RegistrationUnrevokeParams> = z.object({
  account_id: z.string(),
  id: z.array(z.string()),
});
