// Compiled by test/types.test.ts: a consumer using every resource family. Every @ts-expect-error
// line must be an error, and nothing else.
import Cloudflare, {
  type Application,
  type ApplicationCreateParams,
  type DevicePostureRule,
  type IdentityProvider,
} from 'zero-trust-client';

const client = new Cloudflare({ apiToken: 'token' });
const zt = client.zeroTrust;

export async function applications(): Promise<void> {
  const selfHosted: ApplicationCreateParams = {
    account_id: 'a',
    type: 'self_hosted',
    domain: 'app.example.com',
    session_duration: '24h',
  };
  const app = await zt.access.applications.create(selfHosted);
  if (app.type === 'self_hosted') {
    const domain: string = app.domain;
    void domain;
  }
  await zt.access.applications.create({ zone_id: 'z', type: 'saas', saas_app: { auth_type: 'oidc', client_id: 'c' } });
  // @ts-expect-error a self-hosted application needs its domain
  await zt.access.applications.create({ account_id: 'a', type: 'self_hosted' });
  // @ts-expect-error saas_app belongs to SaaS applications, not bookmarks
  await zt.access.applications.create({ account_id: 'a', type: 'bookmark', saas_app: { auth_type: 'oidc' } });
  // @ts-expect-error no such application type
  await zt.access.applications.create({ account_id: 'a', type: 'teleport', domain: 'x' });
  // @ts-expect-error id is returned by the API, never sent
  await zt.access.applications.update('app', { account_id: 'a', type: 'warp', id: 'x' });
  for await (const listed of zt.access.applications.list({ account_id: 'a', per_page: 50 })) {
    const narrowed: Application = listed;
    void narrowed;
  }
}

export async function identityProviders(): Promise<void> {
  const idp: IdentityProvider = await zt.identityProviders.get('idp', { account_id: 'a' });
  if (idp.type === 'okta') {
    const account: string | undefined = idp.config.okta_account;
    void account;
  }
  await zt.identityProviders.scim.users.list('idp', { account_id: 'a' });
  // @ts-expect-error SCIM lists are per account, not per zone
  await zt.identityProviders.scim.groups.list('idp', { zone_id: 'z' });
}

export async function devices(): Promise<void> {
  for await (const device of zt.devices.devices.list({ account_id: 'a', per_page: 10 })) void device.id;
  await zt.devices.registrations.bulkDelete({ account_id: 'a', id: ['r1', 'r2'] });
  await zt.devices.policies.default.excludes.update({ account_id: 'a', body: [{ address: '10.0.0.0/8' }] });
  await zt.devices.policies.custom.fallbackDomains.get('policy', { account_id: 'a' });
  await zt.devices.policies.default.certificates.get({ zone_id: 'z' });
  const rule: DevicePostureRule | null = await zt.devices.posture.get('rule', { account_id: 'a' });
  void rule;
  await zt.devices.settings.edit({ account_id: 'a', gateway_proxy_enabled: true });
  // @ts-expect-error device settings are per account
  await zt.devices.settings.get({ zone_id: 'z' });
}

export async function organizations(): Promise<void> {
  await zt.organizations.list({ account_id: 'a' });
  await zt.organizations.doh.get({ account_id: 'a' });
  // The SDK's names for the two "devices" the API reads, one from the query, one from the body.
  await zt.organizations.revokeUsers({
    account_id: 'a',
    email: 'u@example.com',
    query_devices: true,
    body_devices: true,
  });
  // @ts-expect-error revokeUsers needs the user's email
  await zt.organizations.revokeUsers({ account_id: 'a' });
}
