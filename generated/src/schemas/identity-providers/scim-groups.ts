// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type { SCIMGroupListParams } from '../../types/identity-providers/scim-groups.js';

/** Parameters of `zeroTrust.identityProviders.scim.groups.list`. */
export const SCIMGroupListParamsSchema: z.ZodType<SCIMGroupListParams> = z.object({
  account_id: z.string(),
  cf_resource_id: z.array(z.string()).max(50).optional(),
  idp_resource_id: z.array(z.string()).max(50).optional(),
  name: z.string().optional(),
  page: z.int().min(1).optional(),
  per_page: z.int().min(1).optional(),
});
