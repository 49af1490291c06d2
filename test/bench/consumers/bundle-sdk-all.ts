// Bundle-size consumer (part 4): one call on every resource of client.zeroTrust, through Cloudflare's SDK.
import Cloudflare from 'cloudflare';

export function touchEveryResource(
  apiToken: string,
  account_id: string,
  zone_id: string,
  id: string,
): Promise<unknown[]> {
  const zt = new Cloudflare({ apiToken }).zeroTrust;
  const { devices, identityProviders, organizations } = zt;
  const { policies } = devices;
  return Promise.all([
    zt.access.applications.list({ account_id }),
    zt.access.groups.list({ account_id }),
    devices.list({ account_id }),
    devices.deploymentGroups.list({ account_id }),
    devices.devices.list({ account_id }),
    devices.dexTests.list({ account_id }),
    devices.fleetStatus.get(id, { account_id, since_minutes: 10 }),
    devices.ipProfiles.list({ account_id }),
    devices.networks.list({ account_id }),
    devices.overrideCodes.get(id, { account_id }),
    policies.custom.list({ account_id }),
    policies.custom.excludes.get(id, { account_id }),
    policies.custom.fallbackDomains.get(id, { account_id }),
    policies.custom.includes.get(id, { account_id }),
    policies.default.get({ account_id }),
    policies.default.certificates.get({ zone_id }),
    policies.default.excludes.get({ account_id }),
    policies.default.fallbackDomains.get({ account_id }),
    policies.default.includes.get({ account_id }),
    devices.posture.list({ account_id }),
    devices.posture.integrations.list({ account_id }),
    devices.registrations.list({ account_id }),
    devices.resilience.globalWARPOverride.get({ account_id }),
    devices.revoke.create({ account_id, body: [id] }),
    devices.settings.get({ account_id }),
    devices.unrevoke.create({ account_id, body: [id] }),
    identityProviders.list({ account_id }),
    identityProviders.scim.groups.list(id, { account_id }),
    identityProviders.scim.users.list(id, { account_id }),
    organizations.list({ account_id }),
    organizations.doh.get({ account_id }),
  ]);
}
