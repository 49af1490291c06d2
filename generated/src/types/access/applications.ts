// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountOrZoneScope } from '../../runtime/index.js';
import type {
  AppDestination,
  AppInfrastructureMFAConfig,
  AppInfrastructurePolicy,
  AppInfrastructurePolicyParam,
  AppLauncherFooterLink,
  AppLauncherLandingPageDesign,
  AppMFAConfig,
  AppOAuthConfiguration,
  AppPolicyItemParam,
  AppRDPTargetCriterion,
  AppSCIMConfig,
  AppSSHTargetCriterion,
  ApplicationPolicy,
  CORSHeaders,
  SaaSAppConfig,
} from './application-models.js';

/** An Access application. Its type field tells the kinds apart. */
export type Application =
  | SelfHostedApplication
  | SaaSApplication
  | SSHApplication
  | VNCApplication
  | AppLauncherApplication
  | WARPApplication
  | BISOApplication
  | BookmarkApplication
  | DashSSOApplication
  | InfrastructureApplication
  | RDPApplication
  | MCPApplication
  | MCPPortalApplication
  | ProxyEndpointApplication;
/**
 * An Access application. Its type field tells the kinds apart.
 *
 * The request form of {@link Application}, without its readOnly fields.
 */
export type ApplicationParam =
  | SelfHostedApplicationParam
  | SaaSApplicationParam
  | SSHApplicationParam
  | VNCApplicationParam
  | AppLauncherApplicationParam
  | WARPApplicationParam
  | BISOApplicationParam
  | BookmarkApplicationParam
  | DashSSOApplicationParam
  | InfrastructureApplicationParam
  | RDPApplicationParam
  | MCPApplicationParam
  | MCPPortalApplicationParam
  | ProxyEndpointApplicationParam;
/** The application type. */
export type ApplicationType =
  | 'self_hosted'
  | 'saas'
  | 'ssh'
  | 'vnc'
  | 'app_launcher'
  | 'warp'
  | 'biso'
  | 'bookmark'
  | 'dash_sso'
  | 'infrastructure'
  | 'rdp'
  | 'mcp'
  | 'mcp_portal'
  | 'proxy_endpoint';
/** The Access application that was created. */
export type ApplicationCreateResponse = Application;
/** The Access application that was fetched. */
export type ApplicationGetResponse = Application;
/** The Access application as updated. */
export type ApplicationUpdateResponse = Application;
/** An Access application of the list. */
export type ApplicationListResponse = Application;

export interface ApplicationDeleteResponse {
  /**
   * UUID.
   *
   * @maxLength 36
   */
  id?: string;
}

/** The fields every application type has. */
export interface ApplicationBase {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
}

/** Identity provider selection, shared by the types users log in to. */
export interface AppIdPBase {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
}

/** Deny redirects and session duration, shared by every type but saas, bookmark and infrastructure. */
export interface AppSessionBase {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
}

/** The fields of the warp, biso, dash_sso and proxy_endpoint types. */
export interface AppPermissionsBase {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain?: string;
}

/** The fields of the types whose traffic Access proxies: self_hosted, ssh, vnc, rdp, mcp and mcp_portal. */
export interface AppProxiedBase {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
}

/** The fields of the self_hosted, ssh, vnc and rdp types. */
export interface AppSelfHostedBase {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain: string;
  /** Enables loading application content in an iFrame. */
  allow_iframe?: boolean;
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  cors_headers?: CORSHeaders;
  /**
   * Preemptively sets the Access session cookie on every hostname in a multi-hostname self-hosted application during the initial redirect chain, rather than setting it lazily on first visit. Defaults to true. Set to false to disable the eager redirect cookie behavior.
   *
   * @default true
   */
  eager_redirect_cookie_setting?: boolean;
  /** Enables the binding cookie, which increases security against compromised authorization tokens and CSRF attacks. */
  enable_binding_cookie?: boolean;
  mfa_config?: AppMFAConfig;
  /** Enables cookie paths to scope an application's JWT to the application path. If disabled, the JWT will scope to the hostname by default */
  path_cookie_attribute?: boolean;
  /** Allows matching Access Service Tokens passed HTTP in a single header with this name. This works as an alternative to the (CF-Access-Client-Id, CF-Access-Client-Secret) pair of headers. The header value will be interpreted as a json object similar to: { "cf-access-client-id": "88bf3b6d86161464f6509f7219099e57.access.example.com", "cf-access-client-secret": "bdd31cbc4dec990953e39163fbbb194c93313ca9f0a6e420346af9d326b1d2a5" } */
  read_service_tokens_from_header?: string;
  /**
   * List of public domains that Access will secure. This field is deprecated in favor of destinations and will be supported until November 21, 2025. If destinations are provided, then self_hosted_domains will be ignored.
   *
   * @deprecated Deprecated in favor of destinations; supported until November 21, 2025.
   */
  self_hosted_domains?: Array<string>;
  /** Returns a 401 status code when the request is blocked by a Service Auth policy. */
  service_auth_401_redirect?: boolean;
  /** Enables automatic authentication through cloudflared. */
  skip_interstitial?: boolean;
  /** Determines if users can access this application via a clientless browser isolation URL. This allows users to access private domains without connecting to Gateway. The option requires Clientless Browser Isolation to be set up with policies that allow users of this application. */
  use_clientless_isolation_app_launcher_url?: boolean;
}

/** A self-hosted application. */
export interface SelfHostedApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain: string;
  /** Enables loading application content in an iFrame. */
  allow_iframe?: boolean;
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  cors_headers?: CORSHeaders;
  /**
   * Preemptively sets the Access session cookie on every hostname in a multi-hostname self-hosted application during the initial redirect chain, rather than setting it lazily on first visit. Defaults to true. Set to false to disable the eager redirect cookie behavior.
   *
   * @default true
   */
  eager_redirect_cookie_setting?: boolean;
  /** Enables the binding cookie, which increases security against compromised authorization tokens and CSRF attacks. */
  enable_binding_cookie?: boolean;
  mfa_config?: AppMFAConfig;
  /** Enables cookie paths to scope an application's JWT to the application path. If disabled, the JWT will scope to the hostname by default */
  path_cookie_attribute?: boolean;
  /** Allows matching Access Service Tokens passed HTTP in a single header with this name. This works as an alternative to the (CF-Access-Client-Id, CF-Access-Client-Secret) pair of headers. The header value will be interpreted as a json object similar to: { "cf-access-client-id": "88bf3b6d86161464f6509f7219099e57.access.example.com", "cf-access-client-secret": "bdd31cbc4dec990953e39163fbbb194c93313ca9f0a6e420346af9d326b1d2a5" } */
  read_service_tokens_from_header?: string;
  /**
   * List of public domains that Access will secure. This field is deprecated in favor of destinations and will be supported until November 21, 2025. If destinations are provided, then self_hosted_domains will be ignored.
   *
   * @deprecated Deprecated in favor of destinations; supported until November 21, 2025.
   */
  self_hosted_domains?: Array<string>;
  /** Returns a 401 status code when the request is blocked by a Service Auth policy. */
  service_auth_401_redirect?: boolean;
  /** Enables automatic authentication through cloudflared. */
  skip_interstitial?: boolean;
  /** Determines if users can access this application via a clientless browser isolation URL. This allows users to access private domains without connecting to Gateway. The option requires Clientless Browser Isolation to be set up with policies that allow users of this application. */
  use_clientless_isolation_app_launcher_url?: boolean;
  /** The application type. */
  type: 'self_hosted';
}

/**
 * A self-hosted application.
 *
 * The request form of {@link SelfHostedApplication}, without its readOnly fields.
 */
export interface SelfHostedApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain: string;
  /** Enables loading application content in an iFrame. */
  allow_iframe?: boolean;
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  cors_headers?: CORSHeaders;
  /**
   * Preemptively sets the Access session cookie on every hostname in a multi-hostname self-hosted application during the initial redirect chain, rather than setting it lazily on first visit. Defaults to true. Set to false to disable the eager redirect cookie behavior.
   *
   * @default true
   */
  eager_redirect_cookie_setting?: boolean;
  /** Enables the binding cookie, which increases security against compromised authorization tokens and CSRF attacks. */
  enable_binding_cookie?: boolean;
  mfa_config?: AppMFAConfig;
  /** Enables cookie paths to scope an application's JWT to the application path. If disabled, the JWT will scope to the hostname by default */
  path_cookie_attribute?: boolean;
  /** Allows matching Access Service Tokens passed HTTP in a single header with this name. This works as an alternative to the (CF-Access-Client-Id, CF-Access-Client-Secret) pair of headers. The header value will be interpreted as a json object similar to: { "cf-access-client-id": "88bf3b6d86161464f6509f7219099e57.access.example.com", "cf-access-client-secret": "bdd31cbc4dec990953e39163fbbb194c93313ca9f0a6e420346af9d326b1d2a5" } */
  read_service_tokens_from_header?: string;
  /**
   * List of public domains that Access will secure. This field is deprecated in favor of destinations and will be supported until November 21, 2025. If destinations are provided, then self_hosted_domains will be ignored.
   *
   * @deprecated Deprecated in favor of destinations; supported until November 21, 2025.
   */
  self_hosted_domains?: Array<string>;
  /** Returns a 401 status code when the request is blocked by a Service Auth policy. */
  service_auth_401_redirect?: boolean;
  /** Enables automatic authentication through cloudflared. */
  skip_interstitial?: boolean;
  /** Determines if users can access this application via a clientless browser isolation URL. This allows users to access private domains without connecting to Gateway. The option requires Clientless Browser Isolation to be set up with policies that allow users of this application. */
  use_clientless_isolation_app_launcher_url?: boolean;
  /** The application type. */
  type: 'self_hosted';
}

/** A browser-rendered SSH application. */
export interface SSHApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain: string;
  /** Enables loading application content in an iFrame. */
  allow_iframe?: boolean;
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  cors_headers?: CORSHeaders;
  /**
   * Preemptively sets the Access session cookie on every hostname in a multi-hostname self-hosted application during the initial redirect chain, rather than setting it lazily on first visit. Defaults to true. Set to false to disable the eager redirect cookie behavior.
   *
   * @default true
   */
  eager_redirect_cookie_setting?: boolean;
  /** Enables the binding cookie, which increases security against compromised authorization tokens and CSRF attacks. */
  enable_binding_cookie?: boolean;
  mfa_config?: AppMFAConfig;
  /** Enables cookie paths to scope an application's JWT to the application path. If disabled, the JWT will scope to the hostname by default */
  path_cookie_attribute?: boolean;
  /** Allows matching Access Service Tokens passed HTTP in a single header with this name. This works as an alternative to the (CF-Access-Client-Id, CF-Access-Client-Secret) pair of headers. The header value will be interpreted as a json object similar to: { "cf-access-client-id": "88bf3b6d86161464f6509f7219099e57.access.example.com", "cf-access-client-secret": "bdd31cbc4dec990953e39163fbbb194c93313ca9f0a6e420346af9d326b1d2a5" } */
  read_service_tokens_from_header?: string;
  /**
   * List of public domains that Access will secure. This field is deprecated in favor of destinations and will be supported until November 21, 2025. If destinations are provided, then self_hosted_domains will be ignored.
   *
   * @deprecated Deprecated in favor of destinations; supported until November 21, 2025.
   */
  self_hosted_domains?: Array<string>;
  /** Returns a 401 status code when the request is blocked by a Service Auth policy. */
  service_auth_401_redirect?: boolean;
  /** Enables automatic authentication through cloudflared. */
  skip_interstitial?: boolean;
  /** Determines if users can access this application via a clientless browser isolation URL. This allows users to access private domains without connecting to Gateway. The option requires Clientless Browser Isolation to be set up with policies that allow users of this application. */
  use_clientless_isolation_app_launcher_url?: boolean;
  /** The application type. */
  type: 'ssh';
}

/**
 * A browser-rendered SSH application.
 *
 * The request form of {@link SSHApplication}, without its readOnly fields.
 */
export interface SSHApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain: string;
  /** Enables loading application content in an iFrame. */
  allow_iframe?: boolean;
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  cors_headers?: CORSHeaders;
  /**
   * Preemptively sets the Access session cookie on every hostname in a multi-hostname self-hosted application during the initial redirect chain, rather than setting it lazily on first visit. Defaults to true. Set to false to disable the eager redirect cookie behavior.
   *
   * @default true
   */
  eager_redirect_cookie_setting?: boolean;
  /** Enables the binding cookie, which increases security against compromised authorization tokens and CSRF attacks. */
  enable_binding_cookie?: boolean;
  mfa_config?: AppMFAConfig;
  /** Enables cookie paths to scope an application's JWT to the application path. If disabled, the JWT will scope to the hostname by default */
  path_cookie_attribute?: boolean;
  /** Allows matching Access Service Tokens passed HTTP in a single header with this name. This works as an alternative to the (CF-Access-Client-Id, CF-Access-Client-Secret) pair of headers. The header value will be interpreted as a json object similar to: { "cf-access-client-id": "88bf3b6d86161464f6509f7219099e57.access.example.com", "cf-access-client-secret": "bdd31cbc4dec990953e39163fbbb194c93313ca9f0a6e420346af9d326b1d2a5" } */
  read_service_tokens_from_header?: string;
  /**
   * List of public domains that Access will secure. This field is deprecated in favor of destinations and will be supported until November 21, 2025. If destinations are provided, then self_hosted_domains will be ignored.
   *
   * @deprecated Deprecated in favor of destinations; supported until November 21, 2025.
   */
  self_hosted_domains?: Array<string>;
  /** Returns a 401 status code when the request is blocked by a Service Auth policy. */
  service_auth_401_redirect?: boolean;
  /** Enables automatic authentication through cloudflared. */
  skip_interstitial?: boolean;
  /** Determines if users can access this application via a clientless browser isolation URL. This allows users to access private domains without connecting to Gateway. The option requires Clientless Browser Isolation to be set up with policies that allow users of this application. */
  use_clientless_isolation_app_launcher_url?: boolean;
  /** The application type. */
  type: 'ssh';
}

/** A browser-rendered VNC application. */
export interface VNCApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain: string;
  /** Enables loading application content in an iFrame. */
  allow_iframe?: boolean;
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  cors_headers?: CORSHeaders;
  /**
   * Preemptively sets the Access session cookie on every hostname in a multi-hostname self-hosted application during the initial redirect chain, rather than setting it lazily on first visit. Defaults to true. Set to false to disable the eager redirect cookie behavior.
   *
   * @default true
   */
  eager_redirect_cookie_setting?: boolean;
  /** Enables the binding cookie, which increases security against compromised authorization tokens and CSRF attacks. */
  enable_binding_cookie?: boolean;
  mfa_config?: AppMFAConfig;
  /** Enables cookie paths to scope an application's JWT to the application path. If disabled, the JWT will scope to the hostname by default */
  path_cookie_attribute?: boolean;
  /** Allows matching Access Service Tokens passed HTTP in a single header with this name. This works as an alternative to the (CF-Access-Client-Id, CF-Access-Client-Secret) pair of headers. The header value will be interpreted as a json object similar to: { "cf-access-client-id": "88bf3b6d86161464f6509f7219099e57.access.example.com", "cf-access-client-secret": "bdd31cbc4dec990953e39163fbbb194c93313ca9f0a6e420346af9d326b1d2a5" } */
  read_service_tokens_from_header?: string;
  /**
   * List of public domains that Access will secure. This field is deprecated in favor of destinations and will be supported until November 21, 2025. If destinations are provided, then self_hosted_domains will be ignored.
   *
   * @deprecated Deprecated in favor of destinations; supported until November 21, 2025.
   */
  self_hosted_domains?: Array<string>;
  /** Returns a 401 status code when the request is blocked by a Service Auth policy. */
  service_auth_401_redirect?: boolean;
  /** Enables automatic authentication through cloudflared. */
  skip_interstitial?: boolean;
  /** Determines if users can access this application via a clientless browser isolation URL. This allows users to access private domains without connecting to Gateway. The option requires Clientless Browser Isolation to be set up with policies that allow users of this application. */
  use_clientless_isolation_app_launcher_url?: boolean;
  /** The application type. */
  type: 'vnc';
}

/**
 * A browser-rendered VNC application.
 *
 * The request form of {@link VNCApplication}, without its readOnly fields.
 */
export interface VNCApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain: string;
  /** Enables loading application content in an iFrame. */
  allow_iframe?: boolean;
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  cors_headers?: CORSHeaders;
  /**
   * Preemptively sets the Access session cookie on every hostname in a multi-hostname self-hosted application during the initial redirect chain, rather than setting it lazily on first visit. Defaults to true. Set to false to disable the eager redirect cookie behavior.
   *
   * @default true
   */
  eager_redirect_cookie_setting?: boolean;
  /** Enables the binding cookie, which increases security against compromised authorization tokens and CSRF attacks. */
  enable_binding_cookie?: boolean;
  mfa_config?: AppMFAConfig;
  /** Enables cookie paths to scope an application's JWT to the application path. If disabled, the JWT will scope to the hostname by default */
  path_cookie_attribute?: boolean;
  /** Allows matching Access Service Tokens passed HTTP in a single header with this name. This works as an alternative to the (CF-Access-Client-Id, CF-Access-Client-Secret) pair of headers. The header value will be interpreted as a json object similar to: { "cf-access-client-id": "88bf3b6d86161464f6509f7219099e57.access.example.com", "cf-access-client-secret": "bdd31cbc4dec990953e39163fbbb194c93313ca9f0a6e420346af9d326b1d2a5" } */
  read_service_tokens_from_header?: string;
  /**
   * List of public domains that Access will secure. This field is deprecated in favor of destinations and will be supported until November 21, 2025. If destinations are provided, then self_hosted_domains will be ignored.
   *
   * @deprecated Deprecated in favor of destinations; supported until November 21, 2025.
   */
  self_hosted_domains?: Array<string>;
  /** Returns a 401 status code when the request is blocked by a Service Auth policy. */
  service_auth_401_redirect?: boolean;
  /** Enables automatic authentication through cloudflared. */
  skip_interstitial?: boolean;
  /** Determines if users can access this application via a clientless browser isolation URL. This allows users to access private domains without connecting to Gateway. The option requires Clientless Browser Isolation to be set up with policies that allow users of this application. */
  use_clientless_isolation_app_launcher_url?: boolean;
  /** The application type. */
  type: 'vnc';
}

/** A browser-rendered RDP application. */
export interface RDPApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain: string;
  /** Enables loading application content in an iFrame. */
  allow_iframe?: boolean;
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  cors_headers?: CORSHeaders;
  /**
   * Preemptively sets the Access session cookie on every hostname in a multi-hostname self-hosted application during the initial redirect chain, rather than setting it lazily on first visit. Defaults to true. Set to false to disable the eager redirect cookie behavior.
   *
   * @default true
   */
  eager_redirect_cookie_setting?: boolean;
  /** Enables the binding cookie, which increases security against compromised authorization tokens and CSRF attacks. */
  enable_binding_cookie?: boolean;
  mfa_config?: AppMFAConfig;
  /** Enables cookie paths to scope an application's JWT to the application path. If disabled, the JWT will scope to the hostname by default */
  path_cookie_attribute?: boolean;
  /** Allows matching Access Service Tokens passed HTTP in a single header with this name. This works as an alternative to the (CF-Access-Client-Id, CF-Access-Client-Secret) pair of headers. The header value will be interpreted as a json object similar to: { "cf-access-client-id": "88bf3b6d86161464f6509f7219099e57.access.example.com", "cf-access-client-secret": "bdd31cbc4dec990953e39163fbbb194c93313ca9f0a6e420346af9d326b1d2a5" } */
  read_service_tokens_from_header?: string;
  /**
   * List of public domains that Access will secure. This field is deprecated in favor of destinations and will be supported until November 21, 2025. If destinations are provided, then self_hosted_domains will be ignored.
   *
   * @deprecated Deprecated in favor of destinations; supported until November 21, 2025.
   */
  self_hosted_domains?: Array<string>;
  /** Returns a 401 status code when the request is blocked by a Service Auth policy. */
  service_auth_401_redirect?: boolean;
  /** Enables automatic authentication through cloudflared. */
  skip_interstitial?: boolean;
  /** Determines if users can access this application via a clientless browser isolation URL. This allows users to access private domains without connecting to Gateway. The option requires Clientless Browser Isolation to be set up with policies that allow users of this application. */
  use_clientless_isolation_app_launcher_url?: boolean;
  /** The application type. */
  type: 'rdp';
  /** The targets the application covers. */
  target_criteria: Array<AppRDPTargetCriterion>;
}

/**
 * A browser-rendered RDP application.
 *
 * The request form of {@link RDPApplication}, without its readOnly fields.
 */
export interface RDPApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain: string;
  /** Enables loading application content in an iFrame. */
  allow_iframe?: boolean;
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  cors_headers?: CORSHeaders;
  /**
   * Preemptively sets the Access session cookie on every hostname in a multi-hostname self-hosted application during the initial redirect chain, rather than setting it lazily on first visit. Defaults to true. Set to false to disable the eager redirect cookie behavior.
   *
   * @default true
   */
  eager_redirect_cookie_setting?: boolean;
  /** Enables the binding cookie, which increases security against compromised authorization tokens and CSRF attacks. */
  enable_binding_cookie?: boolean;
  mfa_config?: AppMFAConfig;
  /** Enables cookie paths to scope an application's JWT to the application path. If disabled, the JWT will scope to the hostname by default */
  path_cookie_attribute?: boolean;
  /** Allows matching Access Service Tokens passed HTTP in a single header with this name. This works as an alternative to the (CF-Access-Client-Id, CF-Access-Client-Secret) pair of headers. The header value will be interpreted as a json object similar to: { "cf-access-client-id": "88bf3b6d86161464f6509f7219099e57.access.example.com", "cf-access-client-secret": "bdd31cbc4dec990953e39163fbbb194c93313ca9f0a6e420346af9d326b1d2a5" } */
  read_service_tokens_from_header?: string;
  /**
   * List of public domains that Access will secure. This field is deprecated in favor of destinations and will be supported until November 21, 2025. If destinations are provided, then self_hosted_domains will be ignored.
   *
   * @deprecated Deprecated in favor of destinations; supported until November 21, 2025.
   */
  self_hosted_domains?: Array<string>;
  /** Returns a 401 status code when the request is blocked by a Service Auth policy. */
  service_auth_401_redirect?: boolean;
  /** Enables automatic authentication through cloudflared. */
  skip_interstitial?: boolean;
  /** Determines if users can access this application via a clientless browser isolation URL. This allows users to access private domains without connecting to Gateway. The option requires Clientless Browser Isolation to be set up with policies that allow users of this application. */
  use_clientless_isolation_app_launcher_url?: boolean;
  /** The application type. */
  type: 'rdp';
  /** The targets the application covers. */
  target_criteria: Array<AppRDPTargetCriterion>;
}

/** An MCP server application. */
export interface MCPApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The application type. */
  type: 'mcp';
}

/**
 * An MCP server application.
 *
 * The request form of {@link MCPApplication}, without its readOnly fields.
 */
export interface MCPApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The application type. */
  type: 'mcp';
}

/** An MCP server portal application. */
export interface MCPPortalApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The application type. */
  type: 'mcp_portal';
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain?: string;
}

/**
 * An MCP server portal application.
 *
 * The request form of {@link MCPPortalApplication}, without its readOnly fields.
 */
export interface MCPPortalApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** When set to true, users can authenticate to this application using their WARP session. When set to false this application will always require direct IdP authentication. This setting always overrides the organization setting for WARP authentication. */
  allow_authenticate_via_warp?: boolean;
  /** The custom error message shown to a user when they are denied access to the application. */
  custom_deny_message?: string;
  /** List of destinations secured by Access. This supersedes self_hosted_domains to allow for more flexibility in defining different types of domains. If destinations are provided, then self_hosted_domains will be ignored. */
  destinations?: Array<AppDestination>;
  /** Enables the HttpOnly cookie attribute, which increases security against XSS attacks. */
  http_only_cookie_attribute?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  oauth_configuration?: AppOAuthConfiguration;
  /** Allows options preflight requests to bypass Access authentication and go directly to the origin. Cannot turn on if cors_headers is set. */
  options_preflight_bypass?: boolean;
  /** Sets the SameSite cookie setting, which provides increased security against CSRF attacks. */
  same_site_cookie_attribute?: string;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
  /** The application type. */
  type: 'mcp_portal';
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain?: string;
}

/** A SaaS application, with a SAML or OIDC configuration. */
export interface SaaSApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The application type. */
  type: 'saas';
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  saas_app?: SaaSAppConfig;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
}

/**
 * A SaaS application, with a SAML or OIDC configuration.
 *
 * The request form of {@link SaaSApplication}, without its readOnly fields.
 */
export interface SaaSApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The application type. */
  type: 'saas';
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  saas_app?: SaaSAppConfig;
  scim_config?: AppSCIMConfig;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
}

/** The App Launcher application. */
export interface AppLauncherApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** The application type. */
  type: 'app_launcher';
  /** The image URL of the logo shown in the App Launcher header. */
  app_launcher_logo_url?: string;
  /** The background color of the App Launcher page. */
  bg_color?: string;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain?: string;
  /** The links in the App Launcher footer. */
  footer_links?: Array<AppLauncherFooterLink>;
  /** The background color of the App Launcher header. */
  header_bg_color?: string;
  landing_page_design?: AppLauncherLandingPageDesign;
  /** Determines when to skip the App Launcher landing page. */
  skip_app_launcher_login_page?: boolean;
}

/**
 * The App Launcher application.
 *
 * The request form of {@link AppLauncherApplication}, without its readOnly fields.
 */
export interface AppLauncherApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** The application type. */
  type: 'app_launcher';
  /** The image URL of the logo shown in the App Launcher header. */
  app_launcher_logo_url?: string;
  /** The background color of the App Launcher page. */
  bg_color?: string;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain?: string;
  /** The links in the App Launcher footer. */
  footer_links?: Array<AppLauncherFooterLink>;
  /** The background color of the App Launcher header. */
  header_bg_color?: string;
  landing_page_design?: AppLauncherLandingPageDesign;
  /** Determines when to skip the App Launcher landing page. */
  skip_app_launcher_login_page?: boolean;
}

/** The device enrollment permissions application (WARP). */
export interface WARPApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain?: string;
  /** The application type. */
  type: 'warp';
}

/**
 * The device enrollment permissions application (WARP).
 *
 * The request form of {@link WARPApplication}, without its readOnly fields.
 */
export interface WARPApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain?: string;
  /** The application type. */
  type: 'warp';
}

/** The browser isolation permissions application. */
export interface BISOApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain?: string;
  /** The application type. */
  type: 'biso';
}

/**
 * The browser isolation permissions application.
 *
 * The request form of {@link BISOApplication}, without its readOnly fields.
 */
export interface BISOApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain?: string;
  /** The application type. */
  type: 'biso';
}

/** The Cloudflare dashboard SSO application. */
export interface DashSSOApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain?: string;
  /** The application type. */
  type: 'dash_sso';
}

/**
 * The Cloudflare dashboard SSO application.
 *
 * The request form of {@link DashSSOApplication}, without its readOnly fields.
 */
export interface DashSSOApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** The primary hostname and path secured by Access. This domain will be displayed if the app is visible in the App Launcher. */
  domain?: string;
  /** The application type. */
  type: 'dash_sso';
}

/** A Gateway identity proxy endpoint application. */
export interface ProxyEndpointApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** The application type. */
  type: 'proxy_endpoint';
  /** The proxy endpoint domain in the format: 10 alphanumeric characters followed by .proxy.cloudflare-gateway.com */
  domain?: string;
}

/**
 * A Gateway identity proxy endpoint application.
 *
 * The request form of {@link ProxyEndpointApplication}, without its readOnly fields.
 */
export interface ProxyEndpointApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The identity providers your users can select when connecting to this application. Defaults to all IdPs configured in your account. */
  allowed_idps?: Array<string>;
  /** When set to true, users skip the identity provider selection step during login. You must specify only one identity provider in allowed_idps. */
  auto_redirect_to_identity?: boolean;
  /** The custom pages that will be displayed when applicable for this application */
  custom_pages?: Array<string>;
  /** The custom URL a user is redirected to when they are denied access to the application when failing identity-based rules. */
  custom_deny_url?: string;
  /** The custom URL a user is redirected to when they are denied access to the application when failing non-identity rules. */
  custom_non_identity_deny_url?: string;
  /** The amount of time that tokens issued for this application will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note: unsupported for infrastructure type applications. */
  session_duration?: string;
  /** The application type. */
  type: 'proxy_endpoint';
  /** The proxy endpoint domain in the format: 10 alphanumeric characters followed by .proxy.cloudflare-gateway.com */
  domain?: string;
}

/** A bookmark shown in the App Launcher. */
export interface BookmarkApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<ApplicationPolicy>;
  /** The application type. */
  type: 'bookmark';
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  /** The URL or domain of the bookmark. */
  domain?: string;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
}

/**
 * A bookmark shown in the App Launcher.
 *
 * The request form of {@link BookmarkApplication}, without its readOnly fields.
 */
export interface BookmarkApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The policies that Access applies to the application, in ascending order of precedence. Items can reference existing policies or create new policies exclusive to the application. */
  policies?: Array<AppPolicyItemParam>;
  /** The application type. */
  type: 'bookmark';
  /** Displays the application in the App Launcher. */
  app_launcher_visible?: boolean;
  /** The URL or domain of the bookmark. */
  domain?: string;
  /** The image URL for the logo shown in the App Launcher dashboard. */
  logo_url?: string;
  /** The tags you want assigned to an application. Tags are used to filter applications in the App Launcher dashboard. */
  tags?: Array<string>;
}

/** An infrastructure application, securing SSH targets. */
export interface InfrastructureApplication {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Audience tag.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 64
   */
  aud?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
  /** The name of the application. */
  name?: string;
  /** The application type. */
  type: 'infrastructure';
  /** The targets the application covers. */
  target_criteria: Array<AppSSHTargetCriterion>;
  mfa_config?: AppInfrastructureMFAConfig;
  /** The policies that Access applies to the application. */
  policies?: Array<AppInfrastructurePolicy>;
}

/**
 * An infrastructure application, securing SSH targets.
 *
 * The request form of {@link InfrastructureApplication}, without its readOnly fields.
 */
export interface InfrastructureApplicationParam {
  /** The name of the application. */
  name?: string;
  /** The application type. */
  type: 'infrastructure';
  /** The targets the application covers. */
  target_criteria: Array<AppSSHTargetCriterion>;
  mfa_config?: AppInfrastructureMFAConfig;
  /** The policies that Access applies to the application. */
  policies?: Array<AppInfrastructurePolicyParam>;
}

/** Parameters of `zeroTrust.access.applications.list`. */
export type ApplicationListParams = AccountOrZoneScope & {
  /** The aud of the app. */
  aud?: string;
  /** The domain of the app. */
  domain?: string;
  /** True for only exact string matches against passed name/domain query parameters. */
  exact?: boolean;
  /** The name of the app. */
  name?: string;
  /** Search for apps by other listed query parameters. */
  search?: string;
  /** Target Criteria attributes in key=value format. */
  target_attributes?: string;
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
/** Parameters of `zeroTrust.access.applications.get`. */
export type ApplicationGetParams = AccountOrZoneScope;
/** Parameters of `zeroTrust.access.applications.create`. */
export type ApplicationCreateParams = AccountOrZoneScope & ApplicationParam;
/** Parameters of `zeroTrust.access.applications.update`. */
export type ApplicationUpdateParams = AccountOrZoneScope & ApplicationParam;
/** Parameters of `zeroTrust.access.applications.delete`. */
export type ApplicationDeleteParams = AccountOrZoneScope;
