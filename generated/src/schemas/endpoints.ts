// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type { SchemaRegistry } from '../runtime/index.js';
import {
  ApplicationCreateParamsSchema,
  ApplicationCreateResponseSchema,
  ApplicationDeleteParamsSchema,
  ApplicationDeleteResponseSchema,
  ApplicationGetParamsSchema,
  ApplicationGetResponseSchema,
  ApplicationListParamsSchema,
  ApplicationListResponseSchema,
  ApplicationUpdateParamsSchema,
  ApplicationUpdateResponseSchema,
} from './access/applications.js';
import {
  GroupCreateParamsSchema,
  GroupCreateResponseSchema,
  GroupDeleteParamsSchema,
  GroupDeleteResponseSchema,
  GroupGetParamsSchema,
  GroupGetResponseSchema,
  GroupListParamsSchema,
  GroupListResponseSchema,
  GroupUpdateParamsSchema,
  GroupUpdateResponseSchema,
  ZeroTrustGroupSchema,
} from './access/groups.js';
import {
  DeploymentGroupCreateParamsSchema,
  DeploymentGroupDeleteParamsSchema,
  DeploymentGroupDeleteResponseSchema,
  DeploymentGroupEditParamsSchema,
  DeploymentGroupGetParamsSchema,
  DeploymentGroupListParamsSchema,
  DeploymentGroupSchema,
} from './devices/deployment-groups.js';
import {
  DeprecatedDeviceGetParamsSchema,
  DeprecatedDeviceGetResponseSchema,
  DeprecatedDeviceListParamsSchema,
  DeviceSchema,
} from './devices/devices.js';
import {
  DEXTestCreateParamsSchema,
  DEXTestDeleteParamsSchema,
  DEXTestDeleteResponseSchema,
  DEXTestGetParamsSchema,
  DEXTestListParamsSchema,
  DEXTestSchemaHTTPSchema,
  DEXTestUpdateParamsSchema,
} from './devices/dex-tests.js';
import {
  FleetStatusGetParamsSchema,
  FleetStatusGetResponseSchema,
} from './devices/fleet-status.js';
import {
  GlobalWARPOverrideCreateParamsSchema,
  GlobalWARPOverrideCreateResponseSchema,
  GlobalWARPOverrideGetParamsSchema,
  GlobalWARPOverrideGetResponseSchema,
} from './devices/global-warp-override.js';
import {
  IPProfileCreateParamsSchema,
  IPProfileDeleteParamsSchema,
  IPProfileDeleteResponseSchema,
  IPProfileGetParamsSchema,
  IPProfileListParamsSchema,
  IPProfileSchema,
  IPProfileUpdateParamsSchema,
} from './devices/ip-profiles.js';
import {
  DeviceNetworkSchema,
  NetworkCreateParamsSchema,
  NetworkDeleteParamsSchema,
  NetworkGetParamsSchema,
  NetworkListParamsSchema,
  NetworkUpdateParamsSchema,
} from './devices/networks.js';
import {
  OverrideCodeGetParamsSchema,
  OverrideCodeGetResponseSchema,
  OverrideCodeListParamsSchema,
  OverrideCodeListResponseSchema,
} from './devices/override-codes.js';
import {
  DeviceDeleteParamsSchema,
  DeviceGetParamsSchema,
  DeviceGetResponseSchema,
  DeviceListParamsSchema,
  DeviceListResponseSchema,
  DeviceRevokeParamsSchema,
} from './devices/physical-devices.js';
import {
  CustomExcludeGetParamsSchema,
  CustomExcludeUpdateParamsSchema,
} from './devices/policies/custom-excludes.js';
import {
  CustomFallbackDomainGetParamsSchema,
  CustomFallbackDomainUpdateParamsSchema,
} from './devices/policies/custom-fallback-domains.js';
import {
  CustomIncludeGetParamsSchema,
  CustomIncludeUpdateParamsSchema,
} from './devices/policies/custom-includes.js';
import {
  CustomPolicyCreateParamsSchema,
  CustomPolicyDeleteParamsSchema,
  CustomPolicyEditParamsSchema,
  CustomPolicyGetParamsSchema,
  CustomPolicyListParamsSchema,
} from './devices/policies/custom.js';
import {
  DefaultCertificateEditParamsSchema,
  DefaultCertificateGetParamsSchema,
} from './devices/policies/default-certificates.js';
import {
  DefaultExcludeGetParamsSchema,
  DefaultExcludeUpdateParamsSchema,
} from './devices/policies/default-excludes.js';
import {
  DefaultFallbackDomainGetParamsSchema,
  DefaultFallbackDomainUpdateParamsSchema,
} from './devices/policies/default-fallback-domains.js';
import {
  DefaultIncludeGetParamsSchema,
  DefaultIncludeUpdateParamsSchema,
} from './devices/policies/default-includes.js';
import {
  DefaultPolicyEditParamsSchema,
  DefaultPolicyEditResponseSchema,
  DefaultPolicyGetParamsSchema,
  DefaultPolicyGetResponseSchema,
} from './devices/policies/default.js';
import {
  DevicePolicyCertificatesSchema,
  DevicePolicyFallbackDomainSchema,
  DevicePolicySettingsPolicySchema,
  DevicePolicySplitTunnelExcludeSchema,
  DevicePolicySplitTunnelIncludeSchema,
} from './devices/policies/models.js';
import {
  DevicePostureIntegrationSchema,
  IntegrationCreateParamsSchema,
  IntegrationDeleteParamsSchema,
  IntegrationDeleteResponseSchema,
  IntegrationEditParamsSchema,
  IntegrationGetParamsSchema,
  IntegrationListParamsSchema,
} from './devices/posture/integrations.js';
import {
  DevicePostureRuleSchema,
  PostureCreateParamsSchema,
  PostureDeleteParamsSchema,
  PostureDeleteResponseSchema,
  PostureGetParamsSchema,
  PostureListParamsSchema,
  PostureUpdateParamsSchema,
} from './devices/posture/rules.js';
import {
  RegistrationBulkDeleteParamsSchema,
  RegistrationDeleteParamsSchema,
  RegistrationGetParamsSchema,
  RegistrationGetResponseSchema,
  RegistrationListParamsSchema,
  RegistrationListResponseSchema,
  RegistrationRevokeParamsSchema,
  RegistrationUnrevokeParamsSchema,
} from './devices/registrations.js';
import { RevokeCreateParamsSchema } from './devices/revoke.js';
import {
  DeviceSettingsSchema,
  SettingDeleteParamsSchema,
  SettingEditParamsSchema,
  SettingGetParamsSchema,
  SettingUpdateParamsSchema,
} from './devices/settings.js';
import { UnrevokeCreateParamsSchema } from './devices/unrevoke.js';
import {
  IdentityProviderCreateParamsSchema,
  IdentityProviderDeleteParamsSchema,
  IdentityProviderDeleteResponseSchema,
  IdentityProviderGetParamsSchema,
  IdentityProviderListParamsSchema,
  IdentityProviderListResponseSchema,
  IdentityProviderSchema,
  IdentityProviderUpdateParamsSchema,
} from './identity-providers/identity-providers.js';
import { SCIMGroupListParamsSchema } from './identity-providers/scim-groups.js';
import { AccessUserSchema, SCIMUserListParamsSchema } from './identity-providers/scim-users.js';
import {
  DOHGetParamsSchema,
  DOHGetResponseSchema,
  DOHUpdateParamsSchema,
  DOHUpdateResponseSchema,
} from './organizations/doh.js';
import {
  OrganizationCreateParamsSchema,
  OrganizationListParamsSchema,
  OrganizationListResponseSchema,
  OrganizationRevokeUsersParamsSchema,
  OrganizationRevokeUsersResponseSchema,
  OrganizationSchema,
  OrganizationUpdateParamsSchema,
} from './organizations/organizations.js';

/** Each endpoint's params schema and the schema of its result (of one item, for lists). */
export const ENDPOINT_SCHEMAS: SchemaRegistry = {
  'zeroTrust.access.applications.list': {
    request: ApplicationListParamsSchema,
    response: ApplicationListResponseSchema,
  },
  'zeroTrust.access.applications.get': {
    request: ApplicationGetParamsSchema,
    response: ApplicationGetResponseSchema,
  },
  'zeroTrust.access.applications.create': {
    request: ApplicationCreateParamsSchema,
    response: ApplicationCreateResponseSchema,
  },
  'zeroTrust.access.applications.update': {
    request: ApplicationUpdateParamsSchema,
    response: ApplicationUpdateResponseSchema,
  },
  'zeroTrust.access.applications.delete': {
    request: ApplicationDeleteParamsSchema,
    response: ApplicationDeleteResponseSchema,
  },
  'zeroTrust.access.groups.list': {
    request: GroupListParamsSchema,
    response: GroupListResponseSchema,
  },
  'zeroTrust.access.groups.get': {
    request: GroupGetParamsSchema,
    response: GroupGetResponseSchema,
  },
  'zeroTrust.access.groups.create': {
    request: GroupCreateParamsSchema,
    response: GroupCreateResponseSchema,
  },
  'zeroTrust.access.groups.update': {
    request: GroupUpdateParamsSchema,
    response: GroupUpdateResponseSchema,
  },
  'zeroTrust.access.groups.delete': {
    request: GroupDeleteParamsSchema,
    response: GroupDeleteResponseSchema,
  },
  'zeroTrust.devices.deploymentGroups.create': {
    request: DeploymentGroupCreateParamsSchema,
    response: DeploymentGroupSchema,
  },
  'zeroTrust.devices.deploymentGroups.list': {
    request: DeploymentGroupListParamsSchema,
    response: DeploymentGroupSchema,
  },
  'zeroTrust.devices.deploymentGroups.get': {
    request: DeploymentGroupGetParamsSchema,
    response: DeploymentGroupSchema,
  },
  'zeroTrust.devices.deploymentGroups.edit': {
    request: DeploymentGroupEditParamsSchema,
    response: DeploymentGroupSchema,
  },
  'zeroTrust.devices.deploymentGroups.delete': {
    request: DeploymentGroupDeleteParamsSchema,
    response: DeploymentGroupDeleteResponseSchema,
  },
  'zeroTrust.devices.list': {
    request: DeprecatedDeviceListParamsSchema,
    response: DeviceSchema,
  },
  'zeroTrust.devices.get': {
    request: DeprecatedDeviceGetParamsSchema,
    response: DeprecatedDeviceGetResponseSchema.nullable(),
  },
  'zeroTrust.devices.dexTests.list': {
    request: DEXTestListParamsSchema,
    response: DEXTestSchemaHTTPSchema,
  },
  'zeroTrust.devices.dexTests.get': {
    request: DEXTestGetParamsSchema,
    response: DEXTestSchemaHTTPSchema,
  },
  'zeroTrust.devices.dexTests.create': {
    request: DEXTestCreateParamsSchema,
    response: DEXTestSchemaHTTPSchema,
  },
  'zeroTrust.devices.dexTests.update': {
    request: DEXTestUpdateParamsSchema,
    response: DEXTestSchemaHTTPSchema,
  },
  'zeroTrust.devices.dexTests.delete': {
    request: DEXTestDeleteParamsSchema,
    response: DEXTestDeleteResponseSchema,
  },
  'zeroTrust.devices.fleetStatus.get': {
    request: FleetStatusGetParamsSchema,
    response: FleetStatusGetResponseSchema,
  },
  'zeroTrust.devices.resilience.globalWARPOverride.get': {
    request: GlobalWARPOverrideGetParamsSchema,
    response: GlobalWARPOverrideGetResponseSchema.nullable(),
  },
  'zeroTrust.devices.resilience.globalWARPOverride.create': {
    request: GlobalWARPOverrideCreateParamsSchema,
    response: GlobalWARPOverrideCreateResponseSchema.nullable(),
  },
  'zeroTrust.devices.ipProfiles.list': {
    request: IPProfileListParamsSchema,
    response: IPProfileSchema,
  },
  'zeroTrust.devices.ipProfiles.get': {
    request: IPProfileGetParamsSchema,
    response: IPProfileSchema,
  },
  'zeroTrust.devices.ipProfiles.create': {
    request: IPProfileCreateParamsSchema,
    response: IPProfileSchema,
  },
  'zeroTrust.devices.ipProfiles.update': {
    request: IPProfileUpdateParamsSchema,
    response: IPProfileSchema,
  },
  'zeroTrust.devices.ipProfiles.delete': {
    request: IPProfileDeleteParamsSchema,
    response: IPProfileDeleteResponseSchema,
  },
  'zeroTrust.devices.networks.list': {
    request: NetworkListParamsSchema,
    response: DeviceNetworkSchema,
  },
  'zeroTrust.devices.networks.get': {
    request: NetworkGetParamsSchema,
    response: DeviceNetworkSchema.nullable(),
  },
  'zeroTrust.devices.networks.create': {
    request: NetworkCreateParamsSchema,
    response: DeviceNetworkSchema.nullable(),
  },
  'zeroTrust.devices.networks.update': {
    request: NetworkUpdateParamsSchema,
    response: DeviceNetworkSchema.nullable(),
  },
  'zeroTrust.devices.networks.delete': {
    request: NetworkDeleteParamsSchema,
    response: DeviceNetworkSchema,
  },
  'zeroTrust.devices.overrideCodes.list': {
    request: OverrideCodeListParamsSchema,
    response: OverrideCodeListResponseSchema.nullable(),
  },
  'zeroTrust.devices.overrideCodes.get': {
    request: OverrideCodeGetParamsSchema,
    response: OverrideCodeGetResponseSchema,
  },
  'zeroTrust.devices.devices.list': {
    request: DeviceListParamsSchema,
    response: DeviceListResponseSchema,
  },
  'zeroTrust.devices.devices.get': {
    request: DeviceGetParamsSchema,
    response: DeviceGetResponseSchema,
  },
  'zeroTrust.devices.devices.delete': {
    request: DeviceDeleteParamsSchema,
    response: z.unknown().nullable(),
  },
  'zeroTrust.devices.devices.revoke': {
    request: DeviceRevokeParamsSchema,
    response: z.unknown().nullable(),
  },
  'zeroTrust.devices.policies.custom.list': {
    request: CustomPolicyListParamsSchema,
    response: DevicePolicySettingsPolicySchema,
  },
  'zeroTrust.devices.policies.custom.get': {
    request: CustomPolicyGetParamsSchema,
    response: DevicePolicySettingsPolicySchema.nullable(),
  },
  'zeroTrust.devices.policies.custom.create': {
    request: CustomPolicyCreateParamsSchema,
    response: DevicePolicySettingsPolicySchema.nullable(),
  },
  'zeroTrust.devices.policies.custom.edit': {
    request: CustomPolicyEditParamsSchema,
    response: DevicePolicySettingsPolicySchema.nullable(),
  },
  'zeroTrust.devices.policies.custom.delete': {
    request: CustomPolicyDeleteParamsSchema,
    response: DevicePolicySettingsPolicySchema,
  },
  'zeroTrust.devices.policies.custom.excludes.get': {
    request: CustomExcludeGetParamsSchema,
    response: DevicePolicySplitTunnelExcludeSchema,
  },
  'zeroTrust.devices.policies.custom.excludes.update': {
    request: CustomExcludeUpdateParamsSchema,
    response: DevicePolicySplitTunnelExcludeSchema,
  },
  'zeroTrust.devices.policies.custom.fallbackDomains.get': {
    request: CustomFallbackDomainGetParamsSchema,
    response: DevicePolicyFallbackDomainSchema,
  },
  'zeroTrust.devices.policies.custom.fallbackDomains.update': {
    request: CustomFallbackDomainUpdateParamsSchema,
    response: DevicePolicyFallbackDomainSchema,
  },
  'zeroTrust.devices.policies.custom.includes.get': {
    request: CustomIncludeGetParamsSchema,
    response: DevicePolicySplitTunnelIncludeSchema,
  },
  'zeroTrust.devices.policies.custom.includes.update': {
    request: CustomIncludeUpdateParamsSchema,
    response: DevicePolicySplitTunnelIncludeSchema,
  },
  'zeroTrust.devices.policies.default.get': {
    request: DefaultPolicyGetParamsSchema,
    response: DefaultPolicyGetResponseSchema.nullable(),
  },
  'zeroTrust.devices.policies.default.edit': {
    request: DefaultPolicyEditParamsSchema,
    response: DefaultPolicyEditResponseSchema.nullable(),
  },
  'zeroTrust.devices.policies.default.certificates.get': {
    request: DefaultCertificateGetParamsSchema,
    response: DevicePolicyCertificatesSchema.nullable(),
  },
  'zeroTrust.devices.policies.default.certificates.edit': {
    request: DefaultCertificateEditParamsSchema,
    response: DevicePolicyCertificatesSchema.nullable(),
  },
  'zeroTrust.devices.policies.default.excludes.get': {
    request: DefaultExcludeGetParamsSchema,
    response: DevicePolicySplitTunnelExcludeSchema,
  },
  'zeroTrust.devices.policies.default.excludes.update': {
    request: DefaultExcludeUpdateParamsSchema,
    response: DevicePolicySplitTunnelExcludeSchema,
  },
  'zeroTrust.devices.policies.default.fallbackDomains.get': {
    request: DefaultFallbackDomainGetParamsSchema,
    response: DevicePolicyFallbackDomainSchema,
  },
  'zeroTrust.devices.policies.default.fallbackDomains.update': {
    request: DefaultFallbackDomainUpdateParamsSchema,
    response: DevicePolicyFallbackDomainSchema,
  },
  'zeroTrust.devices.policies.default.includes.get': {
    request: DefaultIncludeGetParamsSchema,
    response: DevicePolicySplitTunnelIncludeSchema,
  },
  'zeroTrust.devices.policies.default.includes.update': {
    request: DefaultIncludeUpdateParamsSchema,
    response: DevicePolicySplitTunnelIncludeSchema,
  },
  'zeroTrust.devices.posture.integrations.list': {
    request: IntegrationListParamsSchema,
    response: DevicePostureIntegrationSchema,
  },
  'zeroTrust.devices.posture.integrations.get': {
    request: IntegrationGetParamsSchema,
    response: DevicePostureIntegrationSchema.nullable(),
  },
  'zeroTrust.devices.posture.integrations.create': {
    request: IntegrationCreateParamsSchema,
    response: DevicePostureIntegrationSchema.nullable(),
  },
  'zeroTrust.devices.posture.integrations.edit': {
    request: IntegrationEditParamsSchema,
    response: DevicePostureIntegrationSchema.nullable(),
  },
  'zeroTrust.devices.posture.integrations.delete': {
    request: IntegrationDeleteParamsSchema,
    response: IntegrationDeleteResponseSchema.nullable(),
  },
  'zeroTrust.devices.posture.list': {
    request: PostureListParamsSchema,
    response: DevicePostureRuleSchema,
  },
  'zeroTrust.devices.posture.get': {
    request: PostureGetParamsSchema,
    response: DevicePostureRuleSchema.nullable(),
  },
  'zeroTrust.devices.posture.create': {
    request: PostureCreateParamsSchema,
    response: DevicePostureRuleSchema.nullable(),
  },
  'zeroTrust.devices.posture.update': {
    request: PostureUpdateParamsSchema,
    response: DevicePostureRuleSchema.nullable(),
  },
  'zeroTrust.devices.posture.delete': {
    request: PostureDeleteParamsSchema,
    response: PostureDeleteResponseSchema.nullable(),
  },
  'zeroTrust.devices.registrations.list': {
    request: RegistrationListParamsSchema,
    response: RegistrationListResponseSchema,
  },
  'zeroTrust.devices.registrations.get': {
    request: RegistrationGetParamsSchema,
    response: RegistrationGetResponseSchema,
  },
  'zeroTrust.devices.registrations.delete': {
    request: RegistrationDeleteParamsSchema,
    response: z.unknown().nullable(),
  },
  'zeroTrust.devices.registrations.bulkDelete': {
    request: RegistrationBulkDeleteParamsSchema,
    response: z.unknown().nullable(),
  },
  'zeroTrust.devices.registrations.revoke': {
    request: RegistrationRevokeParamsSchema,
    response: z.unknown().nullable(),
  },
  'zeroTrust.devices.registrations.unrevoke': {
    request: RegistrationUnrevokeParamsSchema,
    response: z.unknown().nullable(),
  },
  'zeroTrust.devices.revoke.create': {
    request: RevokeCreateParamsSchema,
    response: z.unknown().nullable(),
  },
  'zeroTrust.devices.settings.get': {
    request: SettingGetParamsSchema,
    response: DeviceSettingsSchema.nullable(),
  },
  'zeroTrust.devices.settings.update': {
    request: SettingUpdateParamsSchema,
    response: DeviceSettingsSchema.nullable(),
  },
  'zeroTrust.devices.settings.edit': {
    request: SettingEditParamsSchema,
    response: DeviceSettingsSchema.nullable(),
  },
  'zeroTrust.devices.settings.delete': {
    request: SettingDeleteParamsSchema,
    response: DeviceSettingsSchema.nullable(),
  },
  'zeroTrust.devices.unrevoke.create': {
    request: UnrevokeCreateParamsSchema,
    response: z.unknown().nullable(),
  },
  'zeroTrust.identityProviders.list': {
    request: IdentityProviderListParamsSchema,
    response: IdentityProviderListResponseSchema,
  },
  'zeroTrust.identityProviders.get': {
    request: IdentityProviderGetParamsSchema,
    response: IdentityProviderSchema,
  },
  'zeroTrust.identityProviders.create': {
    request: IdentityProviderCreateParamsSchema,
    response: IdentityProviderSchema,
  },
  'zeroTrust.identityProviders.update': {
    request: IdentityProviderUpdateParamsSchema,
    response: IdentityProviderSchema,
  },
  'zeroTrust.identityProviders.delete': {
    request: IdentityProviderDeleteParamsSchema,
    response: IdentityProviderDeleteResponseSchema,
  },
  'zeroTrust.identityProviders.scim.groups.list': {
    request: SCIMGroupListParamsSchema,
    response: ZeroTrustGroupSchema,
  },
  'zeroTrust.identityProviders.scim.users.list': {
    request: SCIMUserListParamsSchema,
    response: AccessUserSchema,
  },
  'zeroTrust.organizations.doh.get': {
    request: DOHGetParamsSchema,
    response: DOHGetResponseSchema,
  },
  'zeroTrust.organizations.doh.update': {
    request: DOHUpdateParamsSchema,
    response: DOHUpdateResponseSchema,
  },
  'zeroTrust.organizations.list': {
    request: OrganizationListParamsSchema,
    response: OrganizationListResponseSchema,
  },
  'zeroTrust.organizations.create': {
    request: OrganizationCreateParamsSchema,
    response: OrganizationSchema,
  },
  'zeroTrust.organizations.update': {
    request: OrganizationUpdateParamsSchema,
    response: OrganizationSchema,
  },
  'zeroTrust.organizations.revokeUsers': {
    request: OrganizationRevokeUsersParamsSchema,
    response: OrganizationRevokeUsersResponseSchema,
  },
};
