// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DevicePostureAntivirusInput,
  DevicePostureApplicationInput,
  DevicePostureCarbonblackInput,
  DevicePostureClientCertificateInput,
  DevicePostureClientCertificateV2Input,
  DevicePostureCrowdstrikeInput,
  DevicePostureCustomS2sInput,
  DevicePostureDiskEncryptionInput,
  DevicePostureDomainJoinedInput,
  DevicePostureFileInput,
  DevicePostureFirewallInput,
  DevicePostureInput,
  DevicePostureIntuneInput,
  DevicePostureKolideInput,
  DevicePostureMatch,
  DevicePostureOSVersionInput,
  DevicePostureOperator,
  DevicePostureRule,
  DevicePostureRuleType,
  DevicePostureSentineloneInput,
  DevicePostureSentineloneS2sInput,
  DevicePostureSerialNumberListInput,
  DevicePostureTaniumInput,
  DevicePostureUniqueClientIDInput,
  DevicePostureWorkspaceOneInput,
  PostureCreateParams,
  PostureDeleteParams,
  PostureDeleteResponse,
  PostureGetParams,
  PostureListParams,
  PostureUpdateParams,
} from '../../../types/devices/posture/rules.js';

export const DevicePostureFileInputSchema: z.ZodType<DevicePostureFileInput> = z.object({
  operating_system: z.enum(['windows', 'linux', 'mac']),
  path: z.string(),
  exists: z.boolean().optional(),
  sha256: z.string().optional(),
  thumbprint: z.string().optional(),
});
export const DevicePostureUniqueClientIDInputSchema: z.ZodType<DevicePostureUniqueClientIDInput> =
  z.object({
    id: z.string(),
    operating_system: z.enum(['android', 'ios', 'chromeos']),
  });
export const DevicePostureDomainJoinedInputSchema: z.ZodType<DevicePostureDomainJoinedInput> =
  z.object({
    operating_system: z.literal('windows'),
    domain: z.string().optional(),
  });
export const DevicePostureOperatorSchema: z.ZodType<DevicePostureOperator> = z.enum([
  '<',
  '<=',
  '>',
  '>=',
  '==',
]);
export const DevicePostureOSVersionInputSchema: z.ZodType<DevicePostureOSVersionInput> = z.object({
  operating_system: z.literal('windows'),
  operator: DevicePostureOperatorSchema,
  version: z.string(),
  os_distro_name: z.string().optional(),
  os_distro_revision: z.string().optional(),
  os_version_extra: z.string().optional(),
});
export const DevicePostureFirewallInputSchema: z.ZodType<DevicePostureFirewallInput> = z.object({
  enabled: z.boolean(),
  operating_system: z.enum(['windows', 'mac']),
});
export const DevicePostureSentineloneInputSchema: z.ZodType<DevicePostureSentineloneInput> =
  z.object({
    operating_system: z.enum(['windows', 'linux', 'mac']),
    path: z.string(),
    sha256: z.string().optional(),
    thumbprint: z.string().optional(),
  });
export const DevicePostureCarbonblackInputSchema: z.ZodType<DevicePostureCarbonblackInput> =
  z.object({
    operating_system: z.enum(['windows', 'linux', 'mac']),
    path: z.string(),
    sha256: z.string().optional(),
    thumbprint: z.string().optional(),
  });
export const DevicePostureSerialNumberListInputSchema: z.ZodType<DevicePostureSerialNumberListInput> =
  z.object({
    id: z.string(),
  });
export const DevicePostureDiskEncryptionInputSchema: z.ZodType<DevicePostureDiskEncryptionInput> =
  z.object({
    checkDisks: z.array(z.string()).optional(),
    requireAll: z.boolean().optional(),
  });
export const DevicePostureApplicationInputSchema: z.ZodType<DevicePostureApplicationInput> =
  z.object({
    operating_system: z.enum(['windows', 'linux', 'mac']),
    path: z.string(),
    sha256: z.string().optional(),
    thumbprint: z.string().optional(),
  });
export const DevicePostureClientCertificateInputSchema: z.ZodType<DevicePostureClientCertificateInput> =
  z.object({
    certificate_id: z.string(),
    cn: z.string(),
  });
export const DevicePostureClientCertificateV2InputSchema: z.ZodType<DevicePostureClientCertificateV2Input> =
  z.object({
    certificate_id: z.string(),
    check_private_key: z.boolean(),
    operating_system: z.enum(['windows', 'linux', 'mac']),
    cn: z.string().optional(),
    extended_key_usage: z.array(z.enum(['clientAuth', 'emailProtection'])).optional(),
    locations: z
      .object({
        paths: z.array(z.string()).optional(),
        trust_stores: z.array(z.enum(['system', 'user'])).optional(),
      })
      .optional(),
    subject_alternative_names: z.array(z.string()).optional(),
  });
export const DevicePostureAntivirusInputSchema: z.ZodType<DevicePostureAntivirusInput> = z.object({
  update_window_days: z.number().optional(),
});
export const DevicePostureWorkspaceOneInputSchema: z.ZodType<DevicePostureWorkspaceOneInput> =
  z.object({
    compliance_status: z.enum(['compliant', 'noncompliant', 'unknown']),
    connection_id: z.string(),
  });
export const DevicePostureCrowdstrikeInputSchema: z.ZodType<DevicePostureCrowdstrikeInput> =
  z.object({
    connection_id: z.string(),
    last_seen: z.string().optional(),
    operator: DevicePostureOperatorSchema.optional(),
    os: z.string().optional(),
    overall: z.string().optional(),
    sensor_config: z.string().optional(),
    state: z.enum(['online', 'offline', 'unknown']).optional(),
    version: z.string().optional(),
    versionOperator: DevicePostureOperatorSchema.optional(),
  });
export const DevicePostureIntuneInputSchema: z.ZodType<DevicePostureIntuneInput> = z.object({
  compliance_status: z.enum([
    'compliant',
    'noncompliant',
    'unknown',
    'notapplicable',
    'ingraceperiod',
    'error',
  ]),
  connection_id: z.string(),
});
export const DevicePostureKolideInputSchema: z.ZodType<DevicePostureKolideInput> = z.object({
  connection_id: z.string(),
  auth_state: z.array(z.enum(['Good', 'Notified', 'Will Block', 'Blocked'])).optional(),
  countOperator: DevicePostureOperatorSchema.optional(),
  issue_count: z.string().optional(),
});
export const DevicePostureTaniumInputSchema: z.ZodType<DevicePostureTaniumInput> = z.object({
  connection_id: z.string(),
  eid_last_seen: z.string().optional(),
  operator: DevicePostureOperatorSchema.optional(),
  risk_level: z.enum(['low', 'medium', 'high', 'critical']).optional(),
  scoreOperator: DevicePostureOperatorSchema.optional(),
  total_score: z.number().optional(),
});
export const DevicePostureSentineloneS2sInputSchema: z.ZodType<DevicePostureSentineloneS2sInput> =
  z.object({
    connection_id: z.string(),
    active_threats: z.number().optional(),
    infected: z.boolean().optional(),
    is_active: z.boolean().optional(),
    network_status: z.enum(['connected', 'disconnected', 'disconnecting', 'connecting']).optional(),
    operational_state: z
      .enum([
        'na',
        'partially_disabled',
        'auto_fully_disabled',
        'fully_disabled',
        'auto_partially_disabled',
        'disabled_error',
        'db_corruption',
      ])
      .optional(),
    operator: DevicePostureOperatorSchema.optional(),
  });
export const DevicePostureCustomS2sInputSchema: z.ZodType<DevicePostureCustomS2sInput> = z.object({
  connection_id: z.string(),
  operator: DevicePostureOperatorSchema,
  score: z.number(),
});
/** The value to be checked against. */
export const DevicePostureInputSchema: z.ZodType<DevicePostureInput> = z.union([
  DevicePostureFileInputSchema,
  DevicePostureUniqueClientIDInputSchema,
  DevicePostureDomainJoinedInputSchema,
  DevicePostureOSVersionInputSchema,
  DevicePostureFirewallInputSchema,
  DevicePostureSentineloneInputSchema,
  DevicePostureCarbonblackInputSchema,
  DevicePostureSerialNumberListInputSchema,
  DevicePostureDiskEncryptionInputSchema,
  DevicePostureApplicationInputSchema,
  DevicePostureClientCertificateInputSchema,
  DevicePostureClientCertificateV2InputSchema,
  DevicePostureAntivirusInputSchema,
  DevicePostureWorkspaceOneInputSchema,
  DevicePostureCrowdstrikeInputSchema,
  DevicePostureIntuneInputSchema,
  DevicePostureKolideInputSchema,
  DevicePostureTaniumInputSchema,
  DevicePostureSentineloneS2sInputSchema,
  DevicePostureCustomS2sInputSchema,
]);
export const DevicePostureMatchSchema: z.ZodType<DevicePostureMatch> = z.object({
  platform: z.enum(['windows', 'mac', 'linux', 'android', 'ios', 'chromeos']).optional(),
});
/** The type of device posture rule. */
export const DevicePostureRuleTypeSchema: z.ZodType<DevicePostureRuleType> = z.enum([
  'file',
  'application',
  'tanium',
  'gateway',
  'warp',
  'disk_encryption',
  'serial_number',
  'sentinelone',
  'carbonblack',
  'firewall',
  'os_version',
  'domain_joined',
  'client_certificate',
  'client_certificate_v2',
  'antivirus',
  'unique_client_id',
  'kolide',
  'tanium_s2s',
  'crowdstrike_s2s',
  'intune',
  'workspace_one',
  'sentinelone_s2s',
  'custom_s2s',
]);
export const DevicePostureRuleSchema: z.ZodType<DevicePostureRule> = z.object({
  id: z.string().optional(),
  description: z.string().optional(),
  enabled: z.boolean().optional(),
  expiration: z.string().optional(),
  input: DevicePostureInputSchema.optional(),
  match: z.array(DevicePostureMatchSchema).optional(),
  name: z.string().optional(),
  schedule: z.string().optional(),
  type: DevicePostureRuleTypeSchema.optional(),
});
export const PostureDeleteResponseSchema: z.ZodType<PostureDeleteResponse> = z.object({
  id: z.string().optional(),
});
/** Parameters of `zeroTrust.devices.posture.list`. */
export const PostureListParamsSchema: z.ZodType<PostureListParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.posture.get`. */
export const PostureGetParamsSchema: z.ZodType<PostureGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.posture.create`. */
export const PostureCreateParamsSchema: z.ZodType<PostureCreateParams> = z.object({
  account_id: z.string(),
  name: z.string(),
  type: DevicePostureRuleTypeSchema,
  description: z.string().optional(),
  expiration: z.string().optional(),
  input: DevicePostureInputSchema.optional(),
  match: z.array(DevicePostureMatchSchema).optional(),
  schedule: z.string().optional(),
});
/** Parameters of `zeroTrust.devices.posture.update`. */
export const PostureUpdateParamsSchema: z.ZodType<PostureUpdateParams> = z.object({
  account_id: z.string(),
  name: z.string(),
  type: DevicePostureRuleTypeSchema,
  description: z.string().optional(),
  expiration: z.string().optional(),
  input: DevicePostureInputSchema.optional(),
  match: z.array(DevicePostureMatchSchema).optional(),
  schedule: z.string().optional(),
});
/** Parameters of `zeroTrust.devices.posture.delete`. */
export const PostureDeleteParamsSchema: z.ZodType<PostureDeleteParams> = z.object({
  account_id: z.string(),
});
