/**
 * The mock server's own behaviour, over HTTP on 127.0.0.1: validation, pagination, errors,
 * auth, state per account, state files, injected faults and the command line.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Cloudflare, {
  APIConnectionError,
  APIConnectionTimeoutError,
  BadRequestError,
  InternalServerError,
  RateLimitError,
} from 'zero-trust-client';
import { startMockServer, type MockServer } from 'zero-trust-client/mock';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH, controlUrl, mockStarter, MockProcess, send } from '../helpers/mock.js';

const account_id = 'acc-1';

const start = mockStarter();

/** A call to the API, below the mock's base URL. */
const call = (mock: MockServer, method: string, pathname: string, body?: unknown, headers = AUTH) =>
  send(`${mock.url}${pathname}`, method, body, headers);

/** A call to the mock's control endpoints (/__mock/...). */
const control = (mock: MockServer, method: string, pathname: string, body?: unknown) =>
  send(controlUrl(mock.url, pathname), method, body);

const newGroup = (name: string) => ({ name, include: [{ everyone: {} }] });

describe('requests', () => {
  it('a bad body gets a 400 with Cloudflare errors naming each field', async () => {
    const { mock, client } = await start();
    const answer = await call(mock, 'POST', `/accounts/${account_id}/access/groups`, { name: 7, include: 'all' });
    expect(answer.status).toBe(400);
    expect(answer.json.success).toBe(false);
    expect(answer.json.errors).toEqual([
      expect.objectContaining({
        code: 10001,
        message: expect.stringMatching(/^include: .*expected array/),
        source: { pointer: '/include' },
      }),
      expect.objectContaining({
        code: 10001,
        message: expect.stringMatching(/^name: .*expected string/),
        source: { pointer: '/name' },
      }),
    ]);
    const error = await client.zeroTrust.access.groups
      .create({ account_id, name: 'ok', include: [{ email: { email: 42 as unknown as string } }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).errors[0]!.message).toMatch(/^include\[0\]: /);
  });

  it('a body that is not JSON gets a 400', async () => {
    const { mock } = await start();
    const response = await request(`${mock.url}/accounts/${account_id}/access/groups`, {
      method: 'POST',
      headers: AUTH,
      body: '{"name":',
    });
    expect(response.statusCode).toBe(400);
    expect(((await response.body.json()) as any).errors[0].message).toMatch(/not valid JSON/);
  });

  it('unknown paths get 404 and known paths with another method 405, with error bodies', async () => {
    const { mock } = await start();
    const unknown = await call(mock, 'GET', `/accounts/${account_id}/nothing-here`);
    expect([unknown.status, unknown.json.errors[0].code]).toEqual([404, 7000]);
    const wrongMethod = await call(mock, 'PATCH', `/accounts/${account_id}/access/groups`);
    expect([wrongMethod.status, wrongMethod.json.errors[0].code]).toEqual([405, 7001]);
  });
});

describe('state', () => {
  it('create, get, update, delete, then get is a 404 with code and message', async () => {
    const { mock } = await start();
    const groups = `/accounts/${account_id}/access/groups`;
    const created = (await call(mock, 'POST', groups, newGroup('Devs'))).json.result;
    expect(created).toMatchObject({ name: 'Devs', id: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(created.created_at).toBe(created.updated_at);
    expect((await call(mock, 'GET', `${groups}/${created.id}`)).json.result).toEqual(created);
    const updated = (await call(mock, 'PUT', `${groups}/${created.id}`, newGroup('Developers'))).json.result;
    expect(updated).toMatchObject({ id: created.id, name: 'Developers', created_at: created.created_at });
    expect((await call(mock, 'DELETE', `${groups}/${created.id}`)).json.result).toEqual({ id: created.id });
    const gone = await call(mock, 'GET', `${groups}/${created.id}`);
    expect(gone.status).toBe(404);
    expect(gone.json).toEqual({
      success: false,
      errors: [{ code: 7003, message: `No item with group_id "${created.id}"` }],
      messages: [],
      result: null,
    });
  });

  it('keeps each account and zone apart', async () => {
    const { client } = await start();
    await client.zeroTrust.access.groups.create({ account_id: 'a', ...newGroup('In a') });
    await client.zeroTrust.access.groups.create({ zone_id: 'z', ...newGroup('In zone z') });
    const names = async (scope: { account_id: string } | { zone_id: string }) =>
      (await client.zeroTrust.access.groups.list(scope)).result.map((g) => g.name);
    expect(await names({ account_id: 'a' })).toEqual(['In a']);
    expect(await names({ account_id: 'b' })).toEqual([]);
    expect(await names({ zone_id: 'z' })).toEqual(['In zone z']);
  });

  it('a list filter keeps the items whose field has the value', async () => {
    const { client } = await start();
    for (const name of ['red', 'green', 'red'])
      await client.zeroTrust.access.groups.create({ account_id, ...newGroup(name) });
    const page = await client.zeroTrust.access.groups.list({ account_id, name: 'red' });
    expect(page.result.map((g) => g.name)).toEqual(['red', 'red']);
  });

  it('/__mock/state reads, replaces and clears the state; a bad state changes nothing', async () => {
    const { mock, client } = await start();
    const state = (method: string, body?: unknown) => control(mock, method, '/state', body);
    const groups = `/accounts/${account_id}/access/groups`;
    const put = await state('PUT', { collections: { [groups]: [{ id: 'g1', ...newGroup('Loaded') }] } });
    expect(put.status).toBe(200);
    expect((await client.zeroTrust.access.groups.get('g1', { account_id })).name).toBe('Loaded');
    const bad = await state('PUT', { collections: { [groups]: 'not a list' } });
    expect([bad.status, bad.json.errors[0].message]).toEqual([
      400,
      `collections["${groups}"] must be an array of objects`,
    ]);
    expect((await state('GET')).json).toEqual({
      collections: { [groups]: [{ id: 'g1', ...newGroup('Loaded') }] },
      values: {},
    });
    await state('DELETE');
    expect((await state('GET')).json).toEqual({ collections: {}, values: {} });
  });

  it('settings start as the example, take edits, and go back on delete', async () => {
    const { client } = await start();
    const settings = client.zeroTrust.devices.settings;
    const first = await settings.get({ account_id });
    const edited = await settings.edit({ account_id, gateway_proxy_enabled: false });
    expect(edited).toEqual({ ...first, gateway_proxy_enabled: false });
    expect(await settings.get({ account_id })).toEqual(edited);
    expect(await settings.delete({ account_id })).toEqual(first);
  });
});

describe('pagination', () => {
  it('page style: 45 groups come back over 3 pages, each once', async () => {
    const lines: string[] = [];
    const { client } = await start({ log: (line) => lines.push(line) });
    const ids = new Set<string>();
    for (let i = 0; i < 45; i++) {
      ids.add((await client.zeroTrust.access.groups.create({ account_id, ...newGroup(`g${i}`) })).id!);
    }
    const first = await client.zeroTrust.access.groups.list({ account_id, per_page: 20 });
    expect(first.result_info).toEqual({ page: 1, per_page: 20, count: 20, total_count: 45, total_pages: 3 });
    const seen: string[] = [];
    for await (const group of client.zeroTrust.access.groups.list({ account_id, per_page: 20 })) seen.push(group.id!);
    expect(seen).toHaveLength(45);
    expect(new Set(seen)).toEqual(ids);
    expect(lines.filter((l) => l.startsWith('GET ') && l.includes('/access/groups?')).slice(1)).toEqual([
      `GET /client/v4/accounts/${account_id}/access/groups?per_page=20 200`,
      `GET /client/v4/accounts/${account_id}/access/groups?page=2&per_page=20 200`,
      `GET /client/v4/accounts/${account_id}/access/groups?page=3&per_page=20 200`,
    ]);
  });

  it('cursor style: 25 seeded registrations come back over 3 pages, each once', async () => {
    const items = Array.from({ length: 25 }, (_, i) => ({
      id: `reg-${i}`,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      key: 'k',
      device: { id: 'd', name: 'laptop' },
      last_seen_at: '2026-01-01T00:00:00Z',
    }));
    const { client } = await start({
      seed: { collections: { [`/accounts/${account_id}/devices/registrations`]: items } },
    });
    const first = await client.zeroTrust.devices.registrations.list({ account_id, per_page: 10 });
    expect(first.result).toHaveLength(10);
    expect(first.result_info.cursor).toEqual(expect.any(String));
    const pages: number[] = [];
    for await (const page of first.iterPages()) pages.push(page.result.length);
    expect(pages).toEqual([10, 10, 5]);
    const seen: string[] = [];
    for await (const registration of client.zeroTrust.devices.registrations.list({ account_id, per_page: 10 })) {
      seen.push(registration.id);
    }
    expect(seen).toEqual(items.map((item) => item.id));
  });
});

describe('auth', () => {
  it('refuses a call without credentials, and any token but the one given', async () => {
    const open = await start();
    expect(
      (await call(open.mock, 'GET', `/accounts/${account_id}/access/groups`, undefined, {} as typeof AUTH)).status,
    ).toBe(401);
    const keyed = await call(open.mock, 'GET', `/accounts/${account_id}/access/groups`, undefined, {
      'x-auth-email': 'me@example.com',
      'x-auth-key': 'key',
    } as unknown as typeof AUTH);
    expect(keyed.status).toBe(200);

    const locked = await start({ token: 'the-token' });
    const wrong = await call(locked.mock, 'GET', `/accounts/${account_id}/access/groups`);
    expect([wrong.status, wrong.json.errors[0].code]).toEqual([403, 10000]);
    const right = await call(locked.mock, 'GET', `/accounts/${account_id}/access/groups`, undefined, {
      authorization: 'Bearer the-token',
    });
    expect(right.status).toBe(200);
  });
});

describe('faults', () => {
  it('x-mock-fault: the first N calls carrying it fail with 429 and Retry-After, then the retry gets through', async () => {
    const lines: string[] = [];
    const { client } = await start({ log: (line) => lines.push(line) }, { maxRetries: 2 });
    const page = await client.zeroTrust.access.groups.list(
      { account_id },
      { headers: { 'x-mock-fault': '429; count=2; retry-after=0' } },
    );
    expect(page.result).toEqual([]);
    expect(lines.map((l) => l.split(' ').at(-1))).toEqual(['429', '429', '200']);

    const { client: once } = await start({}, { maxRetries: 0 });
    const error = await once.zeroTrust.access.groups
      .list({ account_id }, { headers: { 'x-mock-fault': '429; retry-after=7' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers?.get('retry-after')).toBe('7');
  });

  it('the control endpoint arms a fault for the next N matching calls', async () => {
    const { mock, client } = await start();
    const armed = await control(mock, 'POST', '/faults', {
      kind: '500',
      count: 2,
      method: 'GET',
      path: '/access/groups',
    });
    expect(armed.status).toBe(201);
    await client.zeroTrust.devices.settings.get({ account_id }); // not matching: unaffected
    for (let i = 0; i < 2; i++) {
      await expect(client.zeroTrust.access.groups.list({ account_id })).rejects.toBeInstanceOf(InternalServerError);
    }
    await expect(client.zeroTrust.access.groups.list({ account_id })).resolves.toBeDefined();
    expect(mock.faults.list()).toEqual([]);
  });

  it('slow answers and dropped connections', async () => {
    const { mock, client } = await start({}, { timeout: 100 });
    mock.faults.add({ kind: 'slow', delayMs: 400 });
    await expect(client.zeroTrust.access.groups.list({ account_id })).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    mock.faults.add({ kind: 'reset' });
    const error = await client.zeroTrust.access.groups.list({ account_id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(() => mock.faults.add({ kind: 'teapot' })).toThrow(/kind must be/);
  });
});

describe('state files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'mock-state-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('--state keeps the state across restarts, written whole each time', async () => {
    const stateFile = path.join(dir, 'state.json');
    const first = await start({ stateFile });
    const group = await first.client.zeroTrust.access.groups.create({ account_id, ...newGroup('Kept') });
    await first.mock.close();
    const saved = JSON.parse(await readFile(stateFile, 'utf8'));
    expect(saved.collections[`/accounts/${account_id}/access/groups`]).toEqual([group]);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const second = await start({ stateFile });
    expect(await second.client.zeroTrust.access.groups.get(group.id!, { account_id })).toEqual(group);
  });

  it('--seed loads fixtures, giving an id to items that have none', async () => {
    const seed = path.join(dir, 'seed.json');
    await writeFile(
      seed,
      JSON.stringify({ collections: { [`/accounts/${account_id}/access/groups`]: [newGroup('Seeded')] } }),
    );
    const { client } = await start({ seed });
    const [group] = (await client.zeroTrust.access.groups.list({ account_id })).result;
    expect(group).toMatchObject({ name: 'Seeded', id: expect.stringMatching(/^[0-9a-f]{32}$/) });
    await expect(startMockServer({ seed: path.join(dir, 'missing.json') })).rejects.toThrow(
      /cannot read .*missing\.json/,
    );
  });
});

describe('npm run mock', () => {
  it('prints its URL, serves, and stops on SIGTERM', async () => {
    const child = new MockProcess(['--port', '0', '--token', 'secret']);
    const url = await child.url();
    const client = new Cloudflare({ apiToken: 'secret', baseURL: url, maxRetries: 0 });
    expect((await client.zeroTrust.access.groups.list({ account_id })).result).toEqual([]);
    await client.close();
    child.kill('SIGTERM');
    expect((await child.exited).code).toBe(0);
    expect(child.stdout).toMatch(/GET \/client\/v4\/accounts\/acc-1\/access\/groups 200/);
    expect(child.stdout).not.toContain('secret');
  });

  it('a busy port is one clear line and exit code 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const child = new MockProcess(['--port', String(port)]);
      expect((await child.exited).code).toBe(1);
      expect(child.stderr).toBe(
        `mock: port ${port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one)\n`,
      );
      expect(child.stdout).toBe('');
    } finally {
      blocker.close();
    }
  });

  it('exits with 2 and the usage on a bad option', async () => {
    const child = new MockProcess(['--port', 'x']);
    expect((await child.exited).code).toBe(2);
    expect(child.stderr).toMatch(/--port must be a port number/);
  });
});
