// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';

/** Parameters of `zeroTrust.devices.revoke.create`. */
export const RevokeCreateParamsSchema = z.object({
  account_id: z.string(),
  body: z.array(z.string()),
});
