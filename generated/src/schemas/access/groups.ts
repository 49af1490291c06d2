// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type { LooseScope } from '../../runtime/index.js';
import type {
  GroupCreateParams,
  GroupCreateResponse,
  GroupDeleteParams,
  GroupDeleteResponse,
  GroupGetParams,
  GroupGetResponse,
  GroupListParams,
  GroupListResponse,
  GroupUpdateParams,
  GroupUpdateResponse,
  ZeroTrustGroup,
} from '../../types/access/groups.js';
import { AccessRuleSchema } from '../shared/access-rules.js';

export const ZeroTrustGroupSchema: z.ZodType<ZeroTrustGroup> = z.object({
  id: z.string().optional(),
  displayName: z.string().optional(),
  externalId: z.string().optional(),
  meta: z
    .object({
      created: z.iso.datetime({ offset: true }).optional(),
      lastModified: z.iso.datetime({ offset: true }).optional(),
    })
    .optional(),
  schemas: z.array(z.string()).optional(),
});
export const GroupListResponseSchema: z.ZodType<GroupListResponse> = z.object({
  id: z.string().max(36).optional(),
  created_at: z.iso.datetime({ offset: true }).optional(),
  exclude: z.array(AccessRuleSchema).optional(),
  include: z.array(AccessRuleSchema).optional(),
  is_default: z.array(AccessRuleSchema).optional(),
  name: z.string().optional(),
  require: z.array(AccessRuleSchema).optional(),
  updated_at: z.iso.datetime({ offset: true }).optional(),
});
/** The Access group that was fetched. */
export const GroupGetResponseSchema: z.ZodType<GroupGetResponse> = GroupListResponseSchema;
/** The Access group that was created. */
export const GroupCreateResponseSchema: z.ZodType<GroupCreateResponse> = GroupListResponseSchema;
/** The Access group as updated. */
export const GroupUpdateResponseSchema: z.ZodType<GroupUpdateResponse> = GroupListResponseSchema;
export const GroupDeleteResponseSchema: z.ZodType<GroupDeleteResponse> = z.object({
  id: z.string().max(36).optional(),
});
/** Parameters of `zeroTrust.access.groups.list`. */
export const GroupListParamsSchema: z.ZodType<LooseScope<GroupListParams>> = z.object({
  account_id: z.string().optional(),
  zone_id: z.string().optional(),
  name: z.string().optional(),
  search: z.string().optional(),
  page: z.int().min(1).optional(),
  per_page: z.int().min(1).optional(),
});
/** Parameters of `zeroTrust.access.groups.get`. */
export const GroupGetParamsSchema: z.ZodType<LooseScope<GroupGetParams>> = z.object({
  account_id: z.string().optional(),
  zone_id: z.string().optional(),
});
/** Parameters of `zeroTrust.access.groups.create`. */
export const GroupCreateParamsSchema: z.ZodType<LooseScope<GroupCreateParams>> = z.object({
  account_id: z.string().optional(),
  zone_id: z.string().optional(),
  include: z.array(AccessRuleSchema),
  name: z.string(),
  exclude: z.array(AccessRuleSchema).optional(),
  is_default: z.boolean().optional(),
  require: z.array(AccessRuleSchema).optional(),
});
/** Parameters of `zeroTrust.access.groups.update`. */
export const GroupUpdateParamsSchema: z.ZodType<LooseScope<GroupUpdateParams>> = z.object({
  account_id: z.string().optional(),
  zone_id: z.string().optional(),
  include: z.array(AccessRuleSchema),
  name: z.string(),
  exclude: z.array(AccessRuleSchema).optional(),
  is_default: z.boolean().optional(),
  require: z.array(AccessRuleSchema).optional(),
});
/** Parameters of `zeroTrust.access.groups.delete`. */
export const GroupDeleteParamsSchema: z.ZodType<LooseScope<GroupDeleteParams>> = z.object({
  account_id: z.string().optional(),
  zone_id: z.string().optional(),
});
