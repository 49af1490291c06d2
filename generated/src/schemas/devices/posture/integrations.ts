// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DevicePostureCrowdstrikeConfigRequest,
  DevicePostureCustomS2sConfigRequest,
  DevicePostureIntegration,
  DevicePostureIntegrationConfig,
  DevicePostureIntegrationConfigRequest,
  DevicePostureIntegrationType,
  DevicePostureIntuneConfigRequest,
  DevicePostureKolideConfigRequest,
  DevicePostureSentineloneS2sConfigRequest,
  DevicePostureTaniumConfigRequest,
  DevicePostureUptycsConfigRequest,
  DevicePostureWorkspaceOneConfigRequest,
  IntegrationCreateParams,
  IntegrationDeleteParams,
  IntegrationDeleteResponse,
  IntegrationEditParams,
  IntegrationGetParams,
  IntegrationListParams,
} from '../../../types/devices/posture/integrations.js';

/** The configuration object containing third-party integration information. */
export const DevicePostureIntegrationConfigSchema: z.ZodType<DevicePostureIntegrationConfig> =
  z.object({
    api_url: z.string(),
    auth_url: z.string(),
    client_id: z.string(),
  });
/** The type of device posture integration. */
export const DevicePostureIntegrationTypeSchema: z.ZodType<DevicePostureIntegrationType> = z.enum([
  'workspace_one',
  'crowdstrike_s2s',
  'uptycs',
  'intune',
  'kolide',
  'tanium_s2s',
  'sentinelone_s2s',
  'custom_s2s',
]);
export const DevicePostureIntegrationSchema: z.ZodType<DevicePostureIntegration> = z.object({
  id: z.string().optional(),
  config: DevicePostureIntegrationConfigSchema.optional(),
  interval: z.string().optional(),
  name: z.string().optional(),
  type: DevicePostureIntegrationTypeSchema.optional(),
});
export const DevicePostureWorkspaceOneConfigRequestSchema: z.ZodType<DevicePostureWorkspaceOneConfigRequest> =
  z.object({
    api_url: z.string(),
    auth_url: z.string(),
    client_id: z.string(),
    client_secret: z.string(),
  });
export const DevicePostureCrowdstrikeConfigRequestSchema: z.ZodType<DevicePostureCrowdstrikeConfigRequest> =
  z.object({
    api_url: z.string(),
    client_id: z.string(),
    client_secret: z.string(),
    customer_id: z.string(),
  });
export const DevicePostureUptycsConfigRequestSchema: z.ZodType<DevicePostureUptycsConfigRequest> =
  z.object({
    api_url: z.string(),
    client_key: z.string(),
    client_secret: z.string(),
    customer_id: z.string(),
  });
export const DevicePostureIntuneConfigRequestSchema: z.ZodType<DevicePostureIntuneConfigRequest> =
  z.object({
    client_id: z.string(),
    client_secret: z.string(),
    customer_id: z.string(),
  });
export const DevicePostureKolideConfigRequestSchema: z.ZodType<DevicePostureKolideConfigRequest> =
  z.object({
    client_id: z.string(),
    client_secret: z.string(),
  });
export const DevicePostureTaniumConfigRequestSchema: z.ZodType<DevicePostureTaniumConfigRequest> =
  z.object({
    api_url: z.string(),
    client_secret: z.string(),
    access_client_id: z.string().optional(),
    access_client_secret: z.string().optional(),
  });
export const DevicePostureSentineloneS2sConfigRequestSchema: z.ZodType<DevicePostureSentineloneS2sConfigRequest> =
  z.object({
    api_url: z.string(),
    client_secret: z.string(),
  });
export const DevicePostureCustomS2sConfigRequestSchema: z.ZodType<DevicePostureCustomS2sConfigRequest> =
  z.object({
    access_client_id: z.string(),
    access_client_secret: z.string(),
    api_url: z.string(),
  });
/** The configuration object containing third-party integration information. */
export const DevicePostureIntegrationConfigRequestSchema: z.ZodType<DevicePostureIntegrationConfigRequest> =
  z.union([
    DevicePostureWorkspaceOneConfigRequestSchema,
    DevicePostureCrowdstrikeConfigRequestSchema,
    DevicePostureUptycsConfigRequestSchema,
    DevicePostureIntuneConfigRequestSchema,
    DevicePostureKolideConfigRequestSchema,
    DevicePostureTaniumConfigRequestSchema,
    DevicePostureSentineloneS2sConfigRequestSchema,
    DevicePostureCustomS2sConfigRequestSchema,
  ]);
export const IntegrationDeleteResponseSchema: z.ZodType<IntegrationDeleteResponse> = z.unknown();
/** Parameters of `zeroTrust.devices.posture.integrations.list`. */
export const IntegrationListParamsSchema: z.ZodType<IntegrationListParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.posture.integrations.get`. */
export const IntegrationGetParamsSchema: z.ZodType<IntegrationGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.posture.integrations.create`. */
export const IntegrationCreateParamsSchema: z.ZodType<IntegrationCreateParams> = z.object({
  account_id: z.string(),
  config: DevicePostureIntegrationConfigRequestSchema,
  interval: z.string(),
  name: z.string(),
  type: DevicePostureIntegrationTypeSchema,
});
/** Parameters of `zeroTrust.devices.posture.integrations.edit`. */
export const IntegrationEditParamsSchema: z.ZodType<IntegrationEditParams> = z.object({
  account_id: z.string(),
  config: DevicePostureIntegrationConfigRequestSchema.optional(),
  interval: z.string().optional(),
  name: z.string().optional(),
  type: DevicePostureIntegrationTypeSchema.optional(),
});
/** Parameters of `zeroTrust.devices.posture.integrations.delete`. */
export const IntegrationDeleteParamsSchema: z.ZodType<IntegrationDeleteParams> = z.object({
  account_id: z.string(),
});
