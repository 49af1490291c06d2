// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountOrZoneScope } from '../../runtime/index.js';

/** The configuration of a Zero Trust organization. */
export interface Organization {
  /** When set to true, users can authenticate via WARP for any application in your organization. Application settings will take precedence over this value. */
  allow_authenticate_via_warp?: boolean;
  /** The unique subdomain assigned to your Zero Trust organization. */
  auth_domain?: string;
  /** When set to true, users skip the identity provider selection step during login. */
  auto_redirect_to_identity?: boolean;
  custom_pages?: OrganizationCustomPages;
  /** Determines whether to deny all requests to Cloudflare-protected resources that lack an associated Access application. If enabled, you must explicitly configure an Access application and policy to allow traffic to your Cloudflare-protected resources. For domains you want to be public across all subdomains, add the domain to the deny_unmatched_requests_exempted_zone_names array. */
  deny_unmatched_requests?: boolean;
  /** Contains zone names to exempt from the deny_unmatched_requests feature. Requests to a subdomain in an exempted zone will block unauthenticated traffic by default if there is a configured Access application and policy that matches the request. */
  deny_unmatched_requests_exempted_zone_names?: Array<string>;
  /** Lock all settings as Read-Only in the Dashboard, regardless of user permission. Updates may only be made via the API or Terraform for this account when enabled. */
  is_ui_read_only?: boolean;
  login_design?: OrganizationLoginDesign;
  /** Configures multi-factor authentication (MFA) settings for an organization. */
  mfa_config?: OrganizationMFAConfig;
  /** Configures PIV key requirements for MFA using hardware security keys. */
  mfa_piv_key_requirements?: OrganizationMFAPIVKeyRequirements;
  /** Determines whether global MFA settings apply to applications by default. The organization must have MFA enabled with at least one authentication method and a session duration configured. */
  mfa_required_for_all_apps?: boolean;
  /** Configures SSH PIV key requirements for MFA using hardware security keys. */
  mfa_ssh_piv_key_requirements?: OrganizationMFAPIVKeyRequirements;
  /** The name of your Zero Trust organization. */
  name?: string;
  /** Configures automatic enforcement for inactive service tokens. A service token is inactive if no policy references it, and it has not successfully authenticated with an Access application during the selected inactivity period. This setting applies to every service token in your Zero Trust account. */
  service_token_inactivity?: OrganizationServiceTokenInactivity;
  /** The amount of time that tokens issued for applications will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. */
  session_duration?: string;
  /** Enables new behaviors for requests made with Access service tokens. Unauthorized requests emit audit logs, and return a 401 or 403 status code in the response instead of redirecting to the login page. Successful requests no longer receive a CF_Authorization cookie in the response. Zero Trust organizations created on or after October 5, 2026 will have this setting enabled by default, and cannot disable it. */
  strict_service_token_auth?: boolean;
  /** A description of the reason why the UI read only field is being toggled. */
  ui_read_only_toggle_reason?: string;
  /** The amount of time a user seat is inactive before it expires. When the user seat exceeds the set time of inactivity, the user is removed as an active seat and no longer counts against your Teams seat count. Minimum value for this setting is 1 month (730h). Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. */
  user_seat_expiration_inactive_time?: string;
  /** When enabled, unsuccessful WARP authentication requests with a non-HTML Accept header return a 401 response instead of redirecting to the login page. */
  warp_auth_non_browser_401?: boolean;
  /** The amount of time that tokens issued for applications will be valid. Must be in the format `30m` or `2h45m`. Valid time units are: m, h. */
  warp_auth_session_duration?: string;
}

/** The configuration of your Zero Trust organization, as returned by the list call. */
export interface OrganizationListResponse {
  /** When set to true, users can authenticate via WARP for any application in your organization. Application settings will take precedence over this value. */
  allow_authenticate_via_warp?: boolean;
  /** The unique subdomain assigned to your Zero Trust organization. */
  auth_domain?: string;
  /** When set to true, users skip the identity provider selection step during login. */
  auto_redirect_to_identity?: boolean;
  custom_pages?: OrganizationCustomPages;
  /** Determines whether to deny all requests to Cloudflare-protected resources that lack an associated Access application. If enabled, you must explicitly configure an Access application and policy to allow traffic to your Cloudflare-protected resources. For domains you want to be public across all subdomains, add the domain to the deny_unmatched_requests_exempted_zone_names array. */
  deny_unmatched_requests?: boolean;
  /** Contains zone names to exempt from the deny_unmatched_requests feature. Requests to a subdomain in an exempted zone will block unauthenticated traffic by default if there is a configured Access application and policy that matches the request. */
  deny_unmatched_requests_exempted_zone_names?: Array<string>;
  /** Lock all settings as Read-Only in the Dashboard, regardless of user permission. Updates may only be made via the API or Terraform for this account when enabled. */
  is_ui_read_only?: boolean;
  login_design?: OrganizationLoginDesign;
  /** Configures multi-factor authentication (MFA) settings for an organization. */
  mfa_config?: OrganizationMFAConfig;
  /** Configures PIV key requirements for MFA using hardware security keys. */
  mfa_piv_key_requirements?: OrganizationMFAPIVKeyRequirements;
  /** Determines whether global MFA settings apply to applications by default. The organization must have MFA enabled with at least one authentication method and a session duration configured. */
  mfa_required_for_all_apps?: boolean;
  /** Configures SSH PIV key requirements for MFA using hardware security keys. */
  mfa_ssh_piv_key_requirements?: OrganizationMFAPIVKeyRequirements;
  /** The name of your Zero Trust organization. */
  name?: string;
  /** Configures automatic enforcement for inactive service tokens. A service token is inactive if no policy references it, and it has not successfully authenticated with an Access application during the selected inactivity period. This setting applies to every service token in your Zero Trust account. */
  service_token_inactivity?: OrganizationServiceTokenInactivity;
  /** The amount of time that tokens issued for applications will be valid. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. */
  session_duration?: string;
  /** Enables new behaviors for requests made with Access service tokens. Unauthorized requests emit audit logs, and return a 401 or 403 status code in the response instead of redirecting to the login page. Successful requests no longer receive a CF_Authorization cookie in the response. Zero Trust organizations created on or after October 5, 2026 will have this setting enabled by default, and cannot disable it. */
  strict_service_token_auth?: boolean;
  /** A description of the reason why the UI read only field is being toggled. */
  ui_read_only_toggle_reason?: string;
  /** The amount of time a user seat is inactive before it expires. When the user seat exceeds the set time of inactivity, the user is removed as an active seat and no longer counts against your Teams seat count. Minimum value for this setting is 1 month (730h). Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. */
  user_seat_expiration_inactive_time?: string;
  /** When enabled, unsuccessful WARP authentication requests with a non-HTML Accept header return a 401 response instead of redirecting to the login page. */
  warp_auth_non_browser_401?: boolean;
  /** The amount of time that tokens issued for applications will be valid. Must be in the format `30m` or `2h45m`. Valid time units are: m, h. */
  warp_auth_session_duration?: string;
  /** The account tags of organizations trusted by this organization for policy and device posture sharing. */
  trusted_accounts?: Array<string>;
}

/** The custom pages Access shows instead of its default ones. */
export interface OrganizationCustomPages {
  /** The uid of the custom page to use when a user is denied access after failing a non-identity rule. */
  forbidden?: string;
  /** The uid of the custom page to use when a user is denied access. */
  identity_denied?: string;
}

/** The look of your login page. */
export interface OrganizationLoginDesign {
  /** The background color on your login page. */
  background_color?: string;
  /** The text at the bottom of your login page. */
  footer_text?: string;
  /** The text at the top of your login page. */
  header_text?: string;
  /** The URL of the logo on your login page. */
  logo_path?: string;
  /** The text color on your login page. */
  text_color?: string;
}

/** Configures multi-factor authentication (MFA) settings for an organization. */
export interface OrganizationMFAConfig {
  /** Lists the MFA methods that users can authenticate with. */
  allowed_authenticators?: Array<
    'totp' | 'biometrics' | 'security_key' | 'ssh_piv_key' | 'piv_key' | 'ssh_fido2_key'
  >;
  /** Allows a user to skip MFA via Authentication Method Reference (AMR) matching when the AMR claim provided by the IdP the user used to authenticate contains "mfa". Must be in minutes (m) or hours (h). Minimum: 0m. Maximum: 720h (30 days). */
  amr_matching_session_duration?: string;
  /** Specifies a Cloudflare List of required FIDO2 authenticator device AAGUIDs. */
  required_aaguids?: string;
  /** Defines the duration of an MFA session. Must be in minutes (m) or hours (h). Minimum: 0m. Maximum: 720h (30 days). Examples: `5m` or `24h`. */
  session_duration?: string;
}

/** Configures SSH PIV key requirements for MFA using hardware security keys. */
export interface OrganizationMFAPIVKeyRequirements {
  /** Defines when a PIN is required to use the SSH key. Valid values: never (no PIN required), once (PIN required once per session), always (PIN required for each use). */
  pin_policy?: 'never' | 'once' | 'always';
  /** Requires the SSH PIV key to be stored on a FIPS 140-2 Level 1 or higher validated device. */
  require_fips_device?: boolean;
  /** Specifies the allowed SSH key sizes in bits. Valid sizes depend on key type. Ed25519 has a fixed key size and does not accept this parameter. */
  ssh_key_size?: Array<256 | 384 | 521 | 2048 | 3072 | 4096>;
  /** Specifies the allowed SSH key types. Valid values are `ecdsa`, `ed25519`, and `rsa`. */
  ssh_key_type?: Array<'ecdsa' | 'ed25519' | 'rsa'>;
  /** Defines when physical touch is required to use the SSH key. Valid values: `never` (no touch required), `always` (touch required for each use), `cached` (touch cached for 15 seconds). */
  touch_policy?: 'never' | 'always' | 'cached';
}

/** Configures automatic enforcement for inactive service tokens. A service token is inactive if no policy references it, and it has not successfully authenticated with an Access application during the selected inactivity period. */
export interface OrganizationServiceTokenInactivity {
  /** The action applied to an inactive service token. */
  action: 'disable' | 'delete';
  /** Whether automatic enforcement for inactive service tokens is enabled. */
  enabled: boolean;
  /** The number of days a service token must be inactive before the configured action is applied. */
  inactivity_threshold_days: number;
}

/** Whether the user's access was revoked. */
export type OrganizationRevokeUsersResponse = boolean;
/** Parameters of `zeroTrust.organizations.list`. */
export type OrganizationListParams = AccountOrZoneScope;
/** Parameters of `zeroTrust.organizations.create`. */
export type OrganizationCreateParams = AccountOrZoneScope & {
  /** The unique subdomain assigned to your Zero Trust organization. */
  auth_domain: string;
  /** The name of your Zero Trust organization. */
  name: string;
  /** When set to true, users can authenticate via WARP for any application in your organization. Application settings will take precedence over this value. */
  allow_authenticate_via_warp?: boolean;
  /** When set to `true`, users skip the identity provider selection step during login. */
  auto_redirect_to_identity?: boolean;
  /** Determines whether to deny all requests to Cloudflare-protected resources that lack an associated Access application. If enabled, you must explicitly configure an Access application and policy to allow traffic to your Cloudflare-protected resources. For domains you want to be public across all subdomains, add the domain to the `deny_unmatched_requests_exempted_zone_names` array. */
  deny_unmatched_requests?: boolean;
  /** Contains zone names to exempt from the `deny_unmatched_requests` feature. Requests to a subdomain in an exempted zone will block unauthenticated traffic by default if there is a configured Access application and policy that matches the request. */
  deny_unmatched_requests_exempted_zone_names?: Array<string>;
  /** Lock all settings as Read-Only in the Dashboard, regardless of user permission. Updates may only be made via the API or Terraform for this account when enabled. */
  is_ui_read_only?: boolean;
  login_design?: OrganizationLoginDesign;
  /** Configures multi-factor authentication (MFA) settings for an organization. */
  mfa_config?: OrganizationMFAConfig;
  /** Configures PIV key requirements for MFA using hardware security keys. */
  mfa_piv_key_requirements?: OrganizationMFAPIVKeyRequirements;
  /** Determines whether global MFA settings apply to applications by default. The organization must have MFA enabled with at least one authentication method and a session duration configured. Note: 'allowed_authenticators' cannot contain only the infrastructure SSH authenticators ('piv_key' and 'ssh_fido2_key') if the organization has any non-infrastructure applications. */
  mfa_required_for_all_apps?: boolean;
  /** Configures automatic enforcement for inactive service tokens. A service token is inactive if no policy references it, and it has not successfully authenticated with an Access application during the selected inactivity period. This setting applies to every service token in your Zero Trust account. */
  service_token_inactivity?: OrganizationServiceTokenInactivity;
  /** The amount of time that tokens issued for applications will be valid. Must be in the format `300ms` or `2h45m`. Valid time units are: ns, us (or µs), ms, s, m, h. */
  session_duration?: string;
  /** Enables new behaviors for requests made with Access service tokens. Unauthorized requests emit audit logs, and return a 401 or 403 status code in the response instead of redirecting to the login page. Successful requests no longer receive a CF_Authorization cookie in the response. Zero Trust organizations created on or after October 5, 2026 will have this setting enabled by default, and cannot disable it. */
  strict_service_token_auth?: boolean;
  /** A description of the reason why the UI read only field is being toggled. */
  ui_read_only_toggle_reason?: string;
  /** The amount of time a user seat is inactive before it expires. When the user seat exceeds the set time of inactivity, the user is removed as an active seat and no longer counts against your Teams seat count. Minimum value for this setting is 1 month (730h). Must be in the format `300ms` or `2h45m`. Valid time units are: `ns`, `us` (or `µs`), `ms`, `s`, `m`, `h`. */
  user_seat_expiration_inactive_time?: string;
  /** When enabled, unsuccessful WARP authentication requests with a non-HTML Accept header return a 401 response instead of redirecting to the login page. */
  warp_auth_non_browser_401?: boolean;
  /** The amount of time that tokens issued for applications will be valid. Must be in the format `30m` or `2h45m`. Valid time units are: m, h. */
  warp_auth_session_duration?: string;
};
/** Parameters of `zeroTrust.organizations.update`. */
export type OrganizationUpdateParams = AccountOrZoneScope & Organization;
/** Parameters of `zeroTrust.organizations.revokeUsers`. */
export type OrganizationRevokeUsersParams = AccountOrZoneScope & {
  /** When set to `true`, all devices associated with the user will be revoked. */
  query_devices?: boolean;
  /** The email of the user to revoke. */
  email: string;
  /** When set to `true`, all devices associated with the user will be revoked. */
  body_devices?: boolean;
  /** The uuid of the user to revoke. */
  user_uid?: string;
  /** When set to `true`, the user will be required to re-authenticate to WARP for all Gateway policies that enforce a WARP client session duration. When `false`, the user's WARP session will remain active. */
  warp_session_reauth?: boolean;
};
