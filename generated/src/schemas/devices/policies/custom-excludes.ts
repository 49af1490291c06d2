// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  CustomExcludeGetParams,
  CustomExcludeUpdateParams,
} from '../../../types/devices/policies/custom-excludes.js';
import { DevicePolicySplitTunnelExcludeSchema } from './models.js';

/** Parameters of `zeroTrust.devices.policies.custom.excludes.get`. */
export const CustomExcludeGetParamsSchema: z.ZodType<CustomExcludeGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.policies.custom.excludes.update`. */
export const CustomExcludeUpdateParamsSchema: z.ZodType<CustomExcludeUpdateParams> = z.object({
  account_id: z.string(),
  body: z.array(DevicePolicySplitTunnelExcludeSchema),
});
