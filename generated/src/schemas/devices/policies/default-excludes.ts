// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DefaultExcludeGetParams,
  DefaultExcludeUpdateParams,
} from '../../../types/devices/policies/default-excludes.js';
import { DevicePolicySplitTunnelExcludeSchema } from './models.js';

/** Parameters of `zeroTrust.devices.policies.default.excludes.get`. */
export const DefaultExcludeGetParamsSchema: z.ZodType<DefaultExcludeGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.policies.default.excludes.update`. */
export const DefaultExcludeUpdateParamsSchema: z.ZodType<DefaultExcludeUpdateParams> = z.object({
  account_id: z.string(),
  body: z.array(DevicePolicySplitTunnelExcludeSchema),
});
