// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  AccessUser,
  AccessUserEmail,
  AccessUserMeta,
  SCIMUserListParams,
} from '../../types/identity-providers/scim-users.js';

/** An email address of a SCIM User resource. */
export const AccessUserEmailSchema: z.ZodType<AccessUserEmail> = z.object({
  primary: z.boolean().optional(),
  type: z.string().optional(),
  value: z.string().optional(),
});
/** The metadata of the SCIM resource. */
export const AccessUserMetaSchema: z.ZodType<AccessUserMeta> = z.object({
  created: z.string().optional(),
  lastModified: z.string().optional(),
});
/** A SCIM User resource. */
export const AccessUserSchema: z.ZodType<AccessUser> = z.object({
  id: z.string().optional(),
  active: z.boolean().optional(),
  displayName: z.string().optional(),
  emails: z.array(AccessUserEmailSchema).optional(),
  externalId: z.string().optional(),
  meta: AccessUserMetaSchema.optional(),
  schemas: z.array(z.string()).optional(),
});
/** Parameters of `zeroTrust.identityProviders.scim.users.list`. */
export const SCIMUserListParamsSchema: z.ZodType<SCIMUserListParams> = z.object({
  account_id: z.string(),
  cf_resource_id: z.array(z.string()).max(50).optional(),
  email: z.string().optional(),
  idp_resource_id: z.array(z.string()).max(50).optional(),
  name: z.string().optional(),
  username: z.string().optional(),
  page: z.int().min(1).optional(),
  per_page: z.int().min(1).optional(),
});
