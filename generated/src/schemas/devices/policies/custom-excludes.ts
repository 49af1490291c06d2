// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import { DevicePolicySplitTunnelExcludeSchema } from './models.js';

/** Parameters of `zeroTrust.devices.policies.custom.excludes.get`. */
export const CustomExcludeGetParamsSchema = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.policies.custom.excludes.update`. */
export const CustomExcludeUpdateParamsSchema = z.object({
  account_id: z.string(),
  body: z.array(DevicePolicySplitTunnelExcludeSchema),
});
