// Bundle-size consumer (part 4), for browsers: lists and creates Access groups through the tree-shakable entry.
import { BaseGroups } from 'zero-trust-client/resources/zero-trust/access/groups';
import { createClient } from 'zero-trust-client/tree-shakable';

export async function listAndCreateGroups(apiToken: string, account_id: string): Promise<string[]> {
  const client = createClient({ apiToken, resources: [BaseGroups] });
  await client.zeroTrust.access.groups.create({ account_id, name: 'Devs', include: [{ everyone: {} }] });
  const names: string[] = [];
  for await (const group of client.zeroTrust.access.groups.list({ account_id })) names.push(group.name ?? '');
  return names;
}
