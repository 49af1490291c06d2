// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DeploymentGroup,
  DeploymentGroupCreateParams,
  DeploymentGroupDeleteParams,
  DeploymentGroupDeleteResponse,
  DeploymentGroupEditParams,
  DeploymentGroupGetParams,
  DeploymentGroupListParams,
  DeploymentGroupVersionConfig,
} from '../../types/devices/deployment-groups.js';

export const DeploymentGroupVersionConfigSchema: z.ZodType<DeploymentGroupVersionConfig> = z.object(
  {
    target_environment: z.string().nullable(),
    version: z.string(),
  },
);
export const DeploymentGroupSchema: z.ZodType<DeploymentGroup> = z.object({
  id: z.string(),
  created_at: z.iso.datetime({ offset: true }),
  name: z.string(),
  updated_at: z.iso.datetime({ offset: true }),
  version_config: z.array(DeploymentGroupVersionConfigSchema),
  policy_ids: z.array(z.string()).nullable().optional(),
});
export const DeploymentGroupDeleteResponseSchema: z.ZodType<DeploymentGroupDeleteResponse> =
  z.object({
    id: z.string().optional(),
  });
/** Parameters of `zeroTrust.devices.deploymentGroups.create`. */
export const DeploymentGroupCreateParamsSchema: z.ZodType<DeploymentGroupCreateParams> = z.object({
  account_id: z.string(),
  name: z.string(),
  version_config: z.array(DeploymentGroupVersionConfigSchema).min(1),
  policy_ids: z.array(z.string()).optional(),
});
/** Parameters of `zeroTrust.devices.deploymentGroups.list`. */
export const DeploymentGroupListParamsSchema: z.ZodType<DeploymentGroupListParams> = z.object({
  account_id: z.string(),
  page: z.int().min(1).optional(),
  per_page: z.int().min(1).optional(),
});
/** Parameters of `zeroTrust.devices.deploymentGroups.get`. */
export const DeploymentGroupGetParamsSchema: z.ZodType<DeploymentGroupGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.deploymentGroups.edit`. */
export const DeploymentGroupEditParamsSchema: z.ZodType<DeploymentGroupEditParams> = z.object({
  account_id: z.string(),
  name: z.string().optional(),
  policy_ids: z.array(z.string()).optional(),
  version_config: z.array(DeploymentGroupVersionConfigSchema).optional(),
});
/** Parameters of `zeroTrust.devices.deploymentGroups.delete`. */
export const DeploymentGroupDeleteParamsSchema: z.ZodType<DeploymentGroupDeleteParams> = z.object({
  account_id: z.string(),
});
