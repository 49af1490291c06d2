// Code written for Cloudflare SDK's tree-shakable entry. test/types.test.ts compiles it as it is, against
// the SDK, and with 'cloudflare/' replaced by 'zero-trust-client/', against the generated package: in both,
// every line marked as an expected error must be one, and nothing else.
import { createClient } from 'cloudflare/tree-shakable';
import { BaseGroups } from 'cloudflare/resources/zero-trust/access/groups';
import { BaseDEXTests } from 'cloudflare/resources/zero-trust/devices/dex-tests';
import { BaseDevices } from 'cloudflare/resources/zero-trust/devices/devices_';
import { IPProfiles } from 'cloudflare/resources/zero-trust/devices/ip-profiles';
import { BaseSCIM } from 'cloudflare/resources/zero-trust/identity-providers/scim';
import { Groups as SCIMGroups } from 'cloudflare/resources/zero-trust/identity-providers/scim/groups';
import { BaseDOH } from 'cloudflare/resources/zero-trust/organizations/doh';

const client = createClient({
  apiToken: 'token',
  maxRetries: 1,
  resources: [BaseGroups, BaseDEXTests, BaseDevices, IPProfiles, BaseSCIM, SCIMGroups, BaseDOH],
});

export async function calls(account_id: string): Promise<string[]> {
  const { access, devices, identityProviders, organizations } = client.zeroTrust;
  const created = await access.groups.create({ account_id, name: 'Devs', include: [{ everyone: {} }] });
  const names: string[] = [created.name ?? ''];
  for await (const group of access.groups.list({ account_id })) names.push(group.name ?? '');
  const page = await access.groups.list({ account_id });
  names.push(...page.result.map((group) => group.id ?? ''));
  for await (const test of devices.dexTests.list({ account_id })) names.push(test.name);
  for await (const device of devices.devices.list({ account_id })) names.push(device.id);
  for await (const profile of devices.ipProfiles.list({ account_id })) names.push(profile.name);
  for await (const group of identityProviders.scim.groups.list('idp', { account_id })) names.push(group.id ?? '');
  names.push(String((await organizations.doh.get({ account_id })).id));
  await client.zeroTrust.access.groups.delete(created.id ?? '', { account_id });
  return names;
}

export function notGiven(account_id: string): void {
  // @ts-expect-error applications were not given to createClient
  void client.zeroTrust.access.applications.list({ account_id });
  // @ts-expect-error nor was the devices folder's own class: its list is not there
  void client.zeroTrust.devices.list({ account_id });
  // @ts-expect-error a resource is a class with a _key, not any object
  createClient({ apiToken: 'token', resources: [{}] });
}
