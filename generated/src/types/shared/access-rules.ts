// Generated from the YAML spec by `npm run generate`. Do not edit.
export type AccessRule =
  | GroupRule
  | AnyValidServiceTokenRule
  | AccessAuthContextRule
  | AuthenticationMethodRule
  | AzureGroupRule
  | CertificateRule
  | AccessCommonNameRule
  | CountryRule
  | AccessDevicePostureRule
  | DomainRule
  | EmailListRule
  | EmailRule
  | EveryoneRule
  | ExternalEvaluationRule
  | GitHubOrganizationRule
  | GSuiteGroupRule
  | AccessLoginMethodRule
  | IPListRule
  | IPRule
  | OktaGroupRule
  | SAMLGroupRule
  | AccessOIDCClaimRule
  | ServiceTokenRule
  | AccessLinkedAppTokenRule
  | AccessUserRiskScoreRule
  | AccessCloudflareAccountMemberRule;

/** Matches an Access group. */
export interface GroupRule {
  group: {
    /** The ID of a previously created Access group. */
    id: string;
  };
}

/** Matches any valid Access Service Token */
export interface AnyValidServiceTokenRule {
  /** An empty object which matches on all service tokens. */
  any_valid_service_token: object;
}

/** Matches an Azure Authentication Context. Requires an Azure identity provider. */
export interface AccessAuthContextRule {
  auth_context: {
    /** The ID of an Authentication context. */
    id: string;
    /** The ACID of an Authentication context. */
    ac_id: string;
    /** The ID of your Azure identity provider. */
    identity_provider_id: string;
  };
}

/** Enforce different MFA options */
export interface AuthenticationMethodRule {
  auth_method: {
    auth_method: string;
  };
}

/** Matches an Azure group. Requires an Azure identity provider. */
export interface AzureGroupRule {
  /** Documented as `azure_ad`. */
  azureAD: {
    /** The ID of an Azure group. */
    id: string;
    /** The ID of your Azure identity provider. */
    identity_provider_id: string;
  };
}

/** Matches any valid client certificate. */
export interface CertificateRule {
  certificate: object;
}

/** Matches a specific common name. */
export interface AccessCommonNameRule {
  common_name: {
    /** The common name to match. */
    common_name: string;
  };
}

/** Matches a specific country */
export interface CountryRule {
  geo: {
    /** The country code that should be matched. */
    country_code: string;
  };
}

/** Enforces a device posture rule has run successfully */
export interface AccessDevicePostureRule {
  device_posture: {
    /** The ID of a device posture integration. */
    integration_uid: string;
    /** The ID of the account that owns the device posture integration. */
    account_id?: string;
  };
}

/** Match an entire email domain. */
export interface DomainRule {
  email_domain: {
    /** The email domain to match. */
    domain: string;
  };
}

/** Matches an email address from a list. */
export interface EmailListRule {
  email_list: {
    /** The ID of a previously created email list. */
    id: string;
  };
}

/** Matches a specific email. */
export interface EmailRule {
  email: {
    /**
     * The email of the user.
     *
     * @format email
     */
    email: string;
  };
}

/** Matches everyone. */
export interface EveryoneRule {
  /** An empty object which matches on all users. */
  everyone: object;
}

/** Create Allow or Block policies which evaluate the user based on custom criteria. */
export interface ExternalEvaluationRule {
  external_evaluation: {
    /** The API endpoint containing your business logic. */
    evaluate_url: string;
    /** The API endpoint containing the key that Access uses to verify that the response came from your API. */
    keys_url: string;
  };
}

/** Matches a Github organization. Requires a Github identity provider. */
export interface GitHubOrganizationRule {
  /** Documented as `github_organization`. */
  'github-organization': {
    /** The ID of your Github identity provider. */
    identity_provider_id: string;
    /** The name of the organization. */
    name: string;
    /** The name of the team */
    team?: string;
  };
}

/** Matches a group in Google Workspace. Requires a Google Workspace identity provider. */
export interface GSuiteGroupRule {
  gsuite: {
    /** The email of the Google Workspace group. */
    email: string;
    /** The ID of your Google Workspace identity provider. */
    identity_provider_id: string;
  };
}

/** Matches a specific identity provider id. */
export interface AccessLoginMethodRule {
  login_method: {
    /** The ID of an identity provider. */
    id: string;
  };
}

/** Matches an IP address from a list. */
export interface IPListRule {
  ip_list: {
    /** The ID of a previously created IP list. */
    id: string;
  };
}

/** Matches an IP address block. */
export interface IPRule {
  ip: {
    /** An IPv4 or IPv6 CIDR block. */
    ip: string;
  };
}

/** Matches an Okta group. Requires an Okta identity provider. */
export interface OktaGroupRule {
  okta: {
    /** The ID of your Okta identity provider. */
    identity_provider_id: string;
    /** The name of the Okta group. */
    name: string;
  };
}

/** Matches a SAML group. Requires a SAML identity provider. */
export interface SAMLGroupRule {
  saml: {
    /** The name of the SAML attribute. */
    attribute_name: string;
    /** The SAML attribute value to look for. */
    attribute_value: string;
    /** The ID of your SAML identity provider. */
    identity_provider_id: string;
  };
}

/** Matches an OIDC claim. Requires an OIDC identity provider. */
export interface AccessOIDCClaimRule {
  oidc: {
    /** The name of the OIDC claim. */
    claim_name: string;
    /** The OIDC claim value to look for. */
    claim_value: string;
    /** The ID of your OIDC identity provider. */
    identity_provider_id: string;
  };
}

/** Matches a specific Access Service Token */
export interface ServiceTokenRule {
  service_token: {
    /** The ID of a Service Token. */
    token_id: string;
  };
}

/** Matches OAuth 2.0 access tokens issued by the specified Access OIDC SaaS application. Only compatible with non_identity and bypass decisions. */
export interface AccessLinkedAppTokenRule {
  linked_app_token: {
    /** The ID of an Access OIDC SaaS application */
    app_uid: string;
  };
}

/** Matches a user’s risk score. */
export interface AccessUserRiskScoreRule {
  user_risk_score: {
    /** A list of risk score levels to match. Values can be low, medium, high, or unscored. */
    user_risk_score: Array<'low' | 'medium' | 'high' | 'unscored'>;
  };
}

/** Matches users who are members of a specific Cloudflare account. Requires a Cloudflare identity provider. */
export interface AccessCloudflareAccountMemberRule {
  cloudflare_account_member: {
    /** Identifier. */
    account_id?: string;
  };
}
