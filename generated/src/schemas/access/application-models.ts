// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  AppAllPreviewWorkersDestination,
  AppAllWorkersDestination,
  AppApprovalGroup,
  AppClipboardFormat,
  AppDestination,
  AppDestinationOverride,
  AppInfrastructureMFAConfig,
  AppInfrastructurePolicy,
  AppInfrastructurePolicyParam,
  AppLauncherFooterLink,
  AppLauncherLandingPageDesign,
  AppMFAConfig,
  AppOAuthConfiguration,
  AppPolicyConnectionRules,
  AppPolicyItem,
  AppPolicyItemParam,
  AppPolicyLink,
  AppPreviewWorkerDestination,
  AppPrivateDestination,
  AppPublicDestination,
  AppRDPTargetCriterion,
  AppSCIMConfig,
  AppSSHTargetCriterion,
  AppTargetCriterionBase,
  AppTargetSelector,
  AppViaMCPServerPortalDestination,
  AppWorkerDestination,
  ApplicationPolicy,
  ApplicationPolicyDecision,
  ApplicationPolicyParam,
  CORSAllowedMethod,
  CORSHeaders,
  OIDCSaaSApp,
  OIDCSaaSAppCustomClaim,
  SAMLSaaSApp,
  SAMLSaaSAppCustomAttribute,
  SCIMConfigAuthentication,
  SCIMConfigAuthenticationAccessServiceToken,
  SCIMConfigAuthenticationHTTPBasic,
  SCIMConfigAuthenticationOAuthBearerToken,
  SCIMConfigAuthenticationOauth2,
  SCIMConfigMapping,
  SaaSAppConfig,
  SaaSAppNameIDFormat,
} from '../../types/access/application-models.js';
import { AccessRuleSchema } from '../shared/access-rules.js';

/** An HTTP request method. */
export const CORSAllowedMethodSchema: z.ZodType<CORSAllowedMethod> = z.enum([
  'GET',
  'POST',
  'HEAD',
  'PUT',
  'DELETE',
  'CONNECT',
  'OPTIONS',
  'TRACE',
  'PATCH',
]);
/** The CORS settings Access applies to the application. */
export const CORSHeadersSchema: z.ZodType<CORSHeaders> = z.object({
  allow_all_headers: z.boolean().optional(),
  allow_all_methods: z.boolean().optional(),
  allow_all_origins: z.boolean().optional(),
  allow_credentials: z.boolean().optional(),
  allowed_headers: z.array(z.string()).optional(),
  allowed_methods: z.array(CORSAllowedMethodSchema).optional(),
  allowed_origins: z.array(z.string()).optional(),
  max_age: z.number().min(-1).max(86400).optional(),
});
/** A rule that overrides how Access handles requests to a destination. */
export const AppDestinationOverrideSchema: z.ZodType<AppDestinationOverride> = z.object({
  behavior: z.literal('public'),
  path_pattern: z.string(),
});
/** A public hostname that Access will secure. Public destinations support sub-domain and path. Wildcard '*' can be used in the definition. */
export const AppPublicDestinationSchema: z.ZodType<AppPublicDestination> = z.object({
  type: z.literal('public').optional(),
  uri: z.string().optional(),
  overrides: z.array(AppDestinationOverrideSchema).optional(),
});
/** A private network destination that Access will secure. */
export const AppPrivateDestinationSchema: z.ZodType<AppPrivateDestination> = z.object({
  type: z.literal('private').optional(),
  cidr: z.string().optional(),
  hostname: z.string().optional(),
  l4_protocol: z.enum(['tcp', 'udp']).optional(),
  port_range: z.string().optional(),
  vnet_id: z.string().optional(),
});
/** A MCP server id configured in ai-controls. Access will secure the MCP server if accessed through a MCP portal. */
export const AppViaMCPServerPortalDestinationSchema: z.ZodType<AppViaMCPServerPortalDestination> =
  z.object({
    type: z.literal('via_mcp_server_portal').optional(),
    mcp_server_id: z.string().optional(),
  });
/** A specific Cloudflare Worker that Access will secure. All requests routed to the specified Worker, including its preview deployments, will be protected. The preview_worker and public destination types take precedence, so you can create separate applications to override the policies for the Worker's previews or specific paths. */
export const AppWorkerDestinationSchema: z.ZodType<AppWorkerDestination> = z.object({
  type: z.literal('worker'),
  worker_id: z.string(),
  overrides: z.array(AppDestinationOverrideSchema).optional(),
});
/** A specific Cloudflare Worker whose preview deployments Access will secure. Only requests routed to the preview deployments of the specified Worker will be protected. The public destination type takes precedence. */
export const AppPreviewWorkerDestinationSchema: z.ZodType<AppPreviewWorkerDestination> = z.object({
  type: z.literal('preview_worker'),
  worker_id: z.string(),
  overrides: z.array(AppDestinationOverrideSchema).optional(),
});
/** Protects all Cloudflare Workers on the account with Access, including their preview deployments. At most one destination of this type can exist per account. The worker, preview_worker, all_preview_workers, and public destination types take precedence. */
export const AppAllWorkersDestinationSchema: z.ZodType<AppAllWorkersDestination> = z.object({
  type: z.literal('all_workers'),
  overrides: z.array(AppDestinationOverrideSchema).optional(),
});
/** Protects the preview deployments of all Cloudflare Workers on the account with Access. At most one destination of this type can exist per account. The worker, preview_worker, and public destination types take precedence. */
export const AppAllPreviewWorkersDestinationSchema: z.ZodType<AppAllPreviewWorkersDestination> =
  z.object({
    type: z.literal('all_preview_workers'),
    overrides: z.array(AppDestinationOverrideSchema).optional(),
  });
/** A destination secured by Access. The type field is optional for the public, private and via_mcp_server_portal kinds, so the union has no discriminator. */
export const AppDestinationSchema: z.ZodType<AppDestination> = z.union([
  AppPublicDestinationSchema,
  AppPrivateDestinationSchema,
  AppViaMCPServerPortalDestinationSchema,
  AppWorkerDestinationSchema,
  AppPreviewWorkerDestinationSchema,
  AppAllWorkersDestinationSchema,
  AppAllPreviewWorkersDestinationSchema,
]);
/** Configures multi-factor authentication (MFA) settings. */
export const AppMFAConfigSchema: z.ZodType<AppMFAConfig> = z.object({
  allowed_authenticators: z.array(z.enum(['totp', 'biometrics', 'security_key'])).optional(),
  mfa_disabled: z.boolean().optional(),
  session_duration: z.string().optional(),
});
/** Configures multi-factor authentication (MFA) settings for infrastructure applications. */
export const AppInfrastructureMFAConfigSchema: z.ZodType<AppInfrastructureMFAConfig> = z.object({
  allowed_authenticators: z.array(z.enum(['piv_key', 'ssh_fido2_key'])).optional(),
  mfa_disabled: z.boolean().optional(),
  session_duration: z.string().optional(),
});
/** Beta: Optional configuration for managing an OAuth authorization flow controlled by Access. When set, Access will act as the OAuth authorization server for this application. Only compatible with OAuth clients that support RFC 8707 (Resource Indicators for OAuth 2.0). This feature is currently in beta. */
export const AppOAuthConfigurationSchema: z.ZodType<AppOAuthConfiguration> = z.object({
  dynamic_client_registration: z
    .object({
      allow_any_on_localhost: z.boolean().optional(),
      allow_any_on_loopback: z.boolean().optional(),
      allowed_uris: z.array(z.string()).optional(),
      enabled: z.boolean().optional(),
    })
    .optional(),
  enabled: z.boolean().optional(),
  grant: z
    .object({
      access_token_lifetime: z.string().optional(),
      session_duration: z.string().optional(),
    })
    .optional(),
});
/** A claim added to the OIDC tokens. */
export const OIDCSaaSAppCustomClaimSchema: z.ZodType<OIDCSaaSAppCustomClaim> = z.object({
  name: z.string().optional(),
  required: z.boolean().optional(),
  scope: z.enum(['groups', 'profile', 'email', 'openid']).optional(),
  source: z
    .object({
      name: z.string().optional(),
      name_by_idp: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
});
/** The OIDC configuration of a SaaS application. */
export const OIDCSaaSAppSchema: z.ZodType<OIDCSaaSApp> = z.object({
  access_token_lifetime: z.string().optional(),
  allow_pkce_without_client_secret: z.boolean().optional(),
  app_launcher_url: z.string().optional(),
  auth_type: z.literal('oidc'),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
  custom_claims: z.array(OIDCSaaSAppCustomClaimSchema).optional(),
  grant_types: z
    .array(
      z.enum([
        'authorization_code',
        'authorization_code_with_pkce',
        'refresh_tokens',
        'hybrid',
        'implicit',
      ]),
    )
    .optional(),
  group_filter_regex: z.string().optional(),
  hybrid_and_implicit_options: z
    .object({
      return_access_token_from_authorization_endpoint: z.boolean().optional(),
      return_id_token_from_authorization_endpoint: z.boolean().optional(),
    })
    .optional(),
  public_key: z.string().optional(),
  redirect_uris: z.array(z.string()).optional(),
  refresh_token_options: z
    .object({
      lifetime: z.string().optional(),
    })
    .optional(),
  scopes: z.array(z.enum(['openid', 'groups', 'email', 'profile'])).optional(),
});
/** An attribute added to the SAML assertion. */
export const SAMLSaaSAppCustomAttributeSchema: z.ZodType<SAMLSaaSAppCustomAttribute> = z.object({
  friendly_name: z.string().optional(),
  name: z.string().optional(),
  name_format: z
    .enum([
      'urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified',
      'urn:oasis:names:tc:SAML:2.0:attrname-format:basic',
      'urn:oasis:names:tc:SAML:2.0:attrname-format:uri',
    ])
    .optional(),
  required: z.boolean().optional(),
  source: z
    .object({
      name: z.string().optional(),
      name_by_idp: z
        .array(
          z.object({
            idp_id: z.string().optional(),
            source_name: z.string().optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});
/** The format of the name identifier sent to the SaaS application. */
export const SaaSAppNameIDFormatSchema: z.ZodType<SaaSAppNameIDFormat> = z.enum(['id', 'email']);
/** The SAML configuration of a SaaS application. */
export const SAMLSaaSAppSchema: z.ZodType<SAMLSaaSApp> = z.object({
  auth_type: z.literal('saml').optional(),
  consumer_service_url: z.string().optional(),
  custom_attributes: z.array(SAMLSaaSAppCustomAttributeSchema).optional(),
  default_relay_state: z.string().optional(),
  idp_entity_id: z.string().optional(),
  name_id_format: SaaSAppNameIDFormatSchema.optional(),
  name_id_transform_jsonata: z.string().optional(),
  public_key: z.string().optional(),
  saml_attribute_transform_jsonata: z.string().optional(),
  sp_entity_id: z.string().optional(),
  sso_endpoint: z.string().optional(),
});
/** The SAML or OIDC configuration of a SaaS application. auth_type tells them apart; SAML is assumed when it is left out. */
export const SaaSAppConfigSchema: z.ZodType<SaaSAppConfig> = z.union([
  OIDCSaaSAppSchema,
  SAMLSaaSAppSchema,
]);
/** Attributes for configuring HTTP Basic authentication scheme for SCIM provisioning to an application. */
export const SCIMConfigAuthenticationHTTPBasicSchema: z.ZodType<SCIMConfigAuthenticationHTTPBasic> &
  z.core.$ZodTypeDiscriminable = z.object({
  scheme: z.literal('httpbasic'),
  user: z.string(),
  password: z.string(),
});
/** Attributes for configuring OAuth Bearer Token authentication scheme for SCIM provisioning to an application. */
export const SCIMConfigAuthenticationOAuthBearerTokenSchema: z.ZodType<SCIMConfigAuthenticationOAuthBearerToken> &
  z.core.$ZodTypeDiscriminable = z.object({
  scheme: z.literal('oauthbearertoken'),
  token: z.string(),
});
/** Attributes for configuring OAuth 2 authentication scheme for SCIM provisioning to an application. */
export const SCIMConfigAuthenticationOauth2Schema: z.ZodType<SCIMConfigAuthenticationOauth2> &
  z.core.$ZodTypeDiscriminable = z.object({
  scheme: z.literal('oauth2'),
  authorization_url: z.string(),
  client_id: z.string(),
  client_secret: z.string(),
  token_url: z.string(),
  scopes: z.array(z.string()).optional(),
});
/** Attributes for configuring Access Service Token authentication scheme for SCIM provisioning to an application. */
export const SCIMConfigAuthenticationAccessServiceTokenSchema: z.ZodType<SCIMConfigAuthenticationAccessServiceToken> &
  z.core.$ZodTypeDiscriminable = z.object({
  scheme: z.literal('access_service_token'),
  client_id: z.string(),
  client_secret: z.string(),
});
/** An authentication scheme for SCIM provisioning to an application. */
export const SCIMConfigAuthenticationSchema: z.ZodType<SCIMConfigAuthentication> =
  z.discriminatedUnion('scheme', [
    SCIMConfigAuthenticationHTTPBasicSchema,
    SCIMConfigAuthenticationOAuthBearerTokenSchema,
    SCIMConfigAuthenticationOauth2Schema,
    SCIMConfigAuthenticationAccessServiceTokenSchema,
  ]);
/** Transformations and filters applied to resources before they are provisioned in the remote SCIM service. */
export const SCIMConfigMappingSchema: z.ZodType<SCIMConfigMapping> = z.object({
  schema: z.string(),
  enabled: z.boolean().optional(),
  filter: z.string().optional(),
  operations: z
    .object({
      create: z.boolean().optional(),
      delete: z.boolean().optional(),
      update: z.boolean().optional(),
    })
    .optional(),
  strictness: z.enum(['strict', 'passthrough']).optional(),
  transform_jsonata: z.string().optional(),
});
/** Configuration for provisioning to this application via SCIM. This is currently in closed beta. */
export const AppSCIMConfigSchema: z.ZodType<AppSCIMConfig> = z.object({
  idp_uid: z.string(),
  remote_uri: z.string(),
  authentication: z
    .union([SCIMConfigAuthenticationSchema, z.array(SCIMConfigAuthenticationSchema)])
    .optional(),
  deactivate_on_delete: z.boolean().optional(),
  enabled: z.boolean().optional(),
  mappings: z.array(SCIMConfigMappingSchema).optional(),
});
/** A group of email addresses that can approve a temporary authentication request. */
export const AppApprovalGroupSchema: z.ZodType<AppApprovalGroup> = z.object({
  approvals_needed: z.number().min(0),
  email_addresses: z.array(z.string()).optional(),
  email_list_uuid: z.string().optional(),
});
/** A clipboard format of an RDP session. */
export const AppClipboardFormatSchema: z.ZodType<AppClipboardFormat> = z.enum(['text', 'file']);
/** The rules that define how users may connect to targets secured by your application. */
export const AppPolicyConnectionRulesSchema: z.ZodType<AppPolicyConnectionRules> = z.object({
  rdp: z
    .object({
      allowed_clipboard_local_to_remote_formats: z.array(AppClipboardFormatSchema).optional(),
      allowed_clipboard_remote_to_local_formats: z.array(AppClipboardFormatSchema).optional(),
    })
    .optional(),
});
/** The action Access will take if a user matches this policy. Infrastructure application policies can only use the Allow action. */
export const ApplicationPolicyDecisionSchema: z.ZodType<ApplicationPolicyDecision> = z.enum([
  'allow',
  'deny',
  'non_identity',
  'bypass',
]);
/** An Access policy applied to an application. */
export const ApplicationPolicySchema: z.ZodType<ApplicationPolicy> = z.object({
  id: z.string().max(36).optional(),
  account_id: z.string().optional(),
  approval_groups: z.array(AppApprovalGroupSchema).optional(),
  approval_required: z.boolean().optional(),
  connection_rules: AppPolicyConnectionRulesSchema.optional(),
  created_at: z.iso.datetime({ offset: true }).optional(),
  decision: ApplicationPolicyDecisionSchema.optional(),
  exclude: z.array(AccessRuleSchema).optional(),
  include: z.array(AccessRuleSchema).optional(),
  isolation_required: z.boolean().optional(),
  mfa_config: AppMFAConfigSchema.optional(),
  name: z.string().optional(),
  precedence: z.int().optional(),
  purpose_justification_prompt: z.string().optional(),
  purpose_justification_required: z.boolean().optional(),
  require: z.array(AccessRuleSchema).optional(),
  session_duration: z.string().nullable().optional(),
  updated_at: z.iso.datetime({ offset: true }).optional(),
});
/** An Access policy applied to an application. */
export const ApplicationPolicyParamSchema: z.ZodType<ApplicationPolicyParam> = z.object({
  id: z.string().max(36).optional(),
  approval_groups: z.array(AppApprovalGroupSchema).optional(),
  approval_required: z.boolean().optional(),
  connection_rules: AppPolicyConnectionRulesSchema.optional(),
  decision: ApplicationPolicyDecisionSchema.optional(),
  exclude: z.array(AccessRuleSchema).optional(),
  include: z.array(AccessRuleSchema).optional(),
  isolation_required: z.boolean().optional(),
  mfa_config: AppMFAConfigSchema.optional(),
  name: z.string().optional(),
  precedence: z.int().optional(),
  purpose_justification_prompt: z.string().optional(),
  purpose_justification_required: z.boolean().optional(),
  require: z.array(AccessRuleSchema).optional(),
  session_duration: z.string().nullable().optional(),
});
/** A JSON that links a reusable policy to an application. */
export const AppPolicyLinkSchema: z.ZodType<AppPolicyLink> = z.object({
  id: z.string().max(36).optional(),
  account_id: z.string().optional(),
  precedence: z.int().optional(),
});
/** An item of an application's policies: an existing reusable policy, referenced by its UUID or linked with a precedence, or a policy exclusive to the application. ApplicationPolicy comes first because every field of it is optional: a policy link also matches it. */
export const AppPolicyItemSchema: z.ZodType<AppPolicyItem> = z.union([
  ApplicationPolicySchema,
  AppPolicyLinkSchema,
  z.string().max(36),
]);
/** An item of an application's policies: an existing reusable policy, referenced by its UUID or linked with a precedence, or a policy exclusive to the application. ApplicationPolicy comes first because every field of it is optional: a policy link also matches it. */
export const AppPolicyItemParamSchema: z.ZodType<AppPolicyItemParam> = z.union([
  ApplicationPolicyParamSchema,
  AppPolicyLinkSchema,
  z.string().max(36),
]);
/** An Access policy applied to an infrastructure application. */
export const AppInfrastructurePolicySchema: z.ZodType<AppInfrastructurePolicy> = z.object({
  id: z.string().max(36).optional(),
  decision: ApplicationPolicyDecisionSchema,
  include: z.array(AccessRuleSchema),
  name: z.string(),
  connection_rules: z
    .object({
      ssh: z
        .object({
          usernames: z.array(z.string()),
          allow_email_alias: z.boolean().optional(),
        })
        .optional(),
    })
    .optional(),
  created_at: z.iso.datetime({ offset: true }).optional(),
  exclude: z.array(AccessRuleSchema).optional(),
  mfa_config: AppInfrastructureMFAConfigSchema.optional(),
  require: z.array(AccessRuleSchema).optional(),
  updated_at: z.iso.datetime({ offset: true }).optional(),
});
/** An Access policy applied to an infrastructure application. */
export const AppInfrastructurePolicyParamSchema: z.ZodType<AppInfrastructurePolicyParam> = z.object(
  {
    decision: ApplicationPolicyDecisionSchema,
    include: z.array(AccessRuleSchema),
    name: z.string(),
    connection_rules: z
      .object({
        ssh: z
          .object({
            usernames: z.array(z.string()),
            allow_email_alias: z.boolean().optional(),
          })
          .optional(),
      })
      .optional(),
    exclude: z.array(AccessRuleSchema).optional(),
    mfa_config: AppInfrastructureMFAConfigSchema.optional(),
    require: z.array(AccessRuleSchema).optional(),
  },
);
/** Selectors of targets, by tag or by hostname. */
export const AppTargetSelectorSchema: z.ZodType<AppTargetSelector> = z.object({
  tags: z.record(z.string(), z.array(z.string())).optional(),
  target_attributes: z
    .object({
      hostname: z.array(z.string()).optional(),
    })
    .optional(),
});
/** The targets an infrastructure or RDP application covers. */
export const AppTargetCriterionBaseSchema: z.ZodType<AppTargetCriterionBase> = z.object({
  port: z.int(),
  target_attributes: z.record(z.string(), z.array(z.string())).optional(),
  include: AppTargetSelectorSchema.optional(),
  exclude: AppTargetSelectorSchema.optional(),
  require: AppTargetSelectorSchema.optional(),
});
/** Targets reached over SSH. */
export const AppSSHTargetCriterionSchema: z.ZodType<AppSSHTargetCriterion> = z.object({
  port: z.int(),
  target_attributes: z.record(z.string(), z.array(z.string())).optional(),
  include: AppTargetSelectorSchema.optional(),
  exclude: AppTargetSelectorSchema.optional(),
  require: AppTargetSelectorSchema.optional(),
  protocol: z.literal('SSH'),
});
/** Targets reached over RDP. */
export const AppRDPTargetCriterionSchema: z.ZodType<AppRDPTargetCriterion> = z.object({
  port: z.int(),
  target_attributes: z.record(z.string(), z.array(z.string())).optional(),
  include: AppTargetSelectorSchema.optional(),
  exclude: AppTargetSelectorSchema.optional(),
  require: AppTargetSelectorSchema.optional(),
  protocol: z.literal('RDP'),
});
/** The design of the App Launcher landing page shown to users when they log in. */
export const AppLauncherLandingPageDesignSchema: z.ZodType<AppLauncherLandingPageDesign> = z.object(
  {
    button_color: z.string().optional(),
    button_text_color: z.string().optional(),
    image_url: z.string().optional(),
    message: z.string().optional(),
    title: z.string().optional(),
  },
);
/** A link in the App Launcher footer. */
export const AppLauncherFooterLinkSchema: z.ZodType<AppLauncherFooterLink> = z.object({
  name: z.string(),
  url: z.string(),
});
