// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DefaultIncludeGetParams,
  DefaultIncludeUpdateParams,
} from '../../../types/devices/policies/default-includes.js';
import { DevicePolicySplitTunnelIncludeSchema } from './models.js';

/** Parameters of `zeroTrust.devices.policies.default.includes.get`. */
export const DefaultIncludeGetParamsSchema: z.ZodType<DefaultIncludeGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.policies.default.includes.update`. */
export const DefaultIncludeUpdateParamsSchema: z.ZodType<DefaultIncludeUpdateParams> = z.object({
  account_id: z.string(),
  body: z.array(DevicePolicySplitTunnelIncludeSchema),
});
