// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountOrZoneScope } from '../../runtime/index.js';

/** The type of identity provider. To determine the value for a specific provider, refer to the developer documentation (https://developers.cloudflare.com/cloudflare-one/identity/idp-integration/). */
export type IdentityProviderType =
  | 'onetimepin'
  | 'azureAD'
  | 'saml'
  | 'centrify'
  | 'facebook'
  | 'github'
  | 'google-apps'
  | 'google'
  | 'linkedin'
  | 'oidc'
  | 'okta'
  | 'onelogin'
  | 'pingone'
  | 'yandex'
  | 'cloudflare';

/** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
export interface IdentityProviderSCIMConfig {
  /** A flag to enable or disable SCIM for the identity provider. */
  enabled?: boolean;
  /** Indicates how a SCIM event updates a user identity used for policy evaluation. Use "automatic" to automatically update a user's identity and augment it with fields from the SCIM user resource. Use "reauth" to force re-authentication on group membership updates, user identity update will only occur after successful re-authentication. With "reauth" identities will not contain fields from the SCIM user resource. With "no_action" identities will not be changed by SCIM updates in any way and users will not be prompted to reauthenticate. */
  identity_update_behavior?: 'automatic' | 'reauth' | 'no_action';
  /**
   * The base URL of Cloudflare's SCIM V2.0 API endpoint.
   *
   * Returned by the API; not accepted in requests.
   */
  scim_base_url?: string;
  /** A flag to remove a user's seat in Zero Trust when they have been deprovisioned in the Identity Provider. This cannot be enabled unless user_deprovision is also enabled. */
  seat_deprovision?: boolean;
  /**
   * A read-only token generated when the SCIM integration is enabled for the first time. It is redacted on subsequent requests. If you lose this you will need to refresh it at /access/identity_providers/:idpID/refresh_scim_secret.
   *
   * Returned by the API; not accepted in requests.
   */
  secret?: string;
  /** A flag to enable revoking a user's session in Access and Gateway when they have been deprovisioned in the Identity Provider. */
  user_deprovision?: boolean;
}

/**
 * The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider.
 *
 * The request form of {@link IdentityProviderSCIMConfig}, without its readOnly fields.
 */
export interface IdentityProviderSCIMConfigParam {
  /** A flag to enable or disable SCIM for the identity provider. */
  enabled?: boolean;
  /** Indicates how a SCIM event updates a user identity used for policy evaluation. Use "automatic" to automatically update a user's identity and augment it with fields from the SCIM user resource. Use "reauth" to force re-authentication on group membership updates, user identity update will only occur after successful re-authentication. With "reauth" identities will not contain fields from the SCIM user resource. With "no_action" identities will not be changed by SCIM updates in any way and users will not be prompted to reauthenticate. */
  identity_update_behavior?: 'automatic' | 'reauth' | 'no_action';
  /** A flag to remove a user's seat in Zero Trust when they have been deprovisioned in the Identity Provider. This cannot be enabled unless user_deprovision is also enabled. */
  seat_deprovision?: boolean;
  /** A flag to enable revoking a user's session in Access and Gateway when they have been deprovisioned in the Identity Provider. */
  user_deprovision?: boolean;
}

/** The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned. */
export interface IdentityProviderSAMLCertificateSet {
  /** Timestamp when the certificate set was created */
  created_at: string;
  /** Unique identifier for the certificate set */
  uid: string;
  /** Timestamp when the certificate set was last updated (e.g., during rotation) */
  updated_at: string;
  /** The currently active certificate used for encrypting SAML assertions */
  current_certificate?: IdentityProviderSAMLCertificate;
  /** The previous certificate, maintained during rotation to ensure continuity. Null if no rotation has occurred. Mirrors the structure of `saml_certificate`. */
  previous_certificate?: unknown | null;
}

/** A certificate of a SAML encryption certificate set. */
export interface IdentityProviderSAMLCertificate {
  /** Indicates whether this is the currently active certificate */
  is_current: boolean;
  /** Certificate expiration date. Certificates are automatically rotated 30 days before expiration. */
  not_after: string;
  /** PEM-encoded X.509 certificate containing the public key. Configure this certificate in your external SAML Identity Provider to enable encryption. */
  public_certificate: string;
  /** Unique identifier for the certificate */
  uid: string;
}

/** The fields every identity provider has, whatever its type. */
export interface IdentityProviderBase {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The type of identity provider. To determine the value for a specific provider, refer to the developer documentation. */
  type: IdentityProviderType;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
}

/** The configuration parameters for an OAuth identity provider (facebook, github, linkedin, yandex). */
export interface IdentityProviderGenericOAuthConfig {
  /** Your OAuth Client ID */
  client_id?: string;
  /** Your OAuth Client Secret */
  client_secret?: string;
}

/** The configuration parameters for an Azure AD identity provider. */
export interface IdentityProviderAzureADConfig {
  /** Your OAuth Client ID */
  client_id?: string;
  /** Your OAuth Client Secret */
  client_secret?: string;
  /** Custom claims */
  claims?: Array<string>;
  /** Should Cloudflare try to load authentication contexts from your account */
  conditional_access_enabled?: boolean;
  /** Your Azure directory uuid */
  directory_id?: string;
  /** The claim name for email in the id_token response. */
  email_claim_name?: string;
  /** Indicates the type of user interaction that is required. prompt=login forces the user to enter their credentials on that request, negating single-sign on. prompt=none is the opposite. It ensures that the user isn't presented with any interactive prompt. If the request can't be completed silently by using single-sign on, the Microsoft identity platform returns an interaction_required error. prompt=select_account interrupts single sign-on providing account selection experience listing all the accounts either in session or any remembered account or an option to choose to use a different account altogether. */
  prompt?: 'login' | 'select_account' | 'none';
  /** Should Cloudflare try to load groups from your account */
  support_groups?: boolean;
}

/** The configuration parameters for a Centrify identity provider. */
export interface IdentityProviderCentrifyConfig {
  /** Your OAuth Client ID */
  client_id?: string;
  /** Your OAuth Client Secret */
  client_secret?: string;
  /** Your centrify account url */
  centrify_account?: string;
  /** Your centrify app id */
  centrify_app_id?: string;
  /** Custom claims */
  claims?: Array<string>;
  /** The claim name for email in the id_token response. */
  email_claim_name?: string;
}

/** The configuration parameters for a Google identity provider. */
export interface IdentityProviderGoogleConfig {
  /** Your OAuth Client ID */
  client_id?: string;
  /** Your OAuth Client Secret */
  client_secret?: string;
  /** Custom claims */
  claims?: Array<string>;
  /** The claim name for email in the id_token response. */
  email_claim_name?: string;
}

/** The configuration parameters for a Google Workspace (google-apps) identity provider. */
export interface IdentityProviderGoogleAppsConfig {
  /** Your OAuth Client ID */
  client_id?: string;
  /** Your OAuth Client Secret */
  client_secret?: string;
  /** Your companies TLD */
  apps_domain?: string;
  /** Custom claims */
  claims?: Array<string>;
  /** The claim name for email in the id_token response. */
  email_claim_name?: string;
  /** Configures the prompt behavior for Google authentication. */
  prompt?: 'none' | 'consent' | 'select_account';
  /** Whether to use a previously authenticated Access email as a Google login hint when exactly one email matches the Workspace domain. */
  use_login_hint?: boolean;
}

/** The configuration parameters for a generic OpenID Connect identity provider. */
export interface IdentityProviderOIDCConfig {
  /** Your OAuth Client ID */
  client_id?: string;
  /** Your OAuth Client Secret */
  client_secret?: string;
  /** The authorization_endpoint URL of your IdP */
  auth_url?: string;
  /** The jwks_uri endpoint of your IdP to allow the IdP keys to sign the tokens */
  certs_url?: string;
  /** Custom claims */
  claims?: Array<string>;
  /** The claim name for email in the id_token response. */
  email_claim_name?: string;
  /** Enable Proof Key for Code Exchange (PKCE) */
  pkce_enabled?: boolean;
  /** OAuth scopes */
  scopes?: Array<string>;
  /** The token_endpoint URL of your IdP */
  token_url?: string;
}

/** The configuration parameters for an Okta identity provider. */
export interface IdentityProviderOktaConfig {
  /** Your OAuth Client ID */
  client_id?: string;
  /** Your OAuth Client Secret */
  client_secret?: string;
  /** Your okta authorization server id */
  authorization_server_id?: string;
  /** Custom claims */
  claims?: Array<string>;
  /** The claim name for email in the id_token response. */
  email_claim_name?: string;
  /** Your okta account url */
  okta_account?: string;
}

/** The configuration parameters for a OneLogin identity provider. */
export interface IdentityProviderOneLoginConfig {
  /** Your OAuth Client ID */
  client_id?: string;
  /** Your OAuth Client Secret */
  client_secret?: string;
  /** Custom claims */
  claims?: Array<string>;
  /** The claim name for email in the id_token response. */
  email_claim_name?: string;
  /** Your OneLogin account url */
  onelogin_account?: string;
}

/** The configuration parameters for a PingOne identity provider. */
export interface IdentityProviderPingOneConfig {
  /** Your OAuth Client ID */
  client_id?: string;
  /** Your OAuth Client Secret */
  client_secret?: string;
  /** Custom claims */
  claims?: Array<string>;
  /** The claim name for email in the id_token response. */
  email_claim_name?: string;
  /** Your PingOne environment identifier */
  ping_env_id?: string;
}

/** The configuration parameters for a generic SAML identity provider. */
export interface IdentityProviderSAMLConfig {
  /** A list of SAML attribute names that will be added to your signed JWT token and can be used in SAML policy rules. */
  attributes?: Array<string>;
  /** The attribute name for email in the SAML response. */
  email_attribute_name?: string;
  /** Enable SAML assertion encryption. When enabled, the Identity Provider will encrypt SAML assertions using the certificate from the assigned certificate set. To enable encryption: create a certificate set via POST to `/identity_providers/{id}/saml_certificate`, set this field to `true` and include `saml_certificate_set_id` in the PUT request, then configure the public certificate in your external Identity Provider. Requires `saml_certificate_set_id` to be set when `true`. */
  enable_encryption?: boolean;
  /** Asks the IdP to reauthenticate the user for each SAML authentication request. */
  force_authn?: boolean;
  /** Add a list of attribute names that will be returned in the response header from the Access callback. */
  header_attributes?: Array<IdentityProviderSAMLHeaderAttribute>;
  /** X509 certificate to verify the signature in the SAML authentication response */
  idp_public_certs?: Array<string>;
  /** IdP Entity ID or Issuer URL */
  issuer_url?: string;
  /** The maximum URL length the IdP accepts for the SSO redirect URL. When the constructed SSO URL would exceed this length, the RelayState is stored server-side and a short nonce is passed to the IdP instead. Set this if your IdP enforces a URL length limit. */
  max_sso_url_length?: number;
  /** Sign the SAML authentication request with Access credentials. To verify the signature, use the public key from the Access certs endpoints. */
  sign_request?: boolean;
  /** URL to send the SAML authentication requests to */
  sso_target_url?: string;
}

/** A SAML attribute returned as a request header to the origin. */
export interface IdentityProviderSAMLHeaderAttribute {
  /** attribute name from the IDP */
  attribute_name?: string;
  /** header that will be added on the request to the origin */
  header_name?: string;
}

/** The configuration parameters for the one-time PIN login method. */
export interface IdentityProviderOneTimePinConfig {
  /** Returned by the API; not accepted in requests. */
  redirect_url?: string;
}

/**
 * The configuration parameters for the one-time PIN login method.
 *
 * The request form of {@link IdentityProviderOneTimePinConfig}, without its readOnly fields.
 */
export interface IdentityProviderOneTimePinConfigParam {}

/** The configuration parameters for a Cloudflare identity provider. */
export interface IdentityProviderCloudflareConfig {
  /** Returned by the API; not accepted in requests. */
  redirect_url?: string;
  /** When enabled, only users who are members of your Cloudflare account can authenticate through this identity provider. When disabled, any user with a Cloudflare account can authenticate, subject to your Access policies. */
  restrict_to_account_members?: boolean;
}

/**
 * The configuration parameters for a Cloudflare identity provider.
 *
 * The request form of {@link IdentityProviderCloudflareConfig}, without its readOnly fields.
 */
export interface IdentityProviderCloudflareConfigParam {
  /** When enabled, only users who are members of your Cloudflare account can authenticate through this identity provider. When disabled, any user with a Cloudflare account can authenticate, subject to your Access policies. */
  restrict_to_account_members?: boolean;
}

/** An Azure AD (Microsoft Entra ID) identity provider. */
export interface IdentityProviderAzureAD {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'azureAD';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderAzureADConfig;
}

/**
 * An Azure AD (Microsoft Entra ID) identity provider.
 *
 * The request form of {@link IdentityProviderAzureAD}, without its readOnly fields.
 */
export interface IdentityProviderAzureADParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'azureAD';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderAzureADConfig;
}

/** A Centrify identity provider. */
export interface IdentityProviderCentrify {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'centrify';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderCentrifyConfig;
}

/**
 * A Centrify identity provider.
 *
 * The request form of {@link IdentityProviderCentrify}, without its readOnly fields.
 */
export interface IdentityProviderCentrifyParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'centrify';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderCentrifyConfig;
}

/** A Facebook identity provider. */
export interface IdentityProviderFacebook {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'facebook';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderGenericOAuthConfig;
}

/**
 * A Facebook identity provider.
 *
 * The request form of {@link IdentityProviderFacebook}, without its readOnly fields.
 */
export interface IdentityProviderFacebookParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'facebook';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderGenericOAuthConfig;
}

/** A GitHub identity provider. */
export interface IdentityProviderGitHub {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'github';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderGenericOAuthConfig;
}

/**
 * A GitHub identity provider.
 *
 * The request form of {@link IdentityProviderGitHub}, without its readOnly fields.
 */
export interface IdentityProviderGitHubParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'github';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderGenericOAuthConfig;
}

/** A Google identity provider. */
export interface IdentityProviderGoogle {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'google';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderGoogleConfig;
}

/**
 * A Google identity provider.
 *
 * The request form of {@link IdentityProviderGoogle}, without its readOnly fields.
 */
export interface IdentityProviderGoogleParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'google';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderGoogleConfig;
}

/** A Google Workspace identity provider. */
export interface IdentityProviderGoogleApps {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'google-apps';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderGoogleAppsConfig;
}

/**
 * A Google Workspace identity provider.
 *
 * The request form of {@link IdentityProviderGoogleApps}, without its readOnly fields.
 */
export interface IdentityProviderGoogleAppsParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'google-apps';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderGoogleAppsConfig;
}

/** A LinkedIn identity provider. */
export interface IdentityProviderLinkedIn {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'linkedin';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderGenericOAuthConfig;
}

/**
 * A LinkedIn identity provider.
 *
 * The request form of {@link IdentityProviderLinkedIn}, without its readOnly fields.
 */
export interface IdentityProviderLinkedInParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'linkedin';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderGenericOAuthConfig;
}

/** A generic OpenID Connect identity provider. */
export interface IdentityProviderOIDC {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'oidc';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderOIDCConfig;
}

/**
 * A generic OpenID Connect identity provider.
 *
 * The request form of {@link IdentityProviderOIDC}, without its readOnly fields.
 */
export interface IdentityProviderOIDCParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'oidc';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderOIDCConfig;
}

/** An Okta identity provider. */
export interface IdentityProviderOkta {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'okta';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderOktaConfig;
}

/**
 * An Okta identity provider.
 *
 * The request form of {@link IdentityProviderOkta}, without its readOnly fields.
 */
export interface IdentityProviderOktaParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'okta';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderOktaConfig;
}

/** A OneLogin identity provider. */
export interface IdentityProviderOneLogin {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'onelogin';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderOneLoginConfig;
}

/**
 * A OneLogin identity provider.
 *
 * The request form of {@link IdentityProviderOneLogin}, without its readOnly fields.
 */
export interface IdentityProviderOneLoginParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'onelogin';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderOneLoginConfig;
}

/** A PingOne identity provider. */
export interface IdentityProviderPingOne {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'pingone';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderPingOneConfig;
}

/**
 * A PingOne identity provider.
 *
 * The request form of {@link IdentityProviderPingOne}, without its readOnly fields.
 */
export interface IdentityProviderPingOneParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'pingone';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderPingOneConfig;
}

/** A generic SAML identity provider. */
export interface IdentityProviderSAML {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'saml';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderSAMLConfig;
}

/**
 * A generic SAML identity provider.
 *
 * The request form of {@link IdentityProviderSAML}, without its readOnly fields.
 */
export interface IdentityProviderSAMLParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'saml';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderSAMLConfig;
}

/** A Yandex identity provider. */
export interface IdentityProviderYandex {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'yandex';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderGenericOAuthConfig;
}

/**
 * A Yandex identity provider.
 *
 * The request form of {@link IdentityProviderYandex}, without its readOnly fields.
 */
export interface IdentityProviderYandexParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'yandex';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderGenericOAuthConfig;
}

/** The one-time PIN login method. */
export interface IdentityProviderOneTimePin {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'onetimepin';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderOneTimePinConfig;
}

/**
 * The one-time PIN login method.
 *
 * The request form of {@link IdentityProviderOneTimePin}, without its readOnly fields.
 */
export interface IdentityProviderOneTimePinParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'onetimepin';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderOneTimePinConfigParam;
}

/** A Cloudflare identity provider (users log in with a Cloudflare account). */
export interface IdentityProviderCloudflare {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Indicates that the identity provider is immutable and cannot be updated or deleted via the API.
   *
   * Returned by the API; not accepted in requests.
   */
  read_only?: boolean;
  /**
   * The SAML encryption certificate set details, including current and previous certificates. Only present for SAML identity providers with a certificate set assigned.
   *
   * Returned by the API; not accepted in requests.
   */
  saml_certificate_set?: IdentityProviderSAMLCertificateSet;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfig;
  /** The type of identity provider. */
  type: 'cloudflare';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderCloudflareConfig;
}

/**
 * A Cloudflare identity provider (users log in with a Cloudflare account).
 *
 * The request form of {@link IdentityProviderCloudflare}, without its readOnly fields.
 */
export interface IdentityProviderCloudflareParam {
  /** The name of the identity provider, shown to users on the login page. */
  name: string;
  /** The UID of the SAML encryption certificate set assigned to this Identity Provider. Only present for SAML identity providers with encryption configured. Create a certificate set via POST to `/identity_providers/{id}/saml_certificate`. */
  saml_certificate_set_id?: string;
  /** The configuration settings for enabling a System for Cross-Domain Identity Management (SCIM) with the identity provider. */
  scim_config?: IdentityProviderSCIMConfigParam;
  /** The type of identity provider. */
  type: 'cloudflare';
  /** The configuration parameters for the identity provider. */
  config: IdentityProviderCloudflareConfigParam;
}

/** An Access identity provider; `type` says which, and the shape of its `config`. */
export type IdentityProvider =
  | IdentityProviderAzureAD
  | IdentityProviderCentrify
  | IdentityProviderFacebook
  | IdentityProviderGitHub
  | IdentityProviderGoogle
  | IdentityProviderGoogleApps
  | IdentityProviderLinkedIn
  | IdentityProviderOIDC
  | IdentityProviderOkta
  | IdentityProviderOneLogin
  | IdentityProviderPingOne
  | IdentityProviderSAML
  | IdentityProviderYandex
  | IdentityProviderOneTimePin
  | IdentityProviderCloudflare;
/**
 * An Access identity provider; `type` says which, and the shape of its `config`.
 *
 * The request form of {@link IdentityProvider}, without its readOnly fields.
 */
export type IdentityProviderParam =
  | IdentityProviderAzureADParam
  | IdentityProviderCentrifyParam
  | IdentityProviderFacebookParam
  | IdentityProviderGitHubParam
  | IdentityProviderGoogleParam
  | IdentityProviderGoogleAppsParam
  | IdentityProviderLinkedInParam
  | IdentityProviderOIDCParam
  | IdentityProviderOktaParam
  | IdentityProviderOneLoginParam
  | IdentityProviderPingOneParam
  | IdentityProviderSAMLParam
  | IdentityProviderYandexParam
  | IdentityProviderOneTimePinParam
  | IdentityProviderCloudflareParam;
/** An identity provider as listed (the SDK's list item is the same union as IdentityProvider). */
export type IdentityProviderListResponse = IdentityProvider;

export interface IdentityProviderDeleteResponse {
  /**
   * UUID.
   *
   * @maxLength 36
   */
  id?: string;
}

/** Parameters of `zeroTrust.identityProviders.list`. */
export type IdentityProviderListParams = AccountOrZoneScope & {
  /** Indicates to Access to only retrieve identity providers that have the System for Cross-Domain Identity Management (SCIM) enabled. */
  scim_enabled?: string;
  /**
   * Page number of paginated results.
   *
   * @minimum 1
   */
  page?: number;
  /**
   * Number of results per page.
   *
   * @minimum 1
   */
  per_page?: number;
};
/** Parameters of `zeroTrust.identityProviders.get`. */
export type IdentityProviderGetParams = AccountOrZoneScope;
/** Parameters of `zeroTrust.identityProviders.create`. */
export type IdentityProviderCreateParams = AccountOrZoneScope & IdentityProviderParam;
/** Parameters of `zeroTrust.identityProviders.update`. */
export type IdentityProviderUpdateParams = AccountOrZoneScope & IdentityProviderParam;
/** Parameters of `zeroTrust.identityProviders.delete`. */
export type IdentityProviderDeleteParams = AccountOrZoneScope;
