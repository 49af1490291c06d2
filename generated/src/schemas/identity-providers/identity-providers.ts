// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type { LooseScope } from '../../runtime/index.js';
import type {
  IdentityProvider,
  IdentityProviderAzureAD,
  IdentityProviderAzureADConfig,
  IdentityProviderAzureADParam,
  IdentityProviderBase,
  IdentityProviderCentrify,
  IdentityProviderCentrifyConfig,
  IdentityProviderCentrifyParam,
  IdentityProviderCloudflare,
  IdentityProviderCloudflareConfig,
  IdentityProviderCloudflareConfigParam,
  IdentityProviderCloudflareParam,
  IdentityProviderCreateParams,
  IdentityProviderDeleteParams,
  IdentityProviderDeleteResponse,
  IdentityProviderFacebook,
  IdentityProviderFacebookParam,
  IdentityProviderGenericOAuthConfig,
  IdentityProviderGetParams,
  IdentityProviderGitHub,
  IdentityProviderGitHubParam,
  IdentityProviderGoogle,
  IdentityProviderGoogleApps,
  IdentityProviderGoogleAppsConfig,
  IdentityProviderGoogleAppsParam,
  IdentityProviderGoogleConfig,
  IdentityProviderGoogleParam,
  IdentityProviderLinkedIn,
  IdentityProviderLinkedInParam,
  IdentityProviderListParams,
  IdentityProviderListResponse,
  IdentityProviderOIDC,
  IdentityProviderOIDCConfig,
  IdentityProviderOIDCParam,
  IdentityProviderOkta,
  IdentityProviderOktaConfig,
  IdentityProviderOktaParam,
  IdentityProviderOneLogin,
  IdentityProviderOneLoginConfig,
  IdentityProviderOneLoginParam,
  IdentityProviderOneTimePin,
  IdentityProviderOneTimePinConfig,
  IdentityProviderOneTimePinConfigParam,
  IdentityProviderOneTimePinParam,
  IdentityProviderParam,
  IdentityProviderPingOne,
  IdentityProviderPingOneConfig,
  IdentityProviderPingOneParam,
  IdentityProviderSAML,
  IdentityProviderSAMLCertificate,
  IdentityProviderSAMLCertificateSet,
  IdentityProviderSAMLConfig,
  IdentityProviderSAMLHeaderAttribute,
  IdentityProviderSAMLParam,
  IdentityProviderSCIMConfig,
  IdentityProviderSCIMConfigParam,
  IdentityProviderType,
  IdentityProviderUpdateParams,
  IdentityProviderYandex,
  IdentityProviderYandexParam,
} from '../../types/identity-providers/identity-providers.js';

/** The type of identity provider. To determine the value for a specific provider, refer to the developer documentation (https://developers.cloudflare.com/cloudflare-one/identity/idp-integration/). */
export const IdentityProviderTypeSchema: z.ZodType<IdentityProviderType> = z.enum([
  'onetimepin',
  'azureAD',
  'saml',
  'centrify',
  'facebook',
  'github',
  'google-apps',
  'google',
  'linkedin',
  'oidc',
  'okta',
  'onelogin',
  'pingone',
  'yandex',
  'cloudflare',
]);
/** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
export const IdentityProviderSCIMConfigSchema: z.ZodType<IdentityProviderSCIMConfig> = z.object({
  enabled: z.boolean().optional(),
  identity_update_behavior: z.enum(['automatic', 'reauth', 'no_action']).optional(),
  scim_base_url: z.string().optional(),
  seat_deprovision: z.boolean().optional(),
  secret: z.string().optional(),
  user_deprovision: z.boolean().optional(),
});
/** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
export const IdentityProviderSCIMConfigParamSchema: z.ZodType<IdentityProviderSCIMConfigParam> =
  z.object({
    enabled: z.boolean().optional(),
    identity_update_behavior: z.enum(['automatic', 'reauth', 'no_action']).optional(),
    seat_deprovision: z.boolean().optional(),
    user_deprovision: z.boolean().optional(),
  });
/** A certificate of a SAML encryption certificate set. */
export const IdentityProviderSAMLCertificateSchema: z.ZodType<IdentityProviderSAMLCertificate> =
  z.object({
    is_current: z.boolean(),
    not_after: z.string(),
    public_certificate: z.string(),
    uid: z.string(),
  });
/** The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned. */
export const IdentityProviderSAMLCertificateSetSchema: z.ZodType<IdentityProviderSAMLCertificateSet> =
  z.object({
    created_at: z.string(),
    uid: z.string(),
    updated_at: z.string(),
    current_certificate: IdentityProviderSAMLCertificateSchema.optional(),
    previous_certificate: z.unknown().nullable().optional(),
  });
/** The fields every identity provider has, whatever its type. */
export const IdentityProviderBaseSchema: z.ZodType<IdentityProviderBase> = z.object({
  name: z.string(),
  type: IdentityProviderTypeSchema,
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
});
/** The configuration parameters for an OAuth identity provider (facebook, github, linkedin, yandex). */
export const IdentityProviderGenericOAuthConfigSchema: z.ZodType<IdentityProviderGenericOAuthConfig> =
  z.object({
    client_id: z.string().optional(),
    client_secret: z.string().optional(),
  });
/** The configuration parameters for an Azure AD identity provider. */
export const IdentityProviderAzureADConfigSchema: z.ZodType<IdentityProviderAzureADConfig> =
  z.object({
    client_id: z.string().optional(),
    client_secret: z.string().optional(),
    claims: z.array(z.string()).optional(),
    conditional_access_enabled: z.boolean().optional(),
    directory_id: z.string().optional(),
    email_claim_name: z.string().optional(),
    prompt: z.enum(['login', 'select_account', 'none']).optional(),
    support_groups: z.boolean().optional(),
  });
/** The configuration parameters for a Centrify identity provider. */
export const IdentityProviderCentrifyConfigSchema: z.ZodType<IdentityProviderCentrifyConfig> =
  z.object({
    client_id: z.string().optional(),
    client_secret: z.string().optional(),
    centrify_account: z.string().optional(),
    centrify_app_id: z.string().optional(),
    claims: z.array(z.string()).optional(),
    email_claim_name: z.string().optional(),
  });
/** The configuration parameters for a Google identity provider. */
export const IdentityProviderGoogleConfigSchema: z.ZodType<IdentityProviderGoogleConfig> = z.object(
  {
    client_id: z.string().optional(),
    client_secret: z.string().optional(),
    claims: z.array(z.string()).optional(),
    email_claim_name: z.string().optional(),
  },
);
/** The configuration parameters for a Google Workspace (google-apps) identity provider. */
export const IdentityProviderGoogleAppsConfigSchema: z.ZodType<IdentityProviderGoogleAppsConfig> =
  z.object({
    client_id: z.string().optional(),
    client_secret: z.string().optional(),
    apps_domain: z.string().optional(),
    claims: z.array(z.string()).optional(),
    email_claim_name: z.string().optional(),
    prompt: z.enum(['none', 'consent', 'select_account']).optional(),
    use_login_hint: z.boolean().optional(),
  });
/** The configuration parameters for a generic OpenID Connect identity provider. */
export const IdentityProviderOIDCConfigSchema: z.ZodType<IdentityProviderOIDCConfig> = z.object({
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
  auth_url: z.string().optional(),
  certs_url: z.string().optional(),
  claims: z.array(z.string()).optional(),
  email_claim_name: z.string().optional(),
  pkce_enabled: z.boolean().optional(),
  scopes: z.array(z.string()).optional(),
  token_url: z.string().optional(),
});
/** The configuration parameters for an Okta identity provider. */
export const IdentityProviderOktaConfigSchema: z.ZodType<IdentityProviderOktaConfig> = z.object({
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
  authorization_server_id: z.string().optional(),
  claims: z.array(z.string()).optional(),
  email_claim_name: z.string().optional(),
  okta_account: z.string().optional(),
});
/** The configuration parameters for a OneLogin identity provider. */
export const IdentityProviderOneLoginConfigSchema: z.ZodType<IdentityProviderOneLoginConfig> =
  z.object({
    client_id: z.string().optional(),
    client_secret: z.string().optional(),
    claims: z.array(z.string()).optional(),
    email_claim_name: z.string().optional(),
    onelogin_account: z.string().optional(),
  });
/** The configuration parameters for a PingOne identity provider. */
export const IdentityProviderPingOneConfigSchema: z.ZodType<IdentityProviderPingOneConfig> =
  z.object({
    client_id: z.string().optional(),
    client_secret: z.string().optional(),
    claims: z.array(z.string()).optional(),
    email_claim_name: z.string().optional(),
    ping_env_id: z.string().optional(),
  });
/** A SAML attribute returned as a request header to the origin. */
export const IdentityProviderSAMLHeaderAttributeSchema: z.ZodType<IdentityProviderSAMLHeaderAttribute> =
  z.object({
    attribute_name: z.string().optional(),
    header_name: z.string().optional(),
  });
/** The configuration parameters for a generic SAML identity provider. */
export const IdentityProviderSAMLConfigSchema: z.ZodType<IdentityProviderSAMLConfig> = z.object({
  attributes: z.array(z.string()).optional(),
  email_attribute_name: z.string().optional(),
  enable_encryption: z.boolean().optional(),
  force_authn: z.boolean().optional(),
  header_attributes: z.array(IdentityProviderSAMLHeaderAttributeSchema).optional(),
  idp_public_certs: z.array(z.string()).optional(),
  issuer_url: z.string().optional(),
  max_sso_url_length: z.number().optional(),
  sign_request: z.boolean().optional(),
  sso_target_url: z.string().optional(),
});
/** The configuration parameters for the one-time PIN login method. */
export const IdentityProviderOneTimePinConfigSchema: z.ZodType<IdentityProviderOneTimePinConfig> =
  z.object({
    redirect_url: z.string().optional(),
  });
/** The configuration parameters for the one-time PIN login method. */
export const IdentityProviderOneTimePinConfigParamSchema: z.ZodType<IdentityProviderOneTimePinConfigParam> =
  z.object({});
/** The configuration parameters for a Cloudflare identity provider. */
export const IdentityProviderCloudflareConfigSchema: z.ZodType<IdentityProviderCloudflareConfig> =
  z.object({
    redirect_url: z.string().optional(),
    restrict_to_account_members: z.boolean().optional(),
  });
/** The configuration parameters for a Cloudflare identity provider. */
export const IdentityProviderCloudflareConfigParamSchema: z.ZodType<IdentityProviderCloudflareConfigParam> =
  z.object({
    restrict_to_account_members: z.boolean().optional(),
  });
/** An Azure AD (Microsoft Entra ID) identity provider. */
export const IdentityProviderAzureADSchema: z.ZodType<IdentityProviderAzureAD> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('azureAD'),
  config: IdentityProviderAzureADConfigSchema,
});
/** An Azure AD (Microsoft Entra ID) identity provider. */
export const IdentityProviderAzureADParamSchema: z.ZodType<IdentityProviderAzureADParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('azureAD'),
  config: IdentityProviderAzureADConfigSchema,
});
/** A Centrify identity provider. */
export const IdentityProviderCentrifySchema: z.ZodType<IdentityProviderCentrify> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('centrify'),
  config: IdentityProviderCentrifyConfigSchema,
});
/** A Centrify identity provider. */
export const IdentityProviderCentrifyParamSchema: z.ZodType<IdentityProviderCentrifyParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('centrify'),
  config: IdentityProviderCentrifyConfigSchema,
});
/** A Facebook identity provider. */
export const IdentityProviderFacebookSchema: z.ZodType<IdentityProviderFacebook> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('facebook'),
  config: IdentityProviderGenericOAuthConfigSchema,
});
/** A Facebook identity provider. */
export const IdentityProviderFacebookParamSchema: z.ZodType<IdentityProviderFacebookParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('facebook'),
  config: IdentityProviderGenericOAuthConfigSchema,
});
/** A GitHub identity provider. */
export const IdentityProviderGitHubSchema: z.ZodType<IdentityProviderGitHub> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('github'),
  config: IdentityProviderGenericOAuthConfigSchema,
});
/** A GitHub identity provider. */
export const IdentityProviderGitHubParamSchema: z.ZodType<IdentityProviderGitHubParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('github'),
  config: IdentityProviderGenericOAuthConfigSchema,
});
/** A Google identity provider. */
export const IdentityProviderGoogleSchema: z.ZodType<IdentityProviderGoogle> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('google'),
  config: IdentityProviderGoogleConfigSchema,
});
/** A Google identity provider. */
export const IdentityProviderGoogleParamSchema: z.ZodType<IdentityProviderGoogleParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('google'),
  config: IdentityProviderGoogleConfigSchema,
});
/** A Google Workspace identity provider. */
export const IdentityProviderGoogleAppsSchema: z.ZodType<IdentityProviderGoogleApps> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('google-apps'),
  config: IdentityProviderGoogleAppsConfigSchema,
});
/** A Google Workspace identity provider. */
export const IdentityProviderGoogleAppsParamSchema: z.ZodType<IdentityProviderGoogleAppsParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('google-apps'),
  config: IdentityProviderGoogleAppsConfigSchema,
});
/** A LinkedIn identity provider. */
export const IdentityProviderLinkedInSchema: z.ZodType<IdentityProviderLinkedIn> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('linkedin'),
  config: IdentityProviderGenericOAuthConfigSchema,
});
/** A LinkedIn identity provider. */
export const IdentityProviderLinkedInParamSchema: z.ZodType<IdentityProviderLinkedInParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('linkedin'),
  config: IdentityProviderGenericOAuthConfigSchema,
});
/** A generic OpenID Connect identity provider. */
export const IdentityProviderOIDCSchema: z.ZodType<IdentityProviderOIDC> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('oidc'),
  config: IdentityProviderOIDCConfigSchema,
});
/** A generic OpenID Connect identity provider. */
export const IdentityProviderOIDCParamSchema: z.ZodType<IdentityProviderOIDCParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('oidc'),
  config: IdentityProviderOIDCConfigSchema,
});
/** An Okta identity provider. */
export const IdentityProviderOktaSchema: z.ZodType<IdentityProviderOkta> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('okta'),
  config: IdentityProviderOktaConfigSchema,
});
/** An Okta identity provider. */
export const IdentityProviderOktaParamSchema: z.ZodType<IdentityProviderOktaParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('okta'),
  config: IdentityProviderOktaConfigSchema,
});
/** A OneLogin identity provider. */
export const IdentityProviderOneLoginSchema: z.ZodType<IdentityProviderOneLogin> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('onelogin'),
  config: IdentityProviderOneLoginConfigSchema,
});
/** A OneLogin identity provider. */
export const IdentityProviderOneLoginParamSchema: z.ZodType<IdentityProviderOneLoginParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('onelogin'),
  config: IdentityProviderOneLoginConfigSchema,
});
/** A PingOne identity provider. */
export const IdentityProviderPingOneSchema: z.ZodType<IdentityProviderPingOne> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('pingone'),
  config: IdentityProviderPingOneConfigSchema,
});
/** A PingOne identity provider. */
export const IdentityProviderPingOneParamSchema: z.ZodType<IdentityProviderPingOneParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('pingone'),
  config: IdentityProviderPingOneConfigSchema,
});
/** A generic SAML identity provider. */
export const IdentityProviderSAMLSchema: z.ZodType<IdentityProviderSAML> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('saml'),
  config: IdentityProviderSAMLConfigSchema,
});
/** A generic SAML identity provider. */
export const IdentityProviderSAMLParamSchema: z.ZodType<IdentityProviderSAMLParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('saml'),
  config: IdentityProviderSAMLConfigSchema,
});
/** A Yandex identity provider. */
export const IdentityProviderYandexSchema: z.ZodType<IdentityProviderYandex> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('yandex'),
  config: IdentityProviderGenericOAuthConfigSchema,
});
/** A Yandex identity provider. */
export const IdentityProviderYandexParamSchema: z.ZodType<IdentityProviderYandexParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('yandex'),
  config: IdentityProviderGenericOAuthConfigSchema,
});
/** The one-time PIN login method. */
export const IdentityProviderOneTimePinSchema: z.ZodType<IdentityProviderOneTimePin> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('onetimepin'),
  config: IdentityProviderOneTimePinConfigSchema,
});
/** The one-time PIN login method. */
export const IdentityProviderOneTimePinParamSchema: z.ZodType<IdentityProviderOneTimePinParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('onetimepin'),
  config: IdentityProviderOneTimePinConfigParamSchema,
});
/** A Cloudflare identity provider (users log in with a Cloudflare account). */
export const IdentityProviderCloudflareSchema: z.ZodType<IdentityProviderCloudflare> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  id: z.string().max(36).optional(),
  read_only: z.boolean().optional(),
  saml_certificate_set: IdentityProviderSAMLCertificateSetSchema.optional(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigSchema.optional(),
  type: z.literal('cloudflare'),
  config: IdentityProviderCloudflareConfigSchema,
});
/** A Cloudflare identity provider (users log in with a Cloudflare account). */
export const IdentityProviderCloudflareParamSchema: z.ZodType<IdentityProviderCloudflareParam> &
  z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  saml_certificate_set_id: z.string().optional(),
  scim_config: IdentityProviderSCIMConfigParamSchema.optional(),
  type: z.literal('cloudflare'),
  config: IdentityProviderCloudflareConfigParamSchema,
});
/** An Access identity provider; `type` says which, and the shape of its `config`. */
export const IdentityProviderSchema: z.ZodType<IdentityProvider> = z.discriminatedUnion('type', [
  IdentityProviderAzureADSchema,
  IdentityProviderCentrifySchema,
  IdentityProviderFacebookSchema,
  IdentityProviderGitHubSchema,
  IdentityProviderGoogleSchema,
  IdentityProviderGoogleAppsSchema,
  IdentityProviderLinkedInSchema,
  IdentityProviderOIDCSchema,
  IdentityProviderOktaSchema,
  IdentityProviderOneLoginSchema,
  IdentityProviderPingOneSchema,
  IdentityProviderSAMLSchema,
  IdentityProviderYandexSchema,
  IdentityProviderOneTimePinSchema,
  IdentityProviderCloudflareSchema,
]);
/** An Access identity provider; `type` says which, and the shape of its `config`. */
export const IdentityProviderParamSchema: z.ZodType<IdentityProviderParam> = z.discriminatedUnion(
  'type',
  [
    IdentityProviderAzureADParamSchema,
    IdentityProviderCentrifyParamSchema,
    IdentityProviderFacebookParamSchema,
    IdentityProviderGitHubParamSchema,
    IdentityProviderGoogleParamSchema,
    IdentityProviderGoogleAppsParamSchema,
    IdentityProviderLinkedInParamSchema,
    IdentityProviderOIDCParamSchema,
    IdentityProviderOktaParamSchema,
    IdentityProviderOneLoginParamSchema,
    IdentityProviderPingOneParamSchema,
    IdentityProviderSAMLParamSchema,
    IdentityProviderYandexParamSchema,
    IdentityProviderOneTimePinParamSchema,
    IdentityProviderCloudflareParamSchema,
  ],
);
/** An identity provider as listed (the SDK's list item is the same union as IdentityProvider). */
export const IdentityProviderListResponseSchema: z.ZodType<IdentityProviderListResponse> =
  IdentityProviderSchema;
export const IdentityProviderDeleteResponseSchema: z.ZodType<IdentityProviderDeleteResponse> =
  z.object({
    id: z.string().max(36).optional(),
  });
/** Parameters of `zeroTrust.identityProviders.list`. */
export const IdentityProviderListParamsSchema: z.ZodType<LooseScope<IdentityProviderListParams>> =
  z.object({
    account_id: z.string().optional(),
    zone_id: z.string().optional(),
    scim_enabled: z.string().optional(),
    page: z.int().min(1).optional(),
    per_page: z.int().min(1).optional(),
  });
/** Parameters of `zeroTrust.identityProviders.get`. */
export const IdentityProviderGetParamsSchema: z.ZodType<LooseScope<IdentityProviderGetParams>> =
  z.object({
    account_id: z.string().optional(),
    zone_id: z.string().optional(),
  });
/** Parameters of `zeroTrust.identityProviders.create`. */
export const IdentityProviderCreateParamsSchema: z.ZodType<
  LooseScope<IdentityProviderCreateParams>
> = z.intersection(
  z.object({
    account_id: z.string().optional(),
    zone_id: z.string().optional(),
  }),
  IdentityProviderParamSchema,
);
/** Parameters of `zeroTrust.identityProviders.update`. */
export const IdentityProviderUpdateParamsSchema: z.ZodType<
  LooseScope<IdentityProviderUpdateParams>
> = z.intersection(
  z.object({
    account_id: z.string().optional(),
    zone_id: z.string().optional(),
  }),
  IdentityProviderParamSchema,
);
/** Parameters of `zeroTrust.identityProviders.delete`. */
export const IdentityProviderDeleteParamsSchema: z.ZodType<
  LooseScope<IdentityProviderDeleteParams>
> = z.object({
  account_id: z.string().optional(),
  zone_id: z.string().optional(),
});
