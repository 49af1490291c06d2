// The consumer type-checked by the benchmark (part 3) against Cloudflare's SDK; typecheck-ours.ts is the same code against ours.
import Cloudflare from 'cloudflare';

const account_id = '023e105f4ecef8ad9ca31a8372d0c353';

export async function useGroupsAndApplications(apiToken: string): Promise<string[]> {
  const client = new Cloudflare({ apiToken });
  const names: string[] = [];
  for await (const group of client.zeroTrust.access.groups.list({ account_id })) names.push(group.name ?? '');
  const created = await client.zeroTrust.access.groups.create({
    account_id,
    name: 'Devs',
    include: [{ email: { email: 'dev@example.com' } }, { email_domain: { domain: 'example.com' } }],
    exclude: [{ ip: { ip: '192.0.2.0/24' } }],
  });
  const fetched = await client.zeroTrust.access.groups.get(created.id ?? '', { account_id });
  names.push(fetched.name ?? '');
  const app = await client.zeroTrust.access.applications.create({
    account_id,
    type: 'self_hosted',
    name: 'Admin',
    domain: 'test.example.com/admin',
    session_duration: '24h',
  });
  names.push(app.id ?? '');
  const page = await client.zeroTrust.access.applications.list({ account_id });
  for (const application of page.result) names.push(application.id ?? '');
  return names;
}
