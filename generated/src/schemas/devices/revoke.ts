// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type { RevokeCreateParams } from '../../types/devices/revoke.js';

/** Parameters of `zeroTrust.devices.revoke.create`. */
export const RevokeCreateParamsSchema: z.ZodType<RevokeCreateParams> = z.object({
  account_id: z.string(),
  body: z.array(z.string()),
});
