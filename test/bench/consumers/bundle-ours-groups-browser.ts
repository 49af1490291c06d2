// Bundle-size consumer (part 4), for browsers: lists and creates Access groups.
import Cloudflare from 'zero-trust-client';

export async function listAndCreateGroups(apiToken: string, account_id: string): Promise<string[]> {
  const client = new Cloudflare({ apiToken });
  await client.zeroTrust.access.groups.create({ account_id, name: 'Devs', include: [{ everyone: {} }] });
  const names: string[] = [];
  for await (const group of client.zeroTrust.access.groups.list({ account_id })) names.push(group.name ?? '');
  return names;
}
