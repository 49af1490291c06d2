// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import { DevicePolicySplitTunnelExcludeSchema } from './models.js';

/** Parameters of `zeroTrust.devices.policies.default.excludes.get`. */
export const DefaultExcludeGetParamsSchema = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.policies.default.excludes.update`. */
export const DefaultExcludeUpdateParamsSchema = z.object({
  account_id: z.string(),
  body: z.array(DevicePolicySplitTunnelExcludeSchema),
});
