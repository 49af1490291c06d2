// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  CustomIncludeGetParams,
  CustomIncludeUpdateParams,
} from '../../../types/devices/policies/custom-includes.js';
import { DevicePolicySplitTunnelIncludeSchema } from './models.js';

/** Parameters of `zeroTrust.devices.policies.custom.includes.get`. */
export const CustomIncludeGetParamsSchema: z.ZodType<CustomIncludeGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.policies.custom.includes.update`. */
export const CustomIncludeUpdateParamsSchema: z.ZodType<CustomIncludeUpdateParams> = z.object({
  account_id: z.string(),
  body: z.array(DevicePolicySplitTunnelIncludeSchema),
});
