// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  IPProfile,
  IPProfileCreateParams,
  IPProfileDeleteParams,
  IPProfileDeleteResponse,
  IPProfileGetParams,
  IPProfileListParams,
  IPProfileUpdateParams,
} from '../../types/devices/ip-profiles.js';

export const IPProfileSchema: z.ZodType<IPProfile> = z.object({
  id: z.string(),
  created_at: z.iso.datetime({ offset: true }),
  description: z.string().nullable(),
  enabled: z.boolean(),
  match: z.string(),
  name: z.string(),
  precedence: z.number(),
  subnet_id: z.string(),
  updated_at: z.iso.datetime({ offset: true }),
});
export const IPProfileDeleteResponseSchema: z.ZodType<IPProfileDeleteResponse> = z.object({
  id: z.string().optional(),
});
/** Parameters of `zeroTrust.devices.ipProfiles.list`. */
export const IPProfileListParamsSchema: z.ZodType<IPProfileListParams> = z.object({
  account_id: z.string(),
  page: z.int().min(1).optional(),
  per_page: z.int().min(1).optional(),
});
/** Parameters of `zeroTrust.devices.ipProfiles.get`. */
export const IPProfileGetParamsSchema: z.ZodType<IPProfileGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.ipProfiles.create`. */
export const IPProfileCreateParamsSchema: z.ZodType<IPProfileCreateParams> = z.object({
  account_id: z.string(),
  match: z.string(),
  name: z.string(),
  precedence: z.number(),
  subnet_id: z.string(),
  description: z.string().nullable().optional(),
  enabled: z.boolean().optional(),
});
/** Parameters of `zeroTrust.devices.ipProfiles.update`. */
export const IPProfileUpdateParamsSchema: z.ZodType<IPProfileUpdateParams> = z.object({
  account_id: z.string(),
  description: z.string().optional(),
  enabled: z.boolean().optional(),
  match: z.string().optional(),
  name: z.string().optional(),
  precedence: z.number().optional(),
  subnet_id: z.string().optional(),
});
/** Parameters of `zeroTrust.devices.ipProfiles.delete`. */
export const IPProfileDeleteParamsSchema: z.ZodType<IPProfileDeleteParams> = z.object({
  account_id: z.string(),
});
