/**
 * The generated package, imported by name, calling all five Access group methods against a
 * real HTTP server on 127.0.0.1 that answers with Cloudflare envelopes.
 */
import Cloudflare, { NotFoundError, type GroupListResponse } from 'zero-trust-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { envelope, failed, startServer, type TestServer } from '../helpers/http-server.js';

const TOKEN = 'smoke-token-0123456789';
const GROUP: GroupListResponse = {
  id: 'a2a4c1b4-7e1f-4a6c-9b3e-2d5c8f9e0a11',
  name: 'Devs',
  include: [{ email: { email: 'a@example.com' } }],
  exclude: [],
  require: [{ everyone: {} }],
  created_at: '2026-11-01T10:00:00Z',
  updated_at: '2026-11-02T10:00:00Z',
};
const PAGE_INFO = { page: 1, per_page: 20, count: 1, total_count: 1, total_pages: 1 };

let server: TestServer;
let client: Cloudflare;
beforeAll(async () => {
  server = await startServer();
  client = new Cloudflare({ apiToken: TOKEN, baseURL: `${server.url}/client/v4`, maxRetries: 0 });
});
afterAll(() => server.close());
beforeEach(() => void server.requests.splice(0));

const lastRequest = () => {
  const r = server.requests.at(-1)!;
  return {
    method: r.method,
    url: r.url,
    auth: r.headers.authorization,
    contentType: r.headers['content-type'],
    body: r.body ? JSON.parse(r.body) : undefined,
  };
};

describe('client.zeroTrust.access.groups', () => {
  it('list sends GET with the query and returns a page of groups', async () => {
    server.reply({ json: envelope([GROUP], { result_info: PAGE_INFO }) });
    const page = await client.zeroTrust.access.groups.list({ account_id: 'acc 1', name: 'Devs', per_page: 20 });
    expect(lastRequest()).toEqual({
      method: 'GET',
      url: '/client/v4/accounts/acc%201/access/groups?name=Devs&per_page=20',
      auth: `Bearer ${TOKEN}`,
      contentType: undefined,
      body: undefined,
    });
    expect(page.result).toEqual([GROUP]);
    expect(page.result_info).toEqual(PAGE_INFO);
    expect(page.hasNextPage()).toBe(false);
  });

  it('list can be walked with for await', async () => {
    const second = { ...GROUP, id: 'b', name: 'Ops' };
    server.reply(
      { json: envelope([GROUP], { result_info: { ...PAGE_INFO, per_page: 1, total_count: 2, total_pages: 2 } }) },
      {
        json: envelope([second], {
          result_info: { ...PAGE_INFO, page: 2, per_page: 1, total_count: 2, total_pages: 2 },
        }),
      },
    );
    const names: (string | undefined)[] = [];
    for await (const group of client.zeroTrust.access.groups.list({ zone_id: 'z1', per_page: 1 }))
      names.push(group.name);
    expect(names).toEqual(['Devs', 'Ops']);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/client/v4/zones/z1/access/groups?per_page=1',
      '/client/v4/zones/z1/access/groups?page=2&per_page=1',
    ]);
  });

  it('get sends the id in the path and returns the result', async () => {
    server.reply({ json: envelope(GROUP) });
    const group = await client.zeroTrust.access.groups.get(GROUP.id!, { zone_id: 'zone/1' });
    expect(lastRequest()).toMatchObject({
      method: 'GET',
      url: `/client/v4/zones/zone%2F1/access/groups/${GROUP.id}`,
      body: undefined,
    });
    expect(group).toEqual(GROUP);
  });

  it('create sends the body without the scope and returns the new group', async () => {
    server.reply({ json: envelope(GROUP) });
    const group = await client.zeroTrust.access.groups.create({
      account_id: 'acc',
      name: 'Devs',
      include: [{ email: { email: 'a@example.com' } }],
    });
    expect(lastRequest()).toEqual({
      method: 'POST',
      url: '/client/v4/accounts/acc/access/groups',
      auth: `Bearer ${TOKEN}`,
      contentType: 'application/json',
      body: { name: 'Devs', include: [{ email: { email: 'a@example.com' } }] },
    });
    expect(group.id).toBe(GROUP.id);
  });

  it('update sends PUT with the full body', async () => {
    server.reply({ json: envelope({ ...GROUP, name: 'Developers' }) });
    const group = await client.zeroTrust.access.groups.update('g1', {
      account_id: 'acc',
      name: 'Developers',
      include: [{ everyone: {} }],
      is_default: false,
    });
    expect(lastRequest()).toMatchObject({
      method: 'PUT',
      url: '/client/v4/accounts/acc/access/groups/g1',
      body: { name: 'Developers', include: [{ everyone: {} }], is_default: false },
    });
    expect(group.name).toBe('Developers');
  });

  it('delete sends DELETE and returns the id', async () => {
    server.reply({ json: envelope({ id: 'g1' }) });
    expect(await client.zeroTrust.access.groups.delete('g1', { account_id: 'acc' })).toEqual({ id: 'g1' });
    expect(lastRequest()).toMatchObject({
      method: 'DELETE',
      url: '/client/v4/accounts/acc/access/groups/g1',
      body: undefined,
    });
  });

  it('turns a Cloudflare error body into a typed error', async () => {
    server.reply(failed(404, 7003, 'Could not route to /accounts/acc/access/groups/nope'));
    const error = await client.zeroTrust.access.groups.get('nope', { account_id: 'acc' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      errors: [{ code: 7003, message: 'Could not route to /accounts/acc/access/groups/nope' }],
    });
    expect(String(error)).not.toContain(TOKEN);
  });
});
