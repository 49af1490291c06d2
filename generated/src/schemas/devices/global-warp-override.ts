// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  GlobalWARPOverrideCreateParams,
  GlobalWARPOverrideCreateResponse,
  GlobalWARPOverrideGetParams,
  GlobalWARPOverrideGetResponse,
} from '../../types/devices/global-warp-override.js';

export const GlobalWARPOverrideGetResponseSchema: z.ZodType<GlobalWARPOverrideGetResponse> =
  z.object({
    disconnect: z.boolean().optional(),
    timestamp: z.iso.datetime({ offset: true }).optional(),
  });
export const GlobalWARPOverrideCreateResponseSchema: z.ZodType<GlobalWARPOverrideCreateResponse> =
  GlobalWARPOverrideGetResponseSchema;
/** Parameters of `zeroTrust.devices.resilience.globalWARPOverride.get`. */
export const GlobalWARPOverrideGetParamsSchema: z.ZodType<GlobalWARPOverrideGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.resilience.globalWARPOverride.create`. */
export const GlobalWARPOverrideCreateParamsSchema: z.ZodType<GlobalWARPOverrideCreateParams> =
  z.object({
    account_id: z.string(),
    disconnect: z.boolean(),
    justification: z.string().optional(),
  });
