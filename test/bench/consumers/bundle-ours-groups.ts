// Bundle-size consumer (part 4): uses only Access groups.
import Cloudflare from 'zero-trust-client';

export async function listGroupNames(apiToken: string, account_id: string): Promise<string[]> {
  const client = new Cloudflare({ apiToken });
  const names: string[] = [];
  for await (const group of client.zeroTrust.access.groups.list({ account_id })) names.push(group.name ?? '');
  return names;
}
