// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type { LooseScope } from '../../runtime/index.js';
import type {
  Organization,
  OrganizationCreateParams,
  OrganizationCustomPages,
  OrganizationListParams,
  OrganizationListResponse,
  OrganizationLoginDesign,
  OrganizationMFAConfig,
  OrganizationMFAPIVKeyRequirements,
  OrganizationRevokeUsersParams,
  OrganizationRevokeUsersResponse,
  OrganizationServiceTokenInactivity,
  OrganizationUpdateParams,
} from '../../types/organizations/organizations.js';

/** The custom pages Access shows instead of its default ones. */
export const OrganizationCustomPagesSchema: z.ZodType<OrganizationCustomPages> = z.object({
  forbidden: z.string().optional(),
  identity_denied: z.string().optional(),
});
/** The look of your login page. */
export const OrganizationLoginDesignSchema: z.ZodType<OrganizationLoginDesign> = z.object({
  background_color: z.string().optional(),
  footer_text: z.string().optional(),
  header_text: z.string().optional(),
  logo_path: z.string().optional(),
  text_color: z.string().optional(),
});
/** Configures multi-factor authentication (MFA) settings for an organization. */
export const OrganizationMFAConfigSchema: z.ZodType<OrganizationMFAConfig> = z.object({
  allowed_authenticators: z
    .array(
      z.enum(['totp', 'biometrics', 'security_key', 'ssh_piv_key', 'piv_key', 'ssh_fido2_key']),
    )
    .optional(),
  amr_matching_session_duration: z.string().optional(),
  required_aaguids: z.string().optional(),
  session_duration: z.string().optional(),
});
/** Configures SSH PIV key requirements for MFA using hardware security keys. */
export const OrganizationMFAPIVKeyRequirementsSchema: z.ZodType<OrganizationMFAPIVKeyRequirements> =
  z.object({
    pin_policy: z.enum(['never', 'once', 'always']).optional(),
    require_fips_device: z.boolean().optional(),
    ssh_key_size: z
      .array(
        z.union([
          z.literal(256),
          z.literal(384),
          z.literal(521),
          z.literal(2048),
          z.literal(3072),
          z.literal(4096),
        ]),
      )
      .optional(),
    ssh_key_type: z.array(z.enum(['ecdsa', 'ed25519', 'rsa'])).optional(),
    touch_policy: z.enum(['never', 'always', 'cached']).optional(),
  });
/** Configures automatic enforcement for inactive service tokens. A service token is inactive if no policy references it, and it has not successfully authenticated with an Access application during the selected inactivity period. */
export const OrganizationServiceTokenInactivitySchema: z.ZodType<OrganizationServiceTokenInactivity> =
  z.object({
    action: z.enum(['disable', 'delete']),
    enabled: z.boolean(),
    inactivity_threshold_days: z.number(),
  });
/** The configuration of a Zero Trust organization. */
export const OrganizationSchema: z.ZodType<Organization> = z.object({
  allow_authenticate_via_warp: z.boolean().optional(),
  auth_domain: z.string().optional(),
  auto_redirect_to_identity: z.boolean().optional(),
  custom_pages: OrganizationCustomPagesSchema.optional(),
  deny_unmatched_requests: z.boolean().optional(),
  deny_unmatched_requests_exempted_zone_names: z.array(z.string()).optional(),
  is_ui_read_only: z.boolean().optional(),
  login_design: OrganizationLoginDesignSchema.optional(),
  mfa_config: OrganizationMFAConfigSchema.optional(),
  mfa_piv_key_requirements: OrganizationMFAPIVKeyRequirementsSchema.optional(),
  mfa_required_for_all_apps: z.boolean().optional(),
  mfa_ssh_piv_key_requirements: OrganizationMFAPIVKeyRequirementsSchema.optional(),
  name: z.string().optional(),
  service_token_inactivity: OrganizationServiceTokenInactivitySchema.optional(),
  session_duration: z.string().optional(),
  strict_service_token_auth: z.boolean().optional(),
  ui_read_only_toggle_reason: z.string().optional(),
  user_seat_expiration_inactive_time: z.string().optional(),
  warp_auth_non_browser_401: z.boolean().optional(),
  warp_auth_session_duration: z.string().optional(),
});
/** The configuration of your Zero Trust organization, as returned by the list call. */
export const OrganizationListResponseSchema: z.ZodType<OrganizationListResponse> = z.object({
  allow_authenticate_via_warp: z.boolean().optional(),
  auth_domain: z.string().optional(),
  auto_redirect_to_identity: z.boolean().optional(),
  custom_pages: OrganizationCustomPagesSchema.optional(),
  deny_unmatched_requests: z.boolean().optional(),
  deny_unmatched_requests_exempted_zone_names: z.array(z.string()).optional(),
  is_ui_read_only: z.boolean().optional(),
  login_design: OrganizationLoginDesignSchema.optional(),
  mfa_config: OrganizationMFAConfigSchema.optional(),
  mfa_piv_key_requirements: OrganizationMFAPIVKeyRequirementsSchema.optional(),
  mfa_required_for_all_apps: z.boolean().optional(),
  mfa_ssh_piv_key_requirements: OrganizationMFAPIVKeyRequirementsSchema.optional(),
  name: z.string().optional(),
  service_token_inactivity: OrganizationServiceTokenInactivitySchema.optional(),
  session_duration: z.string().optional(),
  strict_service_token_auth: z.boolean().optional(),
  ui_read_only_toggle_reason: z.string().optional(),
  user_seat_expiration_inactive_time: z.string().optional(),
  warp_auth_non_browser_401: z.boolean().optional(),
  warp_auth_session_duration: z.string().optional(),
  trusted_accounts: z.array(z.string()).optional(),
});
/** Whether the user's access was revoked. */
export const OrganizationRevokeUsersResponseSchema: z.ZodType<OrganizationRevokeUsersResponse> =
  z.boolean();
/** Parameters of `zeroTrust.organizations.list`. */
export const OrganizationListParamsSchema: z.ZodType<LooseScope<OrganizationListParams>> = z.object(
  {
    account_id: z.string().optional(),
    zone_id: z.string().optional(),
  },
);
/** Parameters of `zeroTrust.organizations.create`. */
export const OrganizationCreateParamsSchema: z.ZodType<LooseScope<OrganizationCreateParams>> =
  z.object({
    account_id: z.string().optional(),
    zone_id: z.string().optional(),
    auth_domain: z.string(),
    name: z.string(),
    allow_authenticate_via_warp: z.boolean().optional(),
    auto_redirect_to_identity: z.boolean().optional(),
    deny_unmatched_requests: z.boolean().optional(),
    deny_unmatched_requests_exempted_zone_names: z.array(z.string()).optional(),
    is_ui_read_only: z.boolean().optional(),
    login_design: OrganizationLoginDesignSchema.optional(),
    mfa_config: OrganizationMFAConfigSchema.optional(),
    mfa_piv_key_requirements: OrganizationMFAPIVKeyRequirementsSchema.optional(),
    mfa_required_for_all_apps: z.boolean().optional(),
    service_token_inactivity: OrganizationServiceTokenInactivitySchema.optional(),
    session_duration: z.string().optional(),
    strict_service_token_auth: z.boolean().optional(),
    ui_read_only_toggle_reason: z.string().optional(),
    user_seat_expiration_inactive_time: z.string().optional(),
    warp_auth_non_browser_401: z.boolean().optional(),
    warp_auth_session_duration: z.string().optional(),
  });
/** Parameters of `zeroTrust.organizations.update`. */
export const OrganizationUpdateParamsSchema: z.ZodType<LooseScope<OrganizationUpdateParams>> =
  z.intersection(
    z.object({
      account_id: z.string().optional(),
      zone_id: z.string().optional(),
    }),
    OrganizationSchema,
  );
/** Parameters of `zeroTrust.organizations.revokeUsers`. */
export const OrganizationRevokeUsersParamsSchema: z.ZodType<
  LooseScope<OrganizationRevokeUsersParams>
> = z.object({
  account_id: z.string().optional(),
  zone_id: z.string().optional(),
  query_devices: z.boolean().optional(),
  email: z.string(),
  body_devices: z.boolean().optional(),
  user_uid: z.string().optional(),
  warp_session_reauth: z.boolean().optional(),
});
