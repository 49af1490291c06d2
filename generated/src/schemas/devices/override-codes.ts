// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  OverrideCodeDisableForTime,
  OverrideCodeGetParams,
  OverrideCodeGetResponse,
  OverrideCodeListParams,
  OverrideCodeListResponse,
} from '../../types/devices/override-codes.js';

export const OverrideCodeDisableForTimeSchema: z.ZodType<OverrideCodeDisableForTime> = z.object({
  '1': z.string().optional(),
  '3': z.string().optional(),
  '6': z.string().optional(),
  '12': z.string().optional(),
  '24': z.string().optional(),
});
export const OverrideCodeListResponseSchema: z.ZodType<OverrideCodeListResponse> = z.object({
  disable_for_time: OverrideCodeDisableForTimeSchema.optional(),
});
export const OverrideCodeGetResponseSchema: z.ZodType<OverrideCodeGetResponse> = z.object({
  disable_for_time: z.record(z.string(), z.string()).optional(),
});
/** Parameters of `zeroTrust.devices.overrideCodes.list`. */
export const OverrideCodeListParamsSchema: z.ZodType<OverrideCodeListParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.overrideCodes.get`. */
export const OverrideCodeGetParamsSchema: z.ZodType<OverrideCodeGetParams> = z.object({
  account_id: z.string(),
});
