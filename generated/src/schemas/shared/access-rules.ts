// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  AccessAuthContextRule,
  AccessCloudflareAccountMemberRule,
  AccessCommonNameRule,
  AccessDevicePostureRule,
  AccessLinkedAppTokenRule,
  AccessLoginMethodRule,
  AccessOIDCClaimRule,
  AccessRule,
  AccessUserRiskScoreRule,
  AnyValidServiceTokenRule,
  AuthenticationMethodRule,
  AzureGroupRule,
  CertificateRule,
  CountryRule,
  DomainRule,
  EmailListRule,
  EmailRule,
  EveryoneRule,
  ExternalEvaluationRule,
  GSuiteGroupRule,
  GitHubOrganizationRule,
  GroupRule,
  IPListRule,
  IPRule,
  OktaGroupRule,
  SAMLGroupRule,
  ServiceTokenRule,
} from '../../types/shared/access-rules.js';

/** Matches an Access group. */
export const GroupRuleSchema: z.ZodType<GroupRule> = z.object({
  group: z.object({
    id: z.string(),
  }),
});
/** Matches any valid Access Service Token */
export const AnyValidServiceTokenRuleSchema: z.ZodType<AnyValidServiceTokenRule> = z.object({
  any_valid_service_token: z.object({}),
});
/** Matches an Azure Authentication Context. Requires an Azure identity provider. */
export const AccessAuthContextRuleSchema: z.ZodType<AccessAuthContextRule> = z.object({
  auth_context: z.object({
    id: z.string(),
    ac_id: z.string(),
    identity_provider_id: z.string(),
  }),
});
/** Enforce different MFA options */
export const AuthenticationMethodRuleSchema: z.ZodType<AuthenticationMethodRule> = z.object({
  auth_method: z.object({
    auth_method: z.string(),
  }),
});
/** Matches an Azure group. Requires an Azure identity provider. */
export const AzureGroupRuleSchema: z.ZodType<AzureGroupRule> = z.object({
  azureAD: z.object({
    id: z.string(),
    identity_provider_id: z.string(),
  }),
});
/** Matches any valid client certificate. */
export const CertificateRuleSchema: z.ZodType<CertificateRule> = z.object({
  certificate: z.object({}),
});
/** Matches a specific common name. */
export const AccessCommonNameRuleSchema: z.ZodType<AccessCommonNameRule> = z.object({
  common_name: z.object({
    common_name: z.string(),
  }),
});
/** Matches a specific country */
export const CountryRuleSchema: z.ZodType<CountryRule> = z.object({
  geo: z.object({
    country_code: z.string(),
  }),
});
/** Enforces a device posture rule has run successfully */
export const AccessDevicePostureRuleSchema: z.ZodType<AccessDevicePostureRule> = z.object({
  device_posture: z.object({
    integration_uid: z.string(),
    account_id: z.string().optional(),
  }),
});
/** Match an entire email domain. */
export const DomainRuleSchema: z.ZodType<DomainRule> = z.object({
  email_domain: z.object({
    domain: z.string(),
  }),
});
/** Matches an email address from a list. */
export const EmailListRuleSchema: z.ZodType<EmailListRule> = z.object({
  email_list: z.object({
    id: z.string(),
  }),
});
/** Matches a specific email. */
export const EmailRuleSchema: z.ZodType<EmailRule> = z.object({
  email: z.object({
    email: z.email(),
  }),
});
/** Matches everyone. */
export const EveryoneRuleSchema: z.ZodType<EveryoneRule> = z.object({
  everyone: z.object({}),
});
/** Create Allow or Block policies which evaluate the user based on custom criteria. */
export const ExternalEvaluationRuleSchema: z.ZodType<ExternalEvaluationRule> = z.object({
  external_evaluation: z.object({
    evaluate_url: z.string(),
    keys_url: z.string(),
  }),
});
/** Matches a Github organization. Requires a Github identity provider. */
export const GitHubOrganizationRuleSchema: z.ZodType<GitHubOrganizationRule> = z.object({
  'github-organization': z.object({
    identity_provider_id: z.string(),
    name: z.string(),
    team: z.string().optional(),
  }),
});
/** Matches a group in Google Workspace. Requires a Google Workspace identity provider. */
export const GSuiteGroupRuleSchema: z.ZodType<GSuiteGroupRule> = z.object({
  gsuite: z.object({
    email: z.string(),
    identity_provider_id: z.string(),
  }),
});
/** Matches a specific identity provider id. */
export const AccessLoginMethodRuleSchema: z.ZodType<AccessLoginMethodRule> = z.object({
  login_method: z.object({
    id: z.string(),
  }),
});
/** Matches an IP address from a list. */
export const IPListRuleSchema: z.ZodType<IPListRule> = z.object({
  ip_list: z.object({
    id: z.string(),
  }),
});
/** Matches an IP address block. */
export const IPRuleSchema: z.ZodType<IPRule> = z.object({
  ip: z.object({
    ip: z.string(),
  }),
});
/** Matches an Okta group. Requires an Okta identity provider. */
export const OktaGroupRuleSchema: z.ZodType<OktaGroupRule> = z.object({
  okta: z.object({
    identity_provider_id: z.string(),
    name: z.string(),
  }),
});
/** Matches a SAML group. Requires a SAML identity provider. */
export const SAMLGroupRuleSchema: z.ZodType<SAMLGroupRule> = z.object({
  saml: z.object({
    attribute_name: z.string(),
    attribute_value: z.string(),
    identity_provider_id: z.string(),
  }),
});
/** Matches an OIDC claim. Requires an OIDC identity provider. */
export const AccessOIDCClaimRuleSchema: z.ZodType<AccessOIDCClaimRule> = z.object({
  oidc: z.object({
    claim_name: z.string(),
    claim_value: z.string(),
    identity_provider_id: z.string(),
  }),
});
/** Matches a specific Access Service Token */
export const ServiceTokenRuleSchema: z.ZodType<ServiceTokenRule> = z.object({
  service_token: z.object({
    token_id: z.string(),
  }),
});
/** Matches OAuth 2.0 access tokens issued by the specified Access OIDC SaaS application. Only compatible with non_identity and bypass decisions. */
export const AccessLinkedAppTokenRuleSchema: z.ZodType<AccessLinkedAppTokenRule> = z.object({
  linked_app_token: z.object({
    app_uid: z.string(),
  }),
});
/** Matches a user’s risk score. */
export const AccessUserRiskScoreRuleSchema: z.ZodType<AccessUserRiskScoreRule> = z.object({
  user_risk_score: z.object({
    user_risk_score: z.array(z.enum(['low', 'medium', 'high', 'unscored'])),
  }),
});
/** Matches users who are members of a specific Cloudflare account. Requires a Cloudflare identity provider. */
export const AccessCloudflareAccountMemberRuleSchema: z.ZodType<AccessCloudflareAccountMemberRule> =
  z.object({
    cloudflare_account_member: z.object({
      account_id: z.string().optional(),
    }),
  });
export const AccessRuleSchema: z.ZodType<AccessRule> = z.union([
  GroupRuleSchema,
  AnyValidServiceTokenRuleSchema,
  AccessAuthContextRuleSchema,
  AuthenticationMethodRuleSchema,
  AzureGroupRuleSchema,
  CertificateRuleSchema,
  AccessCommonNameRuleSchema,
  CountryRuleSchema,
  AccessDevicePostureRuleSchema,
  DomainRuleSchema,
  EmailListRuleSchema,
  EmailRuleSchema,
  EveryoneRuleSchema,
  ExternalEvaluationRuleSchema,
  GitHubOrganizationRuleSchema,
  GSuiteGroupRuleSchema,
  AccessLoginMethodRuleSchema,
  IPListRuleSchema,
  IPRuleSchema,
  OktaGroupRuleSchema,
  SAMLGroupRuleSchema,
  AccessOIDCClaimRuleSchema,
  ServiceTokenRuleSchema,
  AccessLinkedAppTokenRuleSchema,
  AccessUserRiskScoreRuleSchema,
  AccessCloudflareAccountMemberRuleSchema,
]);
