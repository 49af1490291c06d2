/** What the benchmark server answers and what the clients send: realistic Access groups and an application. */

export const ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';
export const API_TOKEN = 'bench-token-not-a-secret';
export const GROUPS_PER_PAGE = 20;
export const GROUP_PAGES = 3;

function uuid(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `f174e90a-fafe-4643-bbbc-${hex}`;
}

const RULES: readonly unknown[] = [
  { email_domain: { domain: 'example.com' } },
  { email: { email: 'alice@example.com' } },
  { ip: { ip: '192.0.2.0/24' } },
  { everyone: {} },
  { group: { id: 'aa0a4aab-672b-4bdb-bc33-a59f1130a11f' } },
  { geo: { country_code: 'US' } },
];

function rule(n: number): unknown {
  return RULES[n % RULES.length];
}

/** An Access group as the API returns it, about 250 bytes of JSON. */
export function group(n: number): Record<string, unknown> {
  return {
    id: uuid(n),
    name: `Team ${n}`,
    include: n % 2 === 0 ? [rule(n), rule(n + 1)] : [rule(n)],
    exclude: n % 3 === 0 ? [rule(n + 2)] : [],
    require: n % 4 === 0 ? [rule(n + 3)] : [],
    created_at: '2024-01-01T05:20:00Z',
    updated_at: '2024-06-01T05:20:00Z',
  };
}

/** The envelope of page `page` (from 1) of the group list; pages past the last are empty. */
export function groupsPageBody(page: number): string {
  const start = (page - 1) * GROUPS_PER_PAGE;
  const result =
    page >= 1 && page <= GROUP_PAGES ? Array.from({ length: GROUPS_PER_PAGE }, (_, i) => group(start + i + 1)) : [];
  return JSON.stringify({
    success: true,
    errors: [],
    messages: [],
    result,
    result_info: {
      page,
      per_page: GROUPS_PER_PAGE,
      count: result.length,
      total_count: GROUPS_PER_PAGE * GROUP_PAGES,
      total_pages: GROUP_PAGES,
    },
  });
}

/** A self-hosted application's create body, about 1.5 KB of JSON; valid for the spec's strict validation. */
export const APPLICATION_BODY = {
  type: 'self_hosted',
  name: 'Admin site',
  domain: 'test.example.com/admin',
  self_hosted_domains: ['test.example.com/admin', 'test.anotherexample.com/staff'],
  destinations: [
    { type: 'public', uri: 'test.example.com/admin' },
    { type: 'public', uri: 'test.anotherexample.com/staff' },
  ],
  allowed_idps: ['699d98642c564d2e855e9661899b7252', '7f0cbb1e2a1e4d8b9c6d5e4f3a2b1c0d'],
  app_launcher_visible: true,
  auto_redirect_to_identity: true,
  allow_authenticate_via_warp: true,
  cors_headers: {
    allow_all_headers: true,
    allow_all_methods: true,
    allow_credentials: true,
    allowed_methods: ['GET', 'POST'],
    allowed_origins: ['https://example.com', 'https://admin.example.com'],
    max_age: 3600,
  },
  custom_deny_message:
    'You are not allowed to reach the admin site. Ask the platform team for access in the #platform channel, with the reason.',
  custom_deny_url: 'https://example.com/denied',
  custom_non_identity_deny_url: 'https://example.com/denied-service',
  custom_pages: ['699d98642c564d2e855e9661899b7252'],
  enable_binding_cookie: false,
  http_only_cookie_attribute: true,
  options_preflight_bypass: false,
  path_cookie_attribute: true,
  same_site_cookie_attribute: 'strict',
  service_auth_401_redirect: true,
  session_duration: '24h',
  skip_interstitial: true,
  logo_url: 'https://example.com/logo.png',
  tags: ['engineers', 'admins', 'production'],
  policies: [
    { id: 'f174e90a-fafe-4643-bbbc-4a0ed4fc8415', precedence: 1 },
    { id: '1b2c3d4e-fafe-4643-bbbc-4a0ed4fc8416', precedence: 2 },
  ],
};

/** The envelope the server answers to an application create: the body, with the fields the API adds. */
export function applicationCreatedBody(): string {
  return JSON.stringify({
    success: true,
    errors: [],
    messages: [],
    result: {
      ...APPLICATION_BODY,
      id: 'f174e90a-fafe-4643-bbbc-4a0ed4fc8415',
      aud: '737646a56ab1df6ec9bddc7e5ca84eaf3b0768850f3ffb5d74f1534911fe3893',
      created_at: '2024-01-01T05:20:00.12345Z',
      updated_at: '2024-01-01T05:20:00.12345Z',
      policies: [],
    },
  });
}
