// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type { UnrevokeCreateParams } from '../../types/devices/unrevoke.js';

/** Parameters of `zeroTrust.devices.unrevoke.create`. */
export const UnrevokeCreateParamsSchema: z.ZodType<UnrevokeCreateParams> = z.object({
  account_id: z.string(),
  body: z.array(z.string()),
});
