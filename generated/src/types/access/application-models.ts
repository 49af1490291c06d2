// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccessRule } from '../shared/access-rules.js';

/** The CORS settings Access applies to the application. */
export interface CORSHeaders {
  /** Allows all HTTP request headers. */
  allow_all_headers?: boolean;
  /** Allows all HTTP request methods. */
  allow_all_methods?: boolean;
  /** Allows all origins. */
  allow_all_origins?: boolean;
  /** When set to true, includes credentials (cookies, authorization headers, or TLS client certificates) with requests. */
  allow_credentials?: boolean;
  /** Allowed HTTP request headers. */
  allowed_headers?: Array<string>;
  /** Allowed HTTP request methods. */
  allowed_methods?: Array<CORSAllowedMethod>;
  /** Allowed origins. */
  allowed_origins?: Array<string>;
  /**
   * The maximum number of seconds the results of a preflight request can be cached.
   *
   * @minimum -1
   * @maximum 86400
   */
  max_age?: number;
}

/** An HTTP request method. */
export type CORSAllowedMethod =
  | 'GET'
  | 'POST'
  | 'HEAD'
  | 'PUT'
  | 'DELETE'
  | 'CONNECT'
  | 'OPTIONS'
  | 'TRACE'
  | 'PATCH';
/** A destination secured by Access. The type field is optional for the public, private and via_mcp_server_portal kinds, so the union has no discriminator. */
export type AppDestination =
  | AppPublicDestination
  | AppPrivateDestination
  | AppViaMCPServerPortalDestination
  | AppWorkerDestination
  | AppPreviewWorkerDestination
  | AppAllWorkersDestination
  | AppAllPreviewWorkersDestination;

/** A public hostname that Access will secure. Public destinations support sub-domain and path. Wildcard '*' can be used in the definition. */
export interface AppPublicDestination {
  type?: 'public';
  /** The URI of the destination. Public destinations' URIs can include a domain and path with wildcards. */
  uri?: string;
  /** Rules that override how Access handles requests to this destination. Each rule can make a matching path public, bypassing Access authentication. Overrides are supported for public destinations and Worker destinations. */
  overrides?: Array<AppDestinationOverride>;
}

/** A private network destination that Access will secure. */
export interface AppPrivateDestination {
  type?: 'private';
  /** The CIDR range of the destination. Single IPs will be computed as /32. */
  cidr?: string;
  /** The hostname of the destination. Matches a valid SNI served by an HTTPS origin. */
  hostname?: string;
  /** The L4 protocol of the destination. When omitted, both UDP and TCP traffic will match. */
  l4_protocol?: 'tcp' | 'udp';
  /** The port range of the destination. Can be a single port or a range of ports. When omitted, all ports will match. */
  port_range?: string;
  /** The VNET ID to match the destination. When omitted, all VNETs will match. */
  vnet_id?: string;
}

/** A MCP server id configured in ai-controls. Access will secure the MCP server if accessed through a MCP portal. */
export interface AppViaMCPServerPortalDestination {
  type?: 'via_mcp_server_portal';
  /** The MCP server id configured in ai-controls. */
  mcp_server_id?: string;
}

/** A specific Cloudflare Worker that Access will secure. All requests routed to the specified Worker, including its preview deployments, will be protected. The preview_worker and public destination types take precedence, so you can create separate applications to override the policies for the Worker's previews or specific paths. */
export interface AppWorkerDestination {
  type: 'worker';
  /** The ID of the Cloudflare Worker to protect with Access. */
  worker_id: string;
  /** Rules that override how Access handles requests to this destination. Each rule can make a matching path public, bypassing Access authentication. */
  overrides?: Array<AppDestinationOverride>;
}

/** A specific Cloudflare Worker whose preview deployments Access will secure. Only requests routed to the preview deployments of the specified Worker will be protected. The public destination type takes precedence. */
export interface AppPreviewWorkerDestination {
  type: 'preview_worker';
  /** The ID of the Cloudflare Worker whose preview deployments to protect with Access. */
  worker_id: string;
  /** Rules that override how Access handles requests to this destination. Each rule can make a matching path public, bypassing Access authentication. */
  overrides?: Array<AppDestinationOverride>;
}

/** Protects all Cloudflare Workers on the account with Access, including their preview deployments. At most one destination of this type can exist per account. The worker, preview_worker, all_preview_workers, and public destination types take precedence. */
export interface AppAllWorkersDestination {
  type: 'all_workers';
  /** Rules that override how Access handles requests to this destination. Each rule can make a matching path public, bypassing Access authentication. */
  overrides?: Array<AppDestinationOverride>;
}

/** Protects the preview deployments of all Cloudflare Workers on the account with Access. At most one destination of this type can exist per account. The worker, preview_worker, and public destination types take precedence. */
export interface AppAllPreviewWorkersDestination {
  type: 'all_preview_workers';
  /** Rules that override how Access handles requests to this destination. Each rule can make a matching path public, bypassing Access authentication. */
  overrides?: Array<AppDestinationOverride>;
}

/** A rule that overrides how Access handles requests to a destination. */
export interface AppDestinationOverride {
  /** The behavior to apply to matching requests. */
  behavior: 'public';
  /** The request path pattern to match. Wildcards (*) are supported, but each path segment may have at most one wildcard. Unlike the uri in public destinations, override path patterns do not implicitly cover subpaths; to do that, use a wildcard. */
  path_pattern: string;
}

/** Configures multi-factor authentication (MFA) settings. */
export interface AppMFAConfig {
  /** Lists the MFA methods that users can authenticate with. */
  allowed_authenticators?: Array<'totp' | 'biometrics' | 'security_key'>;
  /** Indicates whether to disable MFA for this resource. This option is available at the application and policy level. */
  mfa_disabled?: boolean;
  /** Defines the duration of an MFA session. Must be in minutes (m) or hours (h). Minimum: 0m. Maximum: 720h (30 days). Examples: 5m or 24h. */
  session_duration?: string;
}

/** Configures multi-factor authentication (MFA) settings for infrastructure applications. */
export interface AppInfrastructureMFAConfig {
  /** Lists the MFA methods that users can authenticate with. For infrastructure applications, supported values are piv_key and ssh_fido2_key. */
  allowed_authenticators?: Array<'piv_key' | 'ssh_fido2_key'>;
  /** Indicates whether to disable MFA for this resource. This option is available at the application and policy level. */
  mfa_disabled?: boolean;
  /** Defines the duration of an MFA session. Must be in minutes (m) or hours (h). Minimum: 0m. Maximum: 720h (30 days). Examples: 5m or 24h. */
  session_duration?: string;
}

/** Beta: Optional configuration for managing an OAuth authorization flow controlled by Access. When set, Access will act as the OAuth authorization server for this application. Only compatible with OAuth clients that support RFC 8707 (Resource Indicators for OAuth 2.0). This feature is currently in beta. */
export interface AppOAuthConfiguration {
  /** Settings for OAuth dynamic client registration. */
  dynamic_client_registration?: {
    /** Allows any client with redirect URIs on localhost. */
    allow_any_on_localhost?: boolean;
    /** Allows any client with redirect URIs on 127.0.0.1. */
    allow_any_on_loopback?: boolean;
    /** The URIs that are allowed as redirect URIs for dynamically registered clients. Must use the https protocol. Paths may end in /* to match all sub-paths. */
    allowed_uris?: Array<string>;
    /** Whether dynamic client registration is enabled. */
    enabled?: boolean;
  };
  /**
   * Whether the OAuth configuration is enabled for this application. When set to false, Access will not handle OAuth for this application. Defaults to true if omitted.
   *
   * @default true
   */
  enabled?: boolean;
  /** Settings for OAuth grant behavior. */
  grant?: {
    /** The lifetime of the access token. Must be in the format 300ms or 2h45m. Valid time units are ns, us (or µs), ms, s, m, h. */
    access_token_lifetime?: string;
    /** The duration of the OAuth session. Must be in the format 300ms or 2h45m. Valid time units are ns, us (or µs), ms, s, m, h. */
    session_duration?: string;
  };
}

/** The SAML or OIDC configuration of a SaaS application. auth_type tells them apart; SAML is assumed when it is left out. */
export type SaaSAppConfig = OIDCSaaSApp | SAMLSaaSApp;
/**
 * The SAML or OIDC configuration of a SaaS application. auth_type tells them apart; SAML is assumed when it is left out.
 *
 * The request form of {@link SaaSAppConfig}, without its readOnly fields.
 */
export type SaaSAppConfigParam = OIDCSaaSAppParam | SAMLSaaSApp;
/** The format of the name identifier sent to the SaaS application. */
export type SaaSAppNameIDFormat = 'id' | 'email';

/** The SAML configuration of a SaaS application. */
export interface SAMLSaaSApp {
  /**
   * Optional identifier indicating the authentication protocol used for the saas app. Required for OIDC. Default if unset is "saml".
   *
   * @default "saml"
   */
  auth_type?: 'saml';
  /** The service provider's endpoint that is responsible for receiving and parsing a SAML assertion. */
  consumer_service_url?: string;
  custom_attributes?: Array<SAMLSaaSAppCustomAttribute>;
  /** The URL that the user will be redirected to after a successful login for IDP initiated logins. */
  default_relay_state?: string;
  /** The unique identifier for your SaaS application. */
  idp_entity_id?: string;
  /** The format of the name identifier sent to the SaaS application. */
  name_id_format?: SaaSAppNameIDFormat;
  /** A JSONata expression that transforms an application's user identities into a NameID value for its SAML assertion. This expression should evaluate to a singular string. The output of this expression can override the name_id_format setting. */
  name_id_transform_jsonata?: string;
  /** The Access public certificate that will be used to verify your identity. */
  public_key?: string;
  /** A JSONata (https://jsonata.org/) expression that transforms an application's user identities into attribute assertions in the SAML response. The expression can transform id, email, name, and groups values. It can also transform fields listed in the saml_attributes or oidc_fields of the identity provider used to authenticate. The output of this expression must be a JSON object. */
  saml_attribute_transform_jsonata?: string;
  /** A globally unique name for an identity or service provider. */
  sp_entity_id?: string;
  /** The endpoint where your SaaS application will send login requests. */
  sso_endpoint?: string;
}

/** An attribute added to the SAML assertion. */
export interface SAMLSaaSAppCustomAttribute {
  /** The SAML FriendlyName of the attribute. */
  friendly_name?: string;
  /** The name of the attribute. */
  name?: string;
  /** A globally unique name for an identity or service provider. */
  name_format?:
    | 'urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified'
    | 'urn:oasis:names:tc:SAML:2.0:attrname-format:basic'
    | 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri';
  /** If the attribute is required when building a SAML assertion. */
  required?: boolean;
  /** Where the attribute's value comes from. */
  source?: {
    /** The name of the IdP attribute. */
    name?: string;
    /** A mapping from IdP ID to attribute name. */
    name_by_idp?: Array<{
      /** The UID of the IdP. */
      idp_id?: string;
      /** The name of the IdP provided attribute. */
      source_name?: string;
    }>;
  };
}

/** The OIDC configuration of a SaaS application. */
export interface OIDCSaaSApp {
  /** The lifetime of the OIDC Access Token after creation. Valid units are m,h. Must be greater than or equal to 1m and less than or equal to 24h. */
  access_token_lifetime?: string;
  /** If client secret should be required on the token endpoint when authorization_code_with_pkce grant is used. */
  allow_pkce_without_client_secret?: boolean;
  /** The URL where this applications tile redirects users */
  app_launcher_url?: string;
  /** Identifier of the authentication protocol used for the saas app. Required for OIDC. */
  auth_type?: 'oidc';
  /** The application client id */
  client_id?: string;
  /** The application client secret, only returned on POST request. */
  client_secret?: string;
  custom_claims?: Array<OIDCSaaSAppCustomClaim>;
  /** The OIDC flows supported by this application */
  grant_types?: Array<
    'authorization_code' | 'authorization_code_with_pkce' | 'refresh_tokens' | 'hybrid' | 'implicit'
  >;
  /** A regex to filter Cloudflare groups returned in ID token and userinfo endpoint */
  group_filter_regex?: string;
  /** What the OIDC Authorization endpoint returns in the hybrid and implicit flows. */
  hybrid_and_implicit_options?: {
    /** If an Access Token should be returned from the OIDC Authorization endpoint */
    return_access_token_from_authorization_endpoint?: boolean;
    /** If an ID Token should be returned from the OIDC Authorization endpoint */
    return_id_token_from_authorization_endpoint?: boolean;
  };
  /** The Access public certificate that will be used to verify your identity. */
  public_key?: string;
  /** The permitted URL's for Cloudflare to return Authorization codes and Access/ID tokens */
  redirect_uris?: Array<string>;
  /** Settings for refresh tokens. */
  refresh_token_options?: {
    /** How long a refresh token will be valid for after creation. Valid units are m,h,d. Must be longer than 1m. */
    lifetime?: string;
  };
  /** Define the user information shared with access, "offline_access" scope will be automatically enabled if refresh tokens are enabled */
  scopes?: Array<'openid' | 'groups' | 'email' | 'profile'>;
}

/**
 * The OIDC configuration of a SaaS application.
 *
 * The request form of {@link OIDCSaaSApp}, without its readOnly fields.
 */
export interface OIDCSaaSAppParam {
  /** The lifetime of the OIDC Access Token after creation. Valid units are m,h. Must be greater than or equal to 1m and less than or equal to 24h. */
  access_token_lifetime?: string;
  /** If client secret should be required on the token endpoint when authorization_code_with_pkce grant is used. */
  allow_pkce_without_client_secret?: boolean;
  /** The URL where this applications tile redirects users */
  app_launcher_url?: string;
  /** Identifier of the authentication protocol used for the saas app. Required for OIDC. */
  auth_type: 'oidc';
  /** The application client id */
  client_id?: string;
  /** The application client secret, only returned on POST request. */
  client_secret?: string;
  custom_claims?: Array<OIDCSaaSAppCustomClaim>;
  /** The OIDC flows supported by this application */
  grant_types?: Array<
    'authorization_code' | 'authorization_code_with_pkce' | 'refresh_tokens' | 'hybrid' | 'implicit'
  >;
  /** A regex to filter Cloudflare groups returned in ID token and userinfo endpoint */
  group_filter_regex?: string;
  /** What the OIDC Authorization endpoint returns in the hybrid and implicit flows. */
  hybrid_and_implicit_options?: {
    /** If an Access Token should be returned from the OIDC Authorization endpoint */
    return_access_token_from_authorization_endpoint?: boolean;
    /** If an ID Token should be returned from the OIDC Authorization endpoint */
    return_id_token_from_authorization_endpoint?: boolean;
  };
  /** The Access public certificate that will be used to verify your identity. */
  public_key?: string;
  /** The permitted URL's for Cloudflare to return Authorization codes and Access/ID tokens */
  redirect_uris?: Array<string>;
  /** Settings for refresh tokens. */
  refresh_token_options?: {
    /** How long a refresh token will be valid for after creation. Valid units are m,h,d. Must be longer than 1m. */
    lifetime?: string;
  };
  /** Define the user information shared with access, "offline_access" scope will be automatically enabled if refresh tokens are enabled */
  scopes?: Array<'openid' | 'groups' | 'email' | 'profile'>;
}

/** A claim added to the OIDC tokens. */
export interface OIDCSaaSAppCustomClaim {
  /** The name of the claim. */
  name?: string;
  /** If the claim is required when building an OIDC token. */
  required?: boolean;
  /** The scope of the claim. */
  scope?: 'groups' | 'profile' | 'email' | 'openid';
  /** Where the claim's value comes from. */
  source?: {
    /** The name of the IdP claim. */
    name?: string;
    /** A mapping from IdP ID to claim name. */
    name_by_idp?: Record<string, string>;
  };
}

/** Configuration for provisioning to this application via SCIM. This is currently in closed beta. */
export interface AppSCIMConfig {
  /** The UID of the IdP to use as the source for SCIM resources to provision to this application. */
  idp_uid: string;
  /** The base URI for the application's SCIM-compatible API. */
  remote_uri: string;
  /** The authentication scheme to use when making SCIM requests to this application, or multiple authentication schemes. */
  authentication?: SCIMConfigAuthentication | Array<SCIMConfigAuthentication>;
  /** If false, propagates DELETE requests to the target application for SCIM resources. If true, sets 'active' to false on the SCIM resource. Note: Some targets do not support DELETE operations. */
  deactivate_on_delete?: boolean;
  /** Whether SCIM provisioning is turned on for this application. */
  enabled?: boolean;
  /** A list of mappings to apply to SCIM resources before provisioning them in this application. These can transform or filter the resources to be provisioned. */
  mappings?: Array<SCIMConfigMapping>;
}

/** An authentication scheme for SCIM provisioning to an application. */
export type SCIMConfigAuthentication =
  | SCIMConfigAuthenticationHTTPBasic
  | SCIMConfigAuthenticationOAuthBearerToken
  | SCIMConfigAuthenticationOauth2
  | SCIMConfigAuthenticationAccessServiceToken;

/** Attributes for configuring HTTP Basic authentication scheme for SCIM provisioning to an application. */
export interface SCIMConfigAuthenticationHTTPBasic {
  /** The authentication scheme to use when making SCIM requests to this application. */
  scheme: 'httpbasic';
  /** User name used to authenticate with the remote SCIM service. */
  user: string;
  /** Password used to authenticate with the remote SCIM service. */
  password: string;
}

/** Attributes for configuring OAuth Bearer Token authentication scheme for SCIM provisioning to an application. */
export interface SCIMConfigAuthenticationOAuthBearerToken {
  /** The authentication scheme to use when making SCIM requests to this application. */
  scheme: 'oauthbearertoken';
  /** Token used to authenticate with the remote SCIM service. */
  token: string;
}

/** Attributes for configuring OAuth 2 authentication scheme for SCIM provisioning to an application. */
export interface SCIMConfigAuthenticationOauth2 {
  /** The authentication scheme to use when making SCIM requests to this application. */
  scheme: 'oauth2';
  /** URL used to generate the auth code used during token generation. */
  authorization_url: string;
  /** Client ID used to authenticate when generating a token for authenticating with the remote SCIM service. */
  client_id: string;
  /** Secret used to authenticate when generating a token for authenticating with the remove SCIM service. */
  client_secret: string;
  /** URL used to generate the token used to authenticate with the remote SCIM service. */
  token_url: string;
  /** The authorization scopes to request when generating the token used to authenticate with the remove SCIM service. */
  scopes?: Array<string>;
}

/** Attributes for configuring Access Service Token authentication scheme for SCIM provisioning to an application. */
export interface SCIMConfigAuthenticationAccessServiceToken {
  /** The authentication scheme to use when making SCIM requests to this application. */
  scheme: 'access_service_token';
  /** Client ID of the Access service token used to authenticate with the remote service. */
  client_id: string;
  /** Client secret of the Access service token used to authenticate with the remote service. */
  client_secret: string;
}

/** Transformations and filters applied to resources before they are provisioned in the remote SCIM service. */
export interface SCIMConfigMapping {
  /** Which SCIM resource type this mapping applies to. */
  schema: string;
  /** Whether or not this mapping is enabled. */
  enabled?: boolean;
  /** A SCIM filter expression that matches resources that should be provisioned to this application. */
  filter?: string;
  /** Whether or not this mapping applies to creates, updates, or deletes. */
  operations?: {
    /** Whether or not this mapping applies to create (POST) operations. */
    create?: boolean;
    /** Whether or not this mapping applies to DELETE operations. */
    delete?: boolean;
    /** Whether or not this mapping applies to update (PATCH/PUT) operations. */
    update?: boolean;
  };
  /** The level of adherence to outbound resource schemas when provisioning to this mapping. 'Strict' removes unknown values, while 'passthrough' passes unknown values to the target. */
  strictness?: 'strict' | 'passthrough';
  /** A JSONata expression that transforms the resource before provisioning it in the application. */
  transform_jsonata?: string;
}

/** An item of an application's policies: an existing reusable policy, referenced by its UUID or linked with a precedence, or a policy exclusive to the application. ApplicationPolicy comes first because every field of it is optional: a policy link also matches it. */
export type AppPolicyItem = ApplicationPolicy | AppPolicyLink | string;
/**
 * An item of an application's policies: an existing reusable policy, referenced by its UUID or linked with a precedence, or a policy exclusive to the application. ApplicationPolicy comes first because every field of it is optional: a policy link also matches it.
 *
 * The request form of {@link AppPolicyItem}, without its readOnly fields.
 */
export type AppPolicyItemParam = ApplicationPolicyParam | AppPolicyLink | string;

/** A JSON that links a reusable policy to an application. */
export interface AppPolicyLink {
  /**
   * The UUID of the policy
   *
   * @maxLength 36
   */
  id?: string;
  /** Identifier. */
  account_id?: string;
  /** The order of execution for this policy. Must be unique for each policy within an app. */
  precedence?: number;
}

/** An Access policy applied to an application. */
export interface ApplicationPolicy {
  /**
   * The UUID of the policy
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Identifier.
   *
   * Returned by the API; not accepted in requests.
   */
  account_id?: string;
  /** Administrators who can approve a temporary authentication request. */
  approval_groups?: Array<AppApprovalGroup>;
  /** Requires the user to request access from an administrator at the start of each session. */
  approval_required?: boolean;
  /** The rules that define how users may connect to targets secured by your application. */
  connection_rules?: AppPolicyConnectionRules;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  decision?: ApplicationPolicyDecision;
  /** Rules evaluated with a NOT logical operator. To match the policy, a user cannot meet any of the Exclude rules. */
  exclude?: Array<AccessRule>;
  /** Rules evaluated with an OR logical operator. A user needs to meet only one of the Include rules. */
  include?: Array<AccessRule>;
  /** Require this application to be served in an isolated browser for users matching this policy. 'Client Web Isolation' must be on for the account in order to use this feature. */
  isolation_required?: boolean;
  mfa_config?: AppMFAConfig;
  /** The name of the Access policy. */
  name?: string;
  /** The order of execution for this policy. Must be unique for each policy within an app. */
  precedence?: number;
  /** A custom message that will appear on the purpose justification screen. */
  purpose_justification_prompt?: string;
  /** Require users to enter a justification when they log in to the application. */
  purpose_justification_required?: boolean;
  /** Rules evaluated with an AND logical operator. To match the policy, a user must meet all of the Require rules. */
  require?: Array<AccessRule>;
  /** The amount of time that tokens issued for the application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. */
  session_duration?: string | null;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
}

/**
 * An Access policy applied to an application.
 *
 * The request form of {@link ApplicationPolicy}, without its readOnly fields.
 */
export interface ApplicationPolicyParam {
  /**
   * The UUID of the policy
   *
   * @maxLength 36
   */
  id?: string;
  /** Administrators who can approve a temporary authentication request. */
  approval_groups?: Array<AppApprovalGroup>;
  /** Requires the user to request access from an administrator at the start of each session. */
  approval_required?: boolean;
  /** The rules that define how users may connect to targets secured by your application. */
  connection_rules?: AppPolicyConnectionRules;
  decision?: ApplicationPolicyDecision;
  /** Rules evaluated with a NOT logical operator. To match the policy, a user cannot meet any of the Exclude rules. */
  exclude?: Array<AccessRule>;
  /** Rules evaluated with an OR logical operator. A user needs to meet only one of the Include rules. */
  include?: Array<AccessRule>;
  /** Require this application to be served in an isolated browser for users matching this policy. 'Client Web Isolation' must be on for the account in order to use this feature. */
  isolation_required?: boolean;
  mfa_config?: AppMFAConfig;
  /** The name of the Access policy. */
  name?: string;
  /** The order of execution for this policy. Must be unique for each policy within an app. */
  precedence?: number;
  /** A custom message that will appear on the purpose justification screen. */
  purpose_justification_prompt?: string;
  /** Require users to enter a justification when they log in to the application. */
  purpose_justification_required?: boolean;
  /** Rules evaluated with an AND logical operator. To match the policy, a user must meet all of the Require rules. */
  require?: Array<AccessRule>;
  /** The amount of time that tokens issued for the application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. */
  session_duration?: string | null;
}

/** The action Access will take if a user matches this policy. Infrastructure application policies can only use the Allow action. */
export type ApplicationPolicyDecision = 'allow' | 'deny' | 'non_identity' | 'bypass';

/** A group of email addresses that can approve a temporary authentication request. */
export interface AppApprovalGroup {
  /**
   * The number of approvals needed to obtain access.
   *
   * @minimum 0
   */
  approvals_needed: number;
  /** A list of emails that can approve the access request. */
  email_addresses?: Array<string>;
  /** The UUID of an re-usable email list. */
  email_list_uuid?: string;
}

/** The rules that define how users may connect to targets secured by your application. */
export interface AppPolicyConnectionRules {
  /** The RDP-specific rules that define clipboard behavior for RDP connections. */
  rdp?: {
    /** Clipboard formats allowed when copying from local machine to remote RDP session. */
    allowed_clipboard_local_to_remote_formats?: Array<AppClipboardFormat>;
    /** Clipboard formats allowed when copying from remote RDP session to local machine. */
    allowed_clipboard_remote_to_local_formats?: Array<AppClipboardFormat>;
  };
}

/** A clipboard format of an RDP session. */
export type AppClipboardFormat = 'text' | 'file';

/** An Access policy applied to an infrastructure application. */
export interface AppInfrastructurePolicy {
  /**
   * The UUID of the policy
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  decision?: ApplicationPolicyDecision;
  /** Rules evaluated with an OR logical operator. A user needs to meet only one of the Include rules. */
  include?: Array<AccessRule>;
  /** The name of the Access policy. */
  name?: string;
  /** The rules that define how users may connect to the targets secured by your application. */
  connection_rules?: {
    /** The SSH-specific rules that define how users may connect to the targets secured by your application. */
    ssh?: {
      /** Contains the Unix usernames that may be used when connecting over SSH. */
      usernames: Array<string>;
      /** Enables using Identity Provider email alias as SSH username. */
      allow_email_alias?: boolean;
    };
  };
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /** Rules evaluated with a NOT logical operator. To match the policy, a user cannot meet any of the Exclude rules. */
  exclude?: Array<AccessRule>;
  mfa_config?: AppInfrastructureMFAConfig;
  /** Rules evaluated with an AND logical operator. To match the policy, a user must meet all of the Require rules. */
  require?: Array<AccessRule>;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
}

/**
 * An Access policy applied to an infrastructure application.
 *
 * The request form of {@link AppInfrastructurePolicy}, without its readOnly fields.
 */
export interface AppInfrastructurePolicyParam {
  decision: ApplicationPolicyDecision;
  /** Rules evaluated with an OR logical operator. A user needs to meet only one of the Include rules. */
  include: Array<AccessRule>;
  /** The name of the Access policy. */
  name: string;
  /** The rules that define how users may connect to the targets secured by your application. */
  connection_rules?: {
    /** The SSH-specific rules that define how users may connect to the targets secured by your application. */
    ssh?: {
      /** Contains the Unix usernames that may be used when connecting over SSH. */
      usernames: Array<string>;
      /** Enables using Identity Provider email alias as SSH username. */
      allow_email_alias?: boolean;
    };
  };
  /** Rules evaluated with a NOT logical operator. To match the policy, a user cannot meet any of the Exclude rules. */
  exclude?: Array<AccessRule>;
  mfa_config?: AppInfrastructureMFAConfig;
  /** Rules evaluated with an AND logical operator. To match the policy, a user must meet all of the Require rules. */
  require?: Array<AccessRule>;
}

/** The targets an infrastructure or RDP application covers. */
export interface AppTargetCriterionBase {
  /** The port that the targets use for the chosen communication protocol. A port cannot be assigned to multiple protocols. */
  port: number;
  /**
   * Contains a map of target attribute keys to target attribute values.
   *
   * @deprecated
   */
  target_attributes?: Record<string, Array<string>>;
  /** Target matches when any selector in this rule matches. */
  include?: AppTargetSelector;
  /** Target is excluded when any selector in this rule matches. */
  exclude?: AppTargetSelector;
  /** Target matches only when every selector in this rule matches. */
  require?: AppTargetSelector;
}

/** Selectors of targets, by tag or by hostname. */
export interface AppTargetSelector {
  /** Map of target tag keys to values. Values within a key are OR'd. */
  tags?: Record<string, Array<string>>;
  /** Hostname selector map for include, require, or exclude rules. This is distinct from the deprecated top-level target_attributes field and only supports the hostname key. */
  target_attributes?: {
    hostname?: Array<string>;
  };
}

/** Targets reached over SSH. */
export interface AppSSHTargetCriterion {
  /** The port that the targets use for the chosen communication protocol. A port cannot be assigned to multiple protocols. */
  port: number;
  /**
   * Contains a map of target attribute keys to target attribute values.
   *
   * @deprecated
   */
  target_attributes?: Record<string, Array<string>>;
  /** Target matches when any selector in this rule matches. */
  include?: AppTargetSelector;
  /** Target is excluded when any selector in this rule matches. */
  exclude?: AppTargetSelector;
  /** Target matches only when every selector in this rule matches. */
  require?: AppTargetSelector;
  /** The communication protocol your application secures. */
  protocol: 'SSH';
}

/** Targets reached over RDP. */
export interface AppRDPTargetCriterion {
  /** The port that the targets use for the chosen communication protocol. A port cannot be assigned to multiple protocols. */
  port: number;
  /**
   * Contains a map of target attribute keys to target attribute values.
   *
   * @deprecated
   */
  target_attributes?: Record<string, Array<string>>;
  /** Target matches when any selector in this rule matches. */
  include?: AppTargetSelector;
  /** Target is excluded when any selector in this rule matches. */
  exclude?: AppTargetSelector;
  /** Target matches only when every selector in this rule matches. */
  require?: AppTargetSelector;
  /** The communication protocol your application secures. */
  protocol: 'RDP';
}

/** The design of the App Launcher landing page shown to users when they log in. */
export interface AppLauncherLandingPageDesign {
  /** The background color of the log in button on the landing page. */
  button_color?: string;
  /** The color of the text in the log in button on the landing page. */
  button_text_color?: string;
  /** The URL of the image shown on the landing page. */
  image_url?: string;
  /** The message shown on the landing page. */
  message?: string;
  /** The title shown on the landing page. */
  title?: string;
}

/** A link in the App Launcher footer. */
export interface AppLauncherFooterLink {
  /** The hypertext in the footer link. */
  name: string;
  /** The hyperlink in the footer link. */
  url: string;
}
