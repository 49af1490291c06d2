// Bundle-size consumer (part 4): uses only Access groups, through the SDK's tree-shakable entry with only that resource.
import { createClient } from 'cloudflare/tree-shakable';
import { BaseGroups } from 'cloudflare/resources/zero-trust/access/groups';

export async function listGroupNames(apiToken: string, account_id: string): Promise<string[]> {
  const client = createClient({ apiToken, resources: [BaseGroups] });
  const names: string[] = [];
  for await (const group of client.zeroTrust.access.groups.list({ account_id })) names.push(group.name ?? '');
  return names;
}
