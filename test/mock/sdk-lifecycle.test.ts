/**
 * Cloudflare's published TypeScript SDK against the generated mock server: an Access group, an
 * application and an identity provider each go through create, get, a `for await` list,
 * update, delete, and get -> 404, as they would against the real API.
 */
import Cloudflare from 'cloudflare';
import { startMockServer, type MockServer } from 'zero-trust-client/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const account_id = '023e105f4ecef8ad9ca31a8372d0c353';

let mock: MockServer;
let sdk: Cloudflare;
beforeAll(async () => {
  mock = await startMockServer();
  sdk = new Cloudflare({ apiToken: 'sdk-token', baseURL: mock.url, maxRetries: 0 });
});
afterAll(() => mock.close());

interface Lifecycle<T extends { id?: string }> {
  create(): Promise<T>;
  get(id: string): Promise<T>;
  list(): AsyncIterable<T>;
  update(id: string): Promise<T>;
  delete(id: string): Promise<unknown>;
}

async function runLifecycle<T extends { id?: string }>(calls: Lifecycle<T>, updated: Partial<T>) {
  const created = await calls.create();
  const id = created.id!;
  expect(id).toMatch(/^[0-9a-f]{32}$/);
  expect(await calls.get(id)).toEqual(created);

  const listed: T[] = [];
  for await (const item of calls.list()) listed.push(item);
  expect(listed.map((item) => item.id)).toContain(id);

  const after = await calls.update(id);
  expect(after).toMatchObject({ id, ...updated });
  expect(await calls.get(id)).toEqual(after);

  await calls.delete(id);
  const error = await calls.get(id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Cloudflare.NotFoundError);
  expect((error as InstanceType<typeof Cloudflare.NotFoundError>).status).toBe(404);
  expect(JSON.stringify((error as { errors: unknown }).errors)).toContain(id);
}

describe("Cloudflare's SDK against the mock server", () => {
  it('an Access group: create, get, list, update, delete, get -> 404', async () => {
    const groups = sdk.zeroTrust.access.groups;
    await runLifecycle(
      {
        create: () => groups.create({ account_id, name: 'Devs', include: [{ email: { email: 'dev@example.com' } }] }),
        get: (id) => groups.get(id, { account_id }),
        list: () => groups.list({ account_id }),
        update: (id) =>
          groups.update(id, { account_id, name: 'Developers', include: [{ email_domain: { domain: 'example.com' } }] }),
        delete: (id) => groups.delete(id, { account_id }),
      },
      { name: 'Developers', include: [{ email_domain: { domain: 'example.com' } }] },
    );
  });

  it('an Access application: create, get, list, update, delete, get -> 404', async () => {
    const apps = sdk.zeroTrust.access.applications;
    await runLifecycle(
      {
        create: () =>
          apps.create({ account_id, type: 'self_hosted', name: 'Wiki', domain: 'wiki.example.com' }) as Promise<{
            id?: string;
          }>,
        get: (id) => apps.get(id, { account_id }) as Promise<{ id?: string }>,
        list: () => apps.list({ account_id }) as AsyncIterable<{ id?: string }>,
        update: (id) =>
          apps.update(id, {
            account_id,
            type: 'self_hosted',
            name: 'Team wiki',
            domain: 'wiki.example.com',
          }) as Promise<{ id?: string }>,
        delete: (id) => apps.delete(id, { account_id }),
      },
      { name: 'Team wiki' } as Partial<{ id?: string }>,
    );
  });

  it('an identity provider: create, get, list, update, delete, get -> 404', async () => {
    const providers = sdk.zeroTrust.identityProviders;
    await runLifecycle(
      {
        create: () =>
          providers.create({
            account_id,
            name: 'GitHub',
            type: 'github',
            config: { client_id: 'client-id', client_secret: 'client-secret' },
          }),
        get: (id) => providers.get(id, { account_id }),
        list: () => providers.list({ account_id }),
        update: (id) =>
          providers.update(id, {
            account_id,
            name: 'GitHub (staff)',
            type: 'github',
            config: { client_id: 'client-id', client_secret: 'client-secret' },
          }),
        delete: (id) => providers.delete(id, { account_id }),
      },
      { name: 'GitHub (staff)' },
    );
  });

  it('a body the spec rejects gets a 400 naming the field', async () => {
    const error = await sdk.zeroTrust.access.groups
      .create({ account_id, name: 42 as unknown as string, include: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Cloudflare.BadRequestError);
    expect(JSON.stringify((error as { errors: unknown }).errors)).toMatch(/"name: Invalid input: expected string/);
  });
});
