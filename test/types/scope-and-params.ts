// Compiled by test/types.test.ts: every @ts-expect-error line must be an error, and nothing else.
import Cloudflare, { type AccessRule, type GroupCreateParams } from 'zero-trust-client';

const client = new Cloudflare({ apiToken: 'token' });
const groups = client.zeroTrust.access.groups;

export async function scope(): Promise<void> {
  await groups.list({ account_id: 'a' });
  await groups.list({ zone_id: 'z', name: 'Devs', page: 2 });
  // @ts-expect-error account_id and zone_id together
  await groups.list({ account_id: 'a', zone_id: 'z' });
  // @ts-expect-error neither account_id nor zone_id
  await groups.list({ name: 'Devs' });
  // @ts-expect-error get needs its params object
  await groups.get('g1');
  // @ts-expect-error delete with both ids
  await groups.delete('g1', { account_id: 'a', zone_id: 'z' });
}

export async function params(): Promise<void> {
  const ok: GroupCreateParams = {
    account_id: 'a',
    name: 'Devs',
    include: [{ email: { email: 'a@example.com' } }, { everyone: {} }],
  };
  await groups.create(ok);
  // @ts-expect-error include is required
  await groups.create({ account_id: 'a', name: 'Devs' });
  // @ts-expect-error no rule has an "address" field
  const rule: AccessRule = { email: { address: 'a@example.com' } };
  // @ts-expect-error the risk score levels are an enum
  const risk: AccessRule = { user_risk_score: { user_risk_score: ['extreme'] } };
  // @ts-expect-error a query parameter of the wrong type
  await groups.list({ account_id: 'a', page: '2' });
  void rule;
  void risk;
}

export async function responses(): Promise<void> {
  const group = await groups.get('g1', { account_id: 'a' });
  const name: string | undefined = group.name;
  // @ts-expect-error fields keep their types
  const wrong: number | undefined = group.name;
  const page = await groups.list({ account_id: 'a' });
  const first: string | undefined = page.result[0]?.id;
  for await (const item of groups.list({ account_id: 'a' })) {
    // @ts-expect-error items are groups
    item.nope;
  }
  const deleted: { id?: string } = await groups.delete('g1', { zone_id: 'z' });
  void [name, wrong, first, deleted];
}
