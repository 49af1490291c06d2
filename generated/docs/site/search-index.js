window.SEARCH_INDEX = [
 {
  "kind": "model",
  "name": "AccessAuthContextRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-AccessAuthContextRule"
 },
 {
  "kind": "model",
  "name": "AccessCloudflareAccountMemberRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-AccessCloudflareAccountMemberRule"
 },
 {
  "kind": "model",
  "name": "AccessCommonNameRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-AccessCommonNameRule"
 },
 {
  "kind": "model",
  "name": "AccessDevicePostureRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-AccessDevicePostureRule"
 },
 {
  "kind": "model",
  "name": "AccessLinkedAppTokenRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-AccessLinkedAppTokenRule"
 },
 {
  "kind": "model",
  "name": "AccessLoginMethodRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-AccessLoginMethodRule"
 },
 {
  "kind": "model",
  "name": "AccessOIDCClaimRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-AccessOIDCClaimRule"
 },
 {
  "kind": "model",
  "name": "AccessRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-AccessRule"
 },
 {
  "kind": "model",
  "name": "AccessUser",
  "title": "",
  "href": "zero-trust/identity-providers/scim/users.html#model-AccessUser"
 },
 {
  "kind": "model",
  "name": "AccessUserEmail",
  "title": "",
  "href": "zero-trust/identity-providers/scim/users.html#model-AccessUserEmail"
 },
 {
  "kind": "model",
  "name": "AccessUserMeta",
  "title": "",
  "href": "zero-trust/identity-providers/scim/users.html#model-AccessUserMeta"
 },
 {
  "kind": "model",
  "name": "AccessUserRiskScoreRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-AccessUserRiskScoreRule"
 },
 {
  "kind": "model",
  "name": "AnyValidServiceTokenRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-AnyValidServiceTokenRule"
 },
 {
  "kind": "model",
  "name": "AppAllPreviewWorkersDestination",
  "title": "",
  "href": "models/access/application-models.html#model-AppAllPreviewWorkersDestination"
 },
 {
  "kind": "model",
  "name": "AppAllWorkersDestination",
  "title": "",
  "href": "models/access/application-models.html#model-AppAllWorkersDestination"
 },
 {
  "kind": "model",
  "name": "AppApprovalGroup",
  "title": "",
  "href": "models/access/application-models.html#model-AppApprovalGroup"
 },
 {
  "kind": "model",
  "name": "AppClipboardFormat",
  "title": "",
  "href": "models/access/application-models.html#model-AppClipboardFormat"
 },
 {
  "kind": "model",
  "name": "AppDestination",
  "title": "",
  "href": "models/access/application-models.html#model-AppDestination"
 },
 {
  "kind": "model",
  "name": "AppDestinationOverride",
  "title": "",
  "href": "models/access/application-models.html#model-AppDestinationOverride"
 },
 {
  "kind": "model",
  "name": "AppIdPBase",
  "title": "",
  "href": "zero-trust/access/applications.html#model-AppIdPBase"
 },
 {
  "kind": "model",
  "name": "AppInfrastructureMFAConfig",
  "title": "",
  "href": "models/access/application-models.html#model-AppInfrastructureMFAConfig"
 },
 {
  "kind": "model",
  "name": "AppInfrastructurePolicy",
  "title": "",
  "href": "models/access/application-models.html#model-AppInfrastructurePolicy"
 },
 {
  "kind": "model",
  "name": "AppLauncherApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-AppLauncherApplication"
 },
 {
  "kind": "model",
  "name": "AppLauncherFooterLink",
  "title": "",
  "href": "models/access/application-models.html#model-AppLauncherFooterLink"
 },
 {
  "kind": "model",
  "name": "AppLauncherLandingPageDesign",
  "title": "",
  "href": "models/access/application-models.html#model-AppLauncherLandingPageDesign"
 },
 {
  "kind": "model",
  "name": "AppMFAConfig",
  "title": "",
  "href": "models/access/application-models.html#model-AppMFAConfig"
 },
 {
  "kind": "model",
  "name": "AppOAuthConfiguration",
  "title": "",
  "href": "models/access/application-models.html#model-AppOAuthConfiguration"
 },
 {
  "kind": "model",
  "name": "AppPermissionsBase",
  "title": "",
  "href": "zero-trust/access/applications.html#model-AppPermissionsBase"
 },
 {
  "kind": "model",
  "name": "AppPolicyConnectionRules",
  "title": "",
  "href": "models/access/application-models.html#model-AppPolicyConnectionRules"
 },
 {
  "kind": "model",
  "name": "AppPolicyItem",
  "title": "",
  "href": "models/access/application-models.html#model-AppPolicyItem"
 },
 {
  "kind": "model",
  "name": "AppPolicyLink",
  "title": "",
  "href": "models/access/application-models.html#model-AppPolicyLink"
 },
 {
  "kind": "model",
  "name": "AppPreviewWorkerDestination",
  "title": "",
  "href": "models/access/application-models.html#model-AppPreviewWorkerDestination"
 },
 {
  "kind": "model",
  "name": "AppPrivateDestination",
  "title": "",
  "href": "models/access/application-models.html#model-AppPrivateDestination"
 },
 {
  "kind": "model",
  "name": "AppProxiedBase",
  "title": "",
  "href": "zero-trust/access/applications.html#model-AppProxiedBase"
 },
 {
  "kind": "model",
  "name": "AppPublicDestination",
  "title": "",
  "href": "models/access/application-models.html#model-AppPublicDestination"
 },
 {
  "kind": "model",
  "name": "AppRDPTargetCriterion",
  "title": "",
  "href": "models/access/application-models.html#model-AppRDPTargetCriterion"
 },
 {
  "kind": "model",
  "name": "AppSCIMConfig",
  "title": "",
  "href": "models/access/application-models.html#model-AppSCIMConfig"
 },
 {
  "kind": "model",
  "name": "AppSSHTargetCriterion",
  "title": "",
  "href": "models/access/application-models.html#model-AppSSHTargetCriterion"
 },
 {
  "kind": "model",
  "name": "AppSelfHostedBase",
  "title": "",
  "href": "zero-trust/access/applications.html#model-AppSelfHostedBase"
 },
 {
  "kind": "model",
  "name": "AppSessionBase",
  "title": "",
  "href": "zero-trust/access/applications.html#model-AppSessionBase"
 },
 {
  "kind": "model",
  "name": "AppTargetCriterionBase",
  "title": "",
  "href": "models/access/application-models.html#model-AppTargetCriterionBase"
 },
 {
  "kind": "model",
  "name": "AppTargetSelector",
  "title": "",
  "href": "models/access/application-models.html#model-AppTargetSelector"
 },
 {
  "kind": "model",
  "name": "AppViaMCPServerPortalDestination",
  "title": "",
  "href": "models/access/application-models.html#model-AppViaMCPServerPortalDestination"
 },
 {
  "kind": "model",
  "name": "AppWorkerDestination",
  "title": "",
  "href": "models/access/application-models.html#model-AppWorkerDestination"
 },
 {
  "kind": "model",
  "name": "Application",
  "title": "",
  "href": "zero-trust/access/applications.html#model-Application"
 },
 {
  "kind": "model",
  "name": "ApplicationBase",
  "title": "",
  "href": "zero-trust/access/applications.html#model-ApplicationBase"
 },
 {
  "kind": "model",
  "name": "ApplicationCreateResponse",
  "title": "",
  "href": "zero-trust/access/applications.html#model-ApplicationCreateResponse"
 },
 {
  "kind": "model",
  "name": "ApplicationDeleteResponse",
  "title": "",
  "href": "zero-trust/access/applications.html#model-ApplicationDeleteResponse"
 },
 {
  "kind": "model",
  "name": "ApplicationGetResponse",
  "title": "",
  "href": "zero-trust/access/applications.html#model-ApplicationGetResponse"
 },
 {
  "kind": "model",
  "name": "ApplicationListResponse",
  "title": "",
  "href": "zero-trust/access/applications.html#model-ApplicationListResponse"
 },
 {
  "kind": "model",
  "name": "ApplicationPolicy",
  "title": "",
  "href": "models/access/application-models.html#model-ApplicationPolicy"
 },
 {
  "kind": "model",
  "name": "ApplicationPolicyDecision",
  "title": "",
  "href": "models/access/application-models.html#model-ApplicationPolicyDecision"
 },
 {
  "kind": "model",
  "name": "ApplicationType",
  "title": "",
  "href": "zero-trust/access/applications.html#model-ApplicationType"
 },
 {
  "kind": "model",
  "name": "ApplicationUpdateResponse",
  "title": "",
  "href": "zero-trust/access/applications.html#model-ApplicationUpdateResponse"
 },
 {
  "kind": "model",
  "name": "AuthenticationMethodRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-AuthenticationMethodRule"
 },
 {
  "kind": "model",
  "name": "AzureGroupRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-AzureGroupRule"
 },
 {
  "kind": "model",
  "name": "BISOApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-BISOApplication"
 },
 {
  "kind": "model",
  "name": "BookmarkApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-BookmarkApplication"
 },
 {
  "kind": "model",
  "name": "CORSAllowedMethod",
  "title": "",
  "href": "models/access/application-models.html#model-CORSAllowedMethod"
 },
 {
  "kind": "model",
  "name": "CORSHeaders",
  "title": "",
  "href": "models/access/application-models.html#model-CORSHeaders"
 },
 {
  "kind": "model",
  "name": "CertificateRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-CertificateRule"
 },
 {
  "kind": "model",
  "name": "CountryRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-CountryRule"
 },
 {
  "kind": "model",
  "name": "DEXTestDeleteResponse",
  "title": "",
  "href": "zero-trust/devices/dex-tests.html#model-DEXTestDeleteResponse"
 },
 {
  "kind": "model",
  "name": "DEXTestSchemaData",
  "title": "",
  "href": "zero-trust/devices/dex-tests.html#model-DEXTestSchemaData"
 },
 {
  "kind": "model",
  "name": "DEXTestSchemaHTTP",
  "title": "",
  "href": "zero-trust/devices/dex-tests.html#model-DEXTestSchemaHTTP"
 },
 {
  "kind": "model",
  "name": "DEXTestTargetPolicy",
  "title": "",
  "href": "zero-trust/devices/dex-tests.html#model-DEXTestTargetPolicy"
 },
 {
  "kind": "model",
  "name": "DOHGetResponse",
  "title": "",
  "href": "zero-trust/organizations/doh.html#model-DOHGetResponse"
 },
 {
  "kind": "model",
  "name": "DOHUpdateResponse",
  "title": "",
  "href": "zero-trust/organizations/doh.html#model-DOHUpdateResponse"
 },
 {
  "kind": "model",
  "name": "DashSSOApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-DashSSOApplication"
 },
 {
  "kind": "model",
  "name": "DefaultPolicyEditResponse",
  "title": "",
  "href": "zero-trust/devices/policies/default.html#model-DefaultPolicyEditResponse"
 },
 {
  "kind": "model",
  "name": "DefaultPolicyGetResponse",
  "title": "",
  "href": "zero-trust/devices/policies/default.html#model-DefaultPolicyGetResponse"
 },
 {
  "kind": "model",
  "name": "DeploymentGroup",
  "title": "",
  "href": "zero-trust/devices/deployment-groups.html#model-DeploymentGroup"
 },
 {
  "kind": "model",
  "name": "DeploymentGroupDeleteResponse",
  "title": "",
  "href": "zero-trust/devices/deployment-groups.html#model-DeploymentGroupDeleteResponse"
 },
 {
  "kind": "model",
  "name": "DeploymentGroupVersionConfig",
  "title": "",
  "href": "zero-trust/devices/deployment-groups.html#model-DeploymentGroupVersionConfig"
 },
 {
  "kind": "model",
  "name": "DeprecatedDeviceAccount",
  "title": "",
  "href": "zero-trust/devices.html#model-DeprecatedDeviceAccount"
 },
 {
  "kind": "model",
  "name": "DeprecatedDeviceGetResponse",
  "title": "",
  "href": "zero-trust/devices.html#model-DeprecatedDeviceGetResponse"
 },
 {
  "kind": "model",
  "name": "Device",
  "title": "",
  "href": "zero-trust/devices.html#model-Device"
 },
 {
  "kind": "model",
  "name": "DeviceGetResponse",
  "title": "",
  "href": "zero-trust/devices/devices.html#model-DeviceGetResponse"
 },
 {
  "kind": "model",
  "name": "DeviceLastSeenRegistration",
  "title": "",
  "href": "zero-trust/devices/devices.html#model-DeviceLastSeenRegistration"
 },
 {
  "kind": "model",
  "name": "DeviceListResponse",
  "title": "",
  "href": "zero-trust/devices/devices.html#model-DeviceListResponse"
 },
 {
  "kind": "model",
  "name": "DeviceNetwork",
  "title": "",
  "href": "zero-trust/devices/networks.html#model-DeviceNetwork"
 },
 {
  "kind": "model",
  "name": "DeviceNetworkConfig",
  "title": "",
  "href": "zero-trust/devices/networks.html#model-DeviceNetworkConfig"
 },
 {
  "kind": "model",
  "name": "DevicePolicyBrowserExtensionConfig",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicyBrowserExtensionConfig"
 },
 {
  "kind": "model",
  "name": "DevicePolicyCertificates",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicyCertificates"
 },
 {
  "kind": "model",
  "name": "DevicePolicyDNSSearchSuffix",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicyDNSSearchSuffix"
 },
 {
  "kind": "model",
  "name": "DevicePolicyDefaultSettingsPolicy",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicyDefaultSettingsPolicy"
 },
 {
  "kind": "model",
  "name": "DevicePolicyFallbackDomain",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicyFallbackDomain"
 },
 {
  "kind": "model",
  "name": "DevicePolicyGlobalAcceleration",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicyGlobalAcceleration"
 },
 {
  "kind": "model",
  "name": "DevicePolicyProfileType",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicyProfileType"
 },
 {
  "kind": "model",
  "name": "DevicePolicyServiceModeV2",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicyServiceModeV2"
 },
 {
  "kind": "model",
  "name": "DevicePolicySettingsPolicy",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicySettingsPolicy"
 },
 {
  "kind": "model",
  "name": "DevicePolicySplitTunnelExclude",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicySplitTunnelExclude"
 },
 {
  "kind": "model",
  "name": "DevicePolicySplitTunnelExcludeWithAddress",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicySplitTunnelExcludeWithAddress"
 },
 {
  "kind": "model",
  "name": "DevicePolicySplitTunnelExcludeWithHost",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicySplitTunnelExcludeWithHost"
 },
 {
  "kind": "model",
  "name": "DevicePolicySplitTunnelInclude",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicySplitTunnelInclude"
 },
 {
  "kind": "model",
  "name": "DevicePolicySplitTunnelIncludeWithAddress",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicySplitTunnelIncludeWithAddress"
 },
 {
  "kind": "model",
  "name": "DevicePolicySplitTunnelIncludeWithHost",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicySplitTunnelIncludeWithHost"
 },
 {
  "kind": "model",
  "name": "DevicePolicyTargetTest",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicyTargetTest"
 },
 {
  "kind": "model",
  "name": "DevicePolicyVirtualNetworks",
  "title": "",
  "href": "models/devices/policies/models.html#model-DevicePolicyVirtualNetworks"
 },
 {
  "kind": "model",
  "name": "DevicePostureAntivirusInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureAntivirusInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureApplicationInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureApplicationInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureCarbonblackInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureCarbonblackInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureClientCertificateInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureClientCertificateInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureClientCertificateV2Input",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureClientCertificateV2Input"
 },
 {
  "kind": "model",
  "name": "DevicePostureCrowdstrikeConfigRequest",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-DevicePostureCrowdstrikeConfigRequest"
 },
 {
  "kind": "model",
  "name": "DevicePostureCrowdstrikeInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureCrowdstrikeInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureCustomS2sConfigRequest",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-DevicePostureCustomS2sConfigRequest"
 },
 {
  "kind": "model",
  "name": "DevicePostureCustomS2sInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureCustomS2sInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureDiskEncryptionInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureDiskEncryptionInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureDomainJoinedInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureDomainJoinedInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureFileInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureFileInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureFirewallInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureFirewallInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureIntegration",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-DevicePostureIntegration"
 },
 {
  "kind": "model",
  "name": "DevicePostureIntegrationConfig",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-DevicePostureIntegrationConfig"
 },
 {
  "kind": "model",
  "name": "DevicePostureIntegrationConfigRequest",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-DevicePostureIntegrationConfigRequest"
 },
 {
  "kind": "model",
  "name": "DevicePostureIntegrationType",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-DevicePostureIntegrationType"
 },
 {
  "kind": "model",
  "name": "DevicePostureIntuneConfigRequest",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-DevicePostureIntuneConfigRequest"
 },
 {
  "kind": "model",
  "name": "DevicePostureIntuneInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureIntuneInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureKolideConfigRequest",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-DevicePostureKolideConfigRequest"
 },
 {
  "kind": "model",
  "name": "DevicePostureKolideInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureKolideInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureMatch",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureMatch"
 },
 {
  "kind": "model",
  "name": "DevicePostureOSVersionInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureOSVersionInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureOperator",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureOperator"
 },
 {
  "kind": "model",
  "name": "DevicePostureRule",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureRule"
 },
 {
  "kind": "model",
  "name": "DevicePostureRuleType",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureRuleType"
 },
 {
  "kind": "model",
  "name": "DevicePostureSentineloneInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureSentineloneInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureSentineloneS2sConfigRequest",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-DevicePostureSentineloneS2sConfigRequest"
 },
 {
  "kind": "model",
  "name": "DevicePostureSentineloneS2sInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureSentineloneS2sInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureSerialNumberListInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureSerialNumberListInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureTaniumConfigRequest",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-DevicePostureTaniumConfigRequest"
 },
 {
  "kind": "model",
  "name": "DevicePostureTaniumInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureTaniumInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureUniqueClientIDInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureUniqueClientIDInput"
 },
 {
  "kind": "model",
  "name": "DevicePostureUptycsConfigRequest",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-DevicePostureUptycsConfigRequest"
 },
 {
  "kind": "model",
  "name": "DevicePostureWorkspaceOneConfigRequest",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-DevicePostureWorkspaceOneConfigRequest"
 },
 {
  "kind": "model",
  "name": "DevicePostureWorkspaceOneInput",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-DevicePostureWorkspaceOneInput"
 },
 {
  "kind": "model",
  "name": "DeviceSettings",
  "title": "",
  "href": "zero-trust/devices/settings.html#model-DeviceSettings"
 },
 {
  "kind": "model",
  "name": "DeviceUser",
  "title": "",
  "href": "zero-trust/devices.html#model-DeviceUser"
 },
 {
  "kind": "model",
  "name": "DomainRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-DomainRule"
 },
 {
  "kind": "model",
  "name": "EmailListRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-EmailListRule"
 },
 {
  "kind": "model",
  "name": "EmailRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-EmailRule"
 },
 {
  "kind": "model",
  "name": "EveryoneRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-EveryoneRule"
 },
 {
  "kind": "model",
  "name": "ExternalEvaluationRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-ExternalEvaluationRule"
 },
 {
  "kind": "model",
  "name": "FleetStatusCPUPctByApp",
  "title": "",
  "href": "zero-trust/devices/fleet-status.html#model-FleetStatusCPUPctByApp"
 },
 {
  "kind": "model",
  "name": "FleetStatusDirectionalValue",
  "title": "",
  "href": "zero-trust/devices/fleet-status.html#model-FleetStatusDirectionalValue"
 },
 {
  "kind": "model",
  "name": "FleetStatusGetResponse",
  "title": "",
  "href": "zero-trust/devices/fleet-status.html#model-FleetStatusGetResponse"
 },
 {
  "kind": "model",
  "name": "FleetStatusIPInfo",
  "title": "",
  "href": "zero-trust/devices/fleet-status.html#model-FleetStatusIPInfo"
 },
 {
  "kind": "model",
  "name": "FleetStatusIPLocation",
  "title": "",
  "href": "zero-trust/devices/fleet-status.html#model-FleetStatusIPLocation"
 },
 {
  "kind": "model",
  "name": "FleetStatusRTT",
  "title": "",
  "href": "zero-trust/devices/fleet-status.html#model-FleetStatusRTT"
 },
 {
  "kind": "model",
  "name": "FleetStatusRamUsedPctByApp",
  "title": "",
  "href": "zero-trust/devices/fleet-status.html#model-FleetStatusRamUsedPctByApp"
 },
 {
  "kind": "model",
  "name": "FleetStatusTunnelStats",
  "title": "",
  "href": "zero-trust/devices/fleet-status.html#model-FleetStatusTunnelStats"
 },
 {
  "kind": "model",
  "name": "GSuiteGroupRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-GSuiteGroupRule"
 },
 {
  "kind": "model",
  "name": "GitHubOrganizationRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-GitHubOrganizationRule"
 },
 {
  "kind": "model",
  "name": "GlobalWARPOverrideCreateResponse",
  "title": "",
  "href": "zero-trust/devices/resilience/global-warp-override.html#model-GlobalWARPOverrideCreateResponse"
 },
 {
  "kind": "model",
  "name": "GlobalWARPOverrideGetResponse",
  "title": "",
  "href": "zero-trust/devices/resilience/global-warp-override.html#model-GlobalWARPOverrideGetResponse"
 },
 {
  "kind": "model",
  "name": "GroupCreateResponse",
  "title": "",
  "href": "zero-trust/access/groups.html#model-GroupCreateResponse"
 },
 {
  "kind": "model",
  "name": "GroupDeleteResponse",
  "title": "",
  "href": "zero-trust/access/groups.html#model-GroupDeleteResponse"
 },
 {
  "kind": "model",
  "name": "GroupGetResponse",
  "title": "",
  "href": "zero-trust/access/groups.html#model-GroupGetResponse"
 },
 {
  "kind": "model",
  "name": "GroupListResponse",
  "title": "",
  "href": "zero-trust/access/groups.html#model-GroupListResponse"
 },
 {
  "kind": "model",
  "name": "GroupRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-GroupRule"
 },
 {
  "kind": "model",
  "name": "GroupUpdateResponse",
  "title": "",
  "href": "zero-trust/access/groups.html#model-GroupUpdateResponse"
 },
 {
  "kind": "model",
  "name": "IPListRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-IPListRule"
 },
 {
  "kind": "model",
  "name": "IPProfile",
  "title": "",
  "href": "zero-trust/devices/ip-profiles.html#model-IPProfile"
 },
 {
  "kind": "model",
  "name": "IPProfileDeleteResponse",
  "title": "",
  "href": "zero-trust/devices/ip-profiles.html#model-IPProfileDeleteResponse"
 },
 {
  "kind": "model",
  "name": "IPRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-IPRule"
 },
 {
  "kind": "model",
  "name": "IdentityProvider",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProvider"
 },
 {
  "kind": "model",
  "name": "IdentityProviderAzureAD",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderAzureAD"
 },
 {
  "kind": "model",
  "name": "IdentityProviderAzureADConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderAzureADConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderBase",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderBase"
 },
 {
  "kind": "model",
  "name": "IdentityProviderCentrify",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderCentrify"
 },
 {
  "kind": "model",
  "name": "IdentityProviderCentrifyConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderCentrifyConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderCloudflare",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderCloudflare"
 },
 {
  "kind": "model",
  "name": "IdentityProviderCloudflareConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderCloudflareConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderDeleteResponse",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderDeleteResponse"
 },
 {
  "kind": "model",
  "name": "IdentityProviderFacebook",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderFacebook"
 },
 {
  "kind": "model",
  "name": "IdentityProviderGenericOAuthConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderGenericOAuthConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderGitHub",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderGitHub"
 },
 {
  "kind": "model",
  "name": "IdentityProviderGoogle",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderGoogle"
 },
 {
  "kind": "model",
  "name": "IdentityProviderGoogleApps",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderGoogleApps"
 },
 {
  "kind": "model",
  "name": "IdentityProviderGoogleAppsConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderGoogleAppsConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderGoogleConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderGoogleConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderLinkedIn",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderLinkedIn"
 },
 {
  "kind": "model",
  "name": "IdentityProviderListResponse",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderListResponse"
 },
 {
  "kind": "model",
  "name": "IdentityProviderOIDC",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderOIDC"
 },
 {
  "kind": "model",
  "name": "IdentityProviderOIDCConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderOIDCConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderOkta",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderOkta"
 },
 {
  "kind": "model",
  "name": "IdentityProviderOktaConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderOktaConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderOneLogin",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderOneLogin"
 },
 {
  "kind": "model",
  "name": "IdentityProviderOneLoginConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderOneLoginConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderOneTimePin",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderOneTimePin"
 },
 {
  "kind": "model",
  "name": "IdentityProviderOneTimePinConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderOneTimePinConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderPingOne",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderPingOne"
 },
 {
  "kind": "model",
  "name": "IdentityProviderPingOneConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderPingOneConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderSAML",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderSAML"
 },
 {
  "kind": "model",
  "name": "IdentityProviderSAMLCertificate",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderSAMLCertificate"
 },
 {
  "kind": "model",
  "name": "IdentityProviderSAMLCertificateSet",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderSAMLCertificateSet"
 },
 {
  "kind": "model",
  "name": "IdentityProviderSAMLConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderSAMLConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderSAMLHeaderAttribute",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderSAMLHeaderAttribute"
 },
 {
  "kind": "model",
  "name": "IdentityProviderSCIMConfig",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderSCIMConfig"
 },
 {
  "kind": "model",
  "name": "IdentityProviderType",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderType"
 },
 {
  "kind": "model",
  "name": "IdentityProviderYandex",
  "title": "",
  "href": "zero-trust/identity-providers.html#model-IdentityProviderYandex"
 },
 {
  "kind": "model",
  "name": "InfrastructureApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-InfrastructureApplication"
 },
 {
  "kind": "model",
  "name": "IntegrationDeleteResponse",
  "title": "",
  "href": "zero-trust/devices/posture/integrations.html#model-IntegrationDeleteResponse"
 },
 {
  "kind": "model",
  "name": "MCPApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-MCPApplication"
 },
 {
  "kind": "model",
  "name": "MCPPortalApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-MCPPortalApplication"
 },
 {
  "kind": "model",
  "name": "OIDCSaaSApp",
  "title": "",
  "href": "models/access/application-models.html#model-OIDCSaaSApp"
 },
 {
  "kind": "model",
  "name": "OIDCSaaSAppCustomClaim",
  "title": "",
  "href": "models/access/application-models.html#model-OIDCSaaSAppCustomClaim"
 },
 {
  "kind": "model",
  "name": "OktaGroupRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-OktaGroupRule"
 },
 {
  "kind": "model",
  "name": "Organization",
  "title": "",
  "href": "zero-trust/organizations.html#model-Organization"
 },
 {
  "kind": "model",
  "name": "OrganizationCustomPages",
  "title": "",
  "href": "zero-trust/organizations.html#model-OrganizationCustomPages"
 },
 {
  "kind": "model",
  "name": "OrganizationListResponse",
  "title": "",
  "href": "zero-trust/organizations.html#model-OrganizationListResponse"
 },
 {
  "kind": "model",
  "name": "OrganizationLoginDesign",
  "title": "",
  "href": "zero-trust/organizations.html#model-OrganizationLoginDesign"
 },
 {
  "kind": "model",
  "name": "OrganizationMFAConfig",
  "title": "",
  "href": "zero-trust/organizations.html#model-OrganizationMFAConfig"
 },
 {
  "kind": "model",
  "name": "OrganizationMFAPIVKeyRequirements",
  "title": "",
  "href": "zero-trust/organizations.html#model-OrganizationMFAPIVKeyRequirements"
 },
 {
  "kind": "model",
  "name": "OrganizationRevokeUsersResponse",
  "title": "",
  "href": "zero-trust/organizations.html#model-OrganizationRevokeUsersResponse"
 },
 {
  "kind": "model",
  "name": "OrganizationServiceTokenInactivity",
  "title": "",
  "href": "zero-trust/organizations.html#model-OrganizationServiceTokenInactivity"
 },
 {
  "kind": "model",
  "name": "OverrideCodeDisableForTime",
  "title": "",
  "href": "zero-trust/devices/override-codes.html#model-OverrideCodeDisableForTime"
 },
 {
  "kind": "model",
  "name": "OverrideCodeGetResponse",
  "title": "",
  "href": "zero-trust/devices/override-codes.html#model-OverrideCodeGetResponse"
 },
 {
  "kind": "model",
  "name": "OverrideCodeListResponse",
  "title": "",
  "href": "zero-trust/devices/override-codes.html#model-OverrideCodeListResponse"
 },
 {
  "kind": "model",
  "name": "PostureDeleteResponse",
  "title": "",
  "href": "zero-trust/devices/posture.html#model-PostureDeleteResponse"
 },
 {
  "kind": "model",
  "name": "ProxyEndpointApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-ProxyEndpointApplication"
 },
 {
  "kind": "model",
  "name": "RDPApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-RDPApplication"
 },
 {
  "kind": "model",
  "name": "RegistrationDevice",
  "title": "",
  "href": "zero-trust/devices/registrations.html#model-RegistrationDevice"
 },
 {
  "kind": "model",
  "name": "RegistrationGetResponse",
  "title": "",
  "href": "zero-trust/devices/registrations.html#model-RegistrationGetResponse"
 },
 {
  "kind": "model",
  "name": "RegistrationListResponse",
  "title": "",
  "href": "zero-trust/devices/registrations.html#model-RegistrationListResponse"
 },
 {
  "kind": "model",
  "name": "RegistrationPolicy",
  "title": "",
  "href": "zero-trust/devices/registrations.html#model-RegistrationPolicy"
 },
 {
  "kind": "model",
  "name": "SAMLGroupRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-SAMLGroupRule"
 },
 {
  "kind": "model",
  "name": "SAMLSaaSApp",
  "title": "",
  "href": "models/access/application-models.html#model-SAMLSaaSApp"
 },
 {
  "kind": "model",
  "name": "SAMLSaaSAppCustomAttribute",
  "title": "",
  "href": "models/access/application-models.html#model-SAMLSaaSAppCustomAttribute"
 },
 {
  "kind": "model",
  "name": "SCIMConfigAuthentication",
  "title": "",
  "href": "models/access/application-models.html#model-SCIMConfigAuthentication"
 },
 {
  "kind": "model",
  "name": "SCIMConfigAuthenticationAccessServiceToken",
  "title": "",
  "href": "models/access/application-models.html#model-SCIMConfigAuthenticationAccessServiceToken"
 },
 {
  "kind": "model",
  "name": "SCIMConfigAuthenticationHTTPBasic",
  "title": "",
  "href": "models/access/application-models.html#model-SCIMConfigAuthenticationHTTPBasic"
 },
 {
  "kind": "model",
  "name": "SCIMConfigAuthenticationOAuthBearerToken",
  "title": "",
  "href": "models/access/application-models.html#model-SCIMConfigAuthenticationOAuthBearerToken"
 },
 {
  "kind": "model",
  "name": "SCIMConfigAuthenticationOauth2",
  "title": "",
  "href": "models/access/application-models.html#model-SCIMConfigAuthenticationOauth2"
 },
 {
  "kind": "model",
  "name": "SCIMConfigMapping",
  "title": "",
  "href": "models/access/application-models.html#model-SCIMConfigMapping"
 },
 {
  "kind": "model",
  "name": "SSHApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-SSHApplication"
 },
 {
  "kind": "model",
  "name": "SaaSAppConfig",
  "title": "",
  "href": "models/access/application-models.html#model-SaaSAppConfig"
 },
 {
  "kind": "model",
  "name": "SaaSAppNameIDFormat",
  "title": "",
  "href": "models/access/application-models.html#model-SaaSAppNameIDFormat"
 },
 {
  "kind": "model",
  "name": "SaaSApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-SaaSApplication"
 },
 {
  "kind": "model",
  "name": "SelfHostedApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-SelfHostedApplication"
 },
 {
  "kind": "model",
  "name": "ServiceTokenRule",
  "title": "",
  "href": "models/shared/access-rules.html#model-ServiceTokenRule"
 },
 {
  "kind": "model",
  "name": "VNCApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-VNCApplication"
 },
 {
  "kind": "model",
  "name": "WARPApplication",
  "title": "",
  "href": "zero-trust/access/applications.html#model-WARPApplication"
 },
 {
  "kind": "model",
  "name": "ZeroTrustGroup",
  "title": "",
  "href": "zero-trust/access/groups.html#model-ZeroTrustGroup"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.access.applications",
  "title": "Access applications",
  "href": "zero-trust/access/applications.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.access.groups",
  "title": "Access groups",
  "href": "zero-trust/access/groups.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices",
  "title": "Devices (deprecated)",
  "href": "zero-trust/devices.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.deploymentGroups",
  "title": "Deployment groups",
  "href": "zero-trust/devices/deployment-groups.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.devices",
  "title": "Devices",
  "href": "zero-trust/devices/devices.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.dexTests",
  "title": "Device DEX tests",
  "href": "zero-trust/devices/dex-tests.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.fleetStatus",
  "title": "Device fleet status",
  "href": "zero-trust/devices/fleet-status.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.ipProfiles",
  "title": "IP profiles",
  "href": "zero-trust/devices/ip-profiles.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.networks",
  "title": "Device managed networks",
  "href": "zero-trust/devices/networks.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.overrideCodes",
  "title": "Override codes",
  "href": "zero-trust/devices/override-codes.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.policies.custom",
  "title": "Device settings profiles",
  "href": "zero-trust/devices/policies/custom.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.policies.custom.excludes",
  "title": "Split Tunnel exclude list of a device settings profile",
  "href": "zero-trust/devices/policies/custom/excludes.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.policies.custom.fallbackDomains",
  "title": "Local Domain Fallback list of a device settings profile",
  "href": "zero-trust/devices/policies/custom/fallback-domains.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.policies.custom.includes",
  "title": "Split Tunnel include list of a device settings profile",
  "href": "zero-trust/devices/policies/custom/includes.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.policies.default",
  "title": "Default device settings profile",
  "href": "zero-trust/devices/policies/default.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.policies.default.certificates",
  "title": "Device certificate provisioning",
  "href": "zero-trust/devices/policies/default/certificates.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.policies.default.excludes",
  "title": "Split Tunnel exclude list of the default profile",
  "href": "zero-trust/devices/policies/default/excludes.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.policies.default.fallbackDomains",
  "title": "Local Domain Fallback list of the default profile",
  "href": "zero-trust/devices/policies/default/fallback-domains.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.policies.default.includes",
  "title": "Split Tunnel include list of the default profile",
  "href": "zero-trust/devices/policies/default/includes.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.posture",
  "title": "Device posture rules",
  "href": "zero-trust/devices/posture.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.posture.integrations",
  "title": "Device posture integrations",
  "href": "zero-trust/devices/posture/integrations.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.registrations",
  "title": "Registrations",
  "href": "zero-trust/devices/registrations.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.resilience.globalWARPOverride",
  "title": "Global WARP override",
  "href": "zero-trust/devices/resilience/global-warp-override.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.revoke",
  "title": "Revoke devices (deprecated)",
  "href": "zero-trust/devices/revoke.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.settings",
  "title": "Device settings",
  "href": "zero-trust/devices/settings.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.devices.unrevoke",
  "title": "Unrevoke devices (deprecated)",
  "href": "zero-trust/devices/unrevoke.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.identityProviders",
  "title": "Access identity providers",
  "href": "zero-trust/identity-providers.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.identityProviders.scim.groups",
  "title": "SCIM groups",
  "href": "zero-trust/identity-providers/scim/groups.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.identityProviders.scim.users",
  "title": "SCIM users",
  "href": "zero-trust/identity-providers/scim/users.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.organizations",
  "title": "Zero Trust organization",
  "href": "zero-trust/organizations.html"
 },
 {
  "kind": "resource",
  "name": "client.zeroTrust.organizations.doh",
  "title": "Zero Trust organization DoH settings",
  "href": "zero-trust/organizations/doh.html"
 },
 {
  "kind": "method",
  "name": "zeroTrust.access.applications.create",
  "title": "Add an Access application",
  "href": "zero-trust/access/applications.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.access.applications.delete",
  "title": "Delete an Access application",
  "href": "zero-trust/access/applications.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.access.applications.get",
  "title": "Get an Access application",
  "href": "zero-trust/access/applications.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.access.applications.list",
  "title": "List Access applications",
  "href": "zero-trust/access/applications.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.access.applications.update",
  "title": "Update an Access application",
  "href": "zero-trust/access/applications.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.access.groups.create",
  "title": "Create an Access group",
  "href": "zero-trust/access/groups.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.access.groups.delete",
  "title": "Delete an Access group",
  "href": "zero-trust/access/groups.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.access.groups.get",
  "title": "Get an Access group",
  "href": "zero-trust/access/groups.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.access.groups.list",
  "title": "List Access groups",
  "href": "zero-trust/access/groups.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.access.groups.update",
  "title": "Update an Access group",
  "href": "zero-trust/access/groups.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.deploymentGroups.create",
  "title": "Create deployment group",
  "href": "zero-trust/devices/deployment-groups.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.deploymentGroups.delete",
  "title": "Delete deployment group",
  "href": "zero-trust/devices/deployment-groups.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.deploymentGroups.edit",
  "title": "Update deployment group",
  "href": "zero-trust/devices/deployment-groups.html#method-edit"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.deploymentGroups.get",
  "title": "Get deployment group",
  "href": "zero-trust/devices/deployment-groups.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.deploymentGroups.list",
  "title": "List deployment groups",
  "href": "zero-trust/devices/deployment-groups.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.devices.delete",
  "title": "Delete device",
  "href": "zero-trust/devices/devices.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.devices.get",
  "title": "Get device",
  "href": "zero-trust/devices/devices.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.devices.list",
  "title": "List devices",
  "href": "zero-trust/devices/devices.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.devices.revoke",
  "title": "Revoke device registrations",
  "href": "zero-trust/devices/devices.html#method-revoke"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.dexTests.create",
  "title": "Create Device DEX test",
  "href": "zero-trust/devices/dex-tests.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.dexTests.delete",
  "title": "Delete Device DEX test",
  "href": "zero-trust/devices/dex-tests.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.dexTests.get",
  "title": "Get Device DEX test",
  "href": "zero-trust/devices/dex-tests.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.dexTests.list",
  "title": "List Device DEX tests",
  "href": "zero-trust/devices/dex-tests.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.dexTests.update",
  "title": "Update Device DEX test",
  "href": "zero-trust/devices/dex-tests.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.fleetStatus.get",
  "title": "Get the live status of a latest device",
  "href": "zero-trust/devices/fleet-status.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.get",
  "title": "Get device (deprecated)",
  "href": "zero-trust/devices.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.ipProfiles.create",
  "title": "Create IP profile",
  "href": "zero-trust/devices/ip-profiles.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.ipProfiles.delete",
  "title": "Delete IP profile",
  "href": "zero-trust/devices/ip-profiles.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.ipProfiles.get",
  "title": "Get IP profile",
  "href": "zero-trust/devices/ip-profiles.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.ipProfiles.list",
  "title": "List IP profiles",
  "href": "zero-trust/devices/ip-profiles.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.ipProfiles.update",
  "title": "Update IP profile",
  "href": "zero-trust/devices/ip-profiles.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.list",
  "title": "List devices (deprecated)",
  "href": "zero-trust/devices.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.networks.create",
  "title": "Create a device managed network",
  "href": "zero-trust/devices/networks.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.networks.delete",
  "title": "Delete a device managed network",
  "href": "zero-trust/devices/networks.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.networks.get",
  "title": "Get device managed network details",
  "href": "zero-trust/devices/networks.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.networks.list",
  "title": "List your device managed networks",
  "href": "zero-trust/devices/networks.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.networks.update",
  "title": "Update a device managed network",
  "href": "zero-trust/devices/networks.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.overrideCodes.get",
  "title": "Get override codes",
  "href": "zero-trust/devices/override-codes.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.overrideCodes.list",
  "title": "Get override codes (deprecated)",
  "href": "zero-trust/devices/override-codes.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.custom.create",
  "title": "Create a device settings profile",
  "href": "zero-trust/devices/policies/custom.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.custom.delete",
  "title": "Delete a device settings profile",
  "href": "zero-trust/devices/policies/custom.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.custom.edit",
  "title": "Update a device settings profile",
  "href": "zero-trust/devices/policies/custom.html#method-edit"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.custom.excludes.get",
  "title": "Get the Split Tunnel exclude list for a device settings profile",
  "href": "zero-trust/devices/policies/custom/excludes.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.custom.excludes.update",
  "title": "Set the Split Tunnel exclude list for a device settings profile",
  "href": "zero-trust/devices/policies/custom/excludes.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.custom.fallbackDomains.get",
  "title": "Get the Local Domain Fallback list for a device settings profile",
  "href": "zero-trust/devices/policies/custom/fallback-domains.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.custom.fallbackDomains.update",
  "title": "Set the Local Domain Fallback list for a device settings profile",
  "href": "zero-trust/devices/policies/custom/fallback-domains.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.custom.get",
  "title": "Get device settings profile by ID",
  "href": "zero-trust/devices/policies/custom.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.custom.includes.get",
  "title": "Get the Split Tunnel include list for a device settings profile",
  "href": "zero-trust/devices/policies/custom/includes.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.custom.includes.update",
  "title": "Set the Split Tunnel include list for a device settings profile",
  "href": "zero-trust/devices/policies/custom/includes.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.custom.list",
  "title": "List device settings profiles",
  "href": "zero-trust/devices/policies/custom.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.default.certificates.edit",
  "title": "Update device certificate provisioning status",
  "href": "zero-trust/devices/policies/default/certificates.html#method-edit"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.default.certificates.get",
  "title": "Get device certificate provisioning status",
  "href": "zero-trust/devices/policies/default/certificates.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.default.edit",
  "title": "Update the default device settings profile",
  "href": "zero-trust/devices/policies/default.html#method-edit"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.default.excludes.get",
  "title": "Get the Split Tunnel exclude list",
  "href": "zero-trust/devices/policies/default/excludes.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.default.excludes.update",
  "title": "Set the Split Tunnel exclude list",
  "href": "zero-trust/devices/policies/default/excludes.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.default.fallbackDomains.get",
  "title": "Get your Local Domain Fallback list",
  "href": "zero-trust/devices/policies/default/fallback-domains.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.default.fallbackDomains.update",
  "title": "Set your Local Domain Fallback list",
  "href": "zero-trust/devices/policies/default/fallback-domains.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.default.get",
  "title": "Get the default device settings profile",
  "href": "zero-trust/devices/policies/default.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.default.includes.get",
  "title": "Get the Split Tunnel include list",
  "href": "zero-trust/devices/policies/default/includes.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.policies.default.includes.update",
  "title": "Set the Split Tunnel include list",
  "href": "zero-trust/devices/policies/default/includes.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.posture.create",
  "title": "Create a device posture rule",
  "href": "zero-trust/devices/posture.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.posture.delete",
  "title": "Delete a device posture rule",
  "href": "zero-trust/devices/posture.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.posture.get",
  "title": "Get device posture rule details",
  "href": "zero-trust/devices/posture.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.posture.integrations.create",
  "title": "Create a device posture integration",
  "href": "zero-trust/devices/posture/integrations.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.posture.integrations.delete",
  "title": "Delete a device posture integration",
  "href": "zero-trust/devices/posture/integrations.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.posture.integrations.edit",
  "title": "Update a device posture integration",
  "href": "zero-trust/devices/posture/integrations.html#method-edit"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.posture.integrations.get",
  "title": "Get device posture integration details",
  "href": "zero-trust/devices/posture/integrations.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.posture.integrations.list",
  "title": "List your device posture integrations",
  "href": "zero-trust/devices/posture/integrations.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.posture.list",
  "title": "List device posture rules",
  "href": "zero-trust/devices/posture.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.posture.update",
  "title": "Update a device posture rule",
  "href": "zero-trust/devices/posture.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.registrations.bulkDelete",
  "title": "Delete registrations",
  "href": "zero-trust/devices/registrations.html#method-bulkDelete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.registrations.delete",
  "title": "Delete registration",
  "href": "zero-trust/devices/registrations.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.registrations.get",
  "title": "Get registration",
  "href": "zero-trust/devices/registrations.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.registrations.list",
  "title": "List registrations",
  "href": "zero-trust/devices/registrations.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.registrations.revoke",
  "title": "Revoke registrations",
  "href": "zero-trust/devices/registrations.html#method-revoke"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.registrations.unrevoke",
  "title": "Unrevoke registrations",
  "href": "zero-trust/devices/registrations.html#method-unrevoke"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.resilience.globalWARPOverride.create",
  "title": "Set Global WARP override state",
  "href": "zero-trust/devices/resilience/global-warp-override.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.resilience.globalWARPOverride.get",
  "title": "Retrieve Global WARP override state",
  "href": "zero-trust/devices/resilience/global-warp-override.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.revoke.create",
  "title": "Revoke devices (deprecated)",
  "href": "zero-trust/devices/revoke.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.settings.delete",
  "title": "Reset device settings for a Zero Trust account with defaults. This turns off all proxying.",
  "href": "zero-trust/devices/settings.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.settings.edit",
  "title": "Patch device settings for a Zero Trust account",
  "href": "zero-trust/devices/settings.html#method-edit"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.settings.get",
  "title": "Get device settings for a Zero Trust account",
  "href": "zero-trust/devices/settings.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.settings.update",
  "title": "Update device settings for a Zero Trust account",
  "href": "zero-trust/devices/settings.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.devices.unrevoke.create",
  "title": "Unrevoke devices (deprecated)",
  "href": "zero-trust/devices/unrevoke.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.identityProviders.create",
  "title": "Add an Access identity provider",
  "href": "zero-trust/identity-providers.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.identityProviders.delete",
  "title": "Delete an Access identity provider",
  "href": "zero-trust/identity-providers.html#method-delete"
 },
 {
  "kind": "method",
  "name": "zeroTrust.identityProviders.get",
  "title": "Get an Access identity provider",
  "href": "zero-trust/identity-providers.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.identityProviders.list",
  "title": "List Access identity providers",
  "href": "zero-trust/identity-providers.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.identityProviders.scim.groups.list",
  "title": "List SCIM Group resources",
  "href": "zero-trust/identity-providers/scim/groups.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.identityProviders.scim.users.list",
  "title": "List SCIM User resources",
  "href": "zero-trust/identity-providers/scim/users.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.identityProviders.update",
  "title": "Update an Access identity provider",
  "href": "zero-trust/identity-providers.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.organizations.create",
  "title": "Create your Zero Trust organization",
  "href": "zero-trust/organizations.html#method-create"
 },
 {
  "kind": "method",
  "name": "zeroTrust.organizations.doh.get",
  "title": "Get your Zero Trust organization DoH settings",
  "href": "zero-trust/organizations/doh.html#method-get"
 },
 {
  "kind": "method",
  "name": "zeroTrust.organizations.doh.update",
  "title": "Update your Zero Trust organization DoH settings",
  "href": "zero-trust/organizations/doh.html#method-update"
 },
 {
  "kind": "method",
  "name": "zeroTrust.organizations.list",
  "title": "Get your Zero Trust organization",
  "href": "zero-trust/organizations.html#method-list"
 },
 {
  "kind": "method",
  "name": "zeroTrust.organizations.revokeUsers",
  "title": "Revoke all Access tokens for a user",
  "href": "zero-trust/organizations.html#method-revokeUsers"
 },
 {
  "kind": "method",
  "name": "zeroTrust.organizations.update",
  "title": "Update your Zero Trust organization",
  "href": "zero-trust/organizations.html#method-update"
 }
];
