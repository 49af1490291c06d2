import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildRequest, CloudflareError, type Endpoint } from '../../generator/runtime/index.js';
import { groups, TestClient } from './fixtures.js';
import { envelope, startServer, type TestServer } from '../helpers/http-server.js';

const policies: Endpoint = {
  id: 'zeroTrust.access.applications.policies.get',
  method: 'GET',
  path: '/accounts/{account_id}/access/apps/{app_id}/policies/{policy_id}',
  pathParams: ['app_id', 'policy_id'],
};

describe('path', () => {
  it('fills {accounts_or_zones} from account_id or zone_id', () => {
    expect(buildRequest(groups.get, ['g1'], { account_id: 'acc' }).path).toBe('/accounts/acc/access/groups/g1');
    expect(buildRequest(groups.get, ['g1'], { zone_id: 'zn' }).path).toBe('/zones/zn/access/groups/g1');
    expect(buildRequest(groups.get, ['g1'], { zone_id: 'zn', account_id: undefined }).path).toBe(
      '/zones/zn/access/groups/g1',
    );
  });

  it('needs exactly one of account_id and zone_id', () => {
    expect(() => buildRequest(groups.get, ['g1'], { account_id: 'a', zone_id: 'z' })).toThrow(
      new CloudflareError('You cannot provide both account_id and zone_id.'),
    );
    expect(() => buildRequest(groups.get, ['g1'], {})).toThrow(
      new CloudflareError('You must provide either account_id or zone_id.'),
    );
    expect(() => buildRequest(groups.get, ['g1'], undefined)).toThrow('You must provide either account_id or zone_id.');
  });

  it('fills {account_id} from params and other placeholders from the positional arguments, in order', () => {
    expect(buildRequest(policies, ['app', 'pol'], { account_id: 'acc' }).path).toBe(
      '/accounts/acc/access/apps/app/policies/pol',
    );
    expect(() => buildRequest(policies, ['app', 'pol'], {})).toThrow(/missing account_id/);
    expect(() => buildRequest(policies, ['app'], { account_id: 'acc' })).toThrow(/missing policy_id \(argument 2\)/);
    expect(() => buildRequest(policies, ['app', ''], { account_id: 'acc' })).toThrow(
      /policy_id \(argument 2\) must be a non-empty string/,
    );
  });

  it('encodes every path parameter', () => {
    const { path } = buildRequest(policies, ['a/b c', '?#%'], { account_id: 'x/../y' });
    expect(path).toBe('/accounts/x%2F..%2Fy/access/apps/a%2Fb%20c/policies/%3F%23%25');
  });

  it('refuses dot segments, which URL parsing would resolve', () => {
    expect(() => buildRequest(groups.get, ['..'], { account_id: 'acc' })).toThrow(CloudflareError);
    expect(() => buildRequest(groups.get, ['g'], { account_id: '.' })).toThrow(CloudflareError);
  });

  it('reports a template placeholder missing from pathParams', () => {
    const broken: Endpoint = { id: 'broken', method: 'GET', path: '/things/{thing_id}' };
    expect(() => buildRequest(broken, ['t'], {})).toThrow(
      'broken: path placeholder {thing_id} is not listed in pathParams.',
    );
  });
});

describe('query and body', () => {
  const search: Endpoint = {
    id: 'search',
    method: 'GET',
    path: '/{accounts_or_zones}/{account_or_zone_id}/search',
    query: ['name', 'tag', 'exact', 'account_id'],
  };

  it('puts query keys in the query string, skipping undefined and repeating arrays', () => {
    const { query, body } = buildRequest(search, [], {
      account_id: 'a',
      name: 'x y',
      tag: ['1', '2'],
      exact: false,
      other: 1,
    });
    expect(query.toString()).toBe('name=x+y&tag=1&tag=2&exact=false');
    expect(body).toBeUndefined();
    expect(buildRequest(search, [], { zone_id: 'z', name: undefined }).query.toString()).toBe('');
  });

  it('sends a nested object with dotted names, and rejects other objects', () => {
    const { query } = buildRequest(search, [], { account_id: 'a', name: { email: 'a@b.c', ids: ['1', '2'] } });
    expect(query.toString()).toBe('name.email=a%40b.c&name.ids=1&name.ids=2');
    expect(() => buildRequest(search, [], { account_id: 'a', name: new Map() })).toThrow(/query parameter name/);
  });

  it('sends a record without a prototype (Object.create(null)) as it sends a plain object', () => {
    const record = Object.assign(Object.create(null) as Record<string, unknown>, { email: 'a@b.c' });
    const { query } = buildRequest(search, [], { account_id: 'a', name: record });
    expect(query.toString()).toBe('name.email=a%40b.c');
  });

  it('sends a parameter under its wire name, in the query and in the body', () => {
    const revoke: Endpoint = {
      ...groups.create,
      query: ['query_devices'],
      wireNames: { query_devices: 'devices', body_devices: 'devices' },
    };
    const { query, body } = buildRequest(revoke, [], {
      account_id: 'a',
      email: 'u@example.com',
      query_devices: true,
      body_devices: false,
    });
    expect(query.toString()).toBe('devices=true');
    expect(body).toEqual({ email: 'u@example.com', devices: false });
  });

  it("body 'params' sends every key that is neither scope nor query", () => {
    const create: Endpoint = { ...groups.create, query: ['validate'] };
    const { query, body } = buildRequest(create, [], {
      account_id: 'a',
      validate: true,
      name: 'n',
      include: [{ everyone: {} }],
    });
    expect(query.toString()).toBe('validate=true');
    expect(body).toEqual({ name: 'n', include: [{ everyone: {} }] });
    expect(buildRequest(create, [], { zone_id: 'z' }).body).toEqual({});
  });

  it('body {param} sends that one param', () => {
    const bulk: Endpoint = { ...groups.create, body: { param: 'body' } };
    expect(buildRequest(bulk, [], { account_id: 'a', body: [1, 2], ignored: true }).body).toEqual([1, 2]);
  });

  it('adds the pagination keys to the query of a paginated endpoint', () => {
    const { query } = buildRequest(groups.list, [], { account_id: 'a', page: 2, per_page: 50, name: 'n' });
    expect(query.toString()).toBe('name=n&page=2&per_page=50');
  });
});

describe('on the wire', () => {
  let server: TestServer;
  let client: TestClient;

  beforeEach(async () => {
    server = await startServer();
    server.fallback = () => ({ json: envelope({}) });
    client = new TestClient({ baseURL: `${server.url}/client/v4` });
  });

  afterEach(async () => {
    await client.close();
    await server.close();
  });

  it('sends encoded paths, the query string and the JSON body', async () => {
    await client.request(groups.get, ['a/b c'], { zone_id: 'z 1' });
    await client.request({ ...groups.update, query: ['force'] }, ['g'], {
      account_id: 'acc',
      force: true,
      name: 'n',
      tags: ['x'],
    });
    await client.request(groups.delete, ['g'], { account_id: 'acc' });
    const [get, put, del] = server.requests;
    expect(get!.url).toBe('/client/v4/zones/z%201/access/groups/a%2Fb%20c');
    expect(get!.body).toBe('');
    expect(put!.url).toBe('/client/v4/accounts/acc/access/groups/g?force=true');
    expect(JSON.parse(put!.body)).toEqual({ name: 'n', tags: ['x'] });
    expect(put!.headers['content-type']).toBe('application/json');
    expect(del!.method).toBe('DELETE');
    expect(del!.body).toBe('');
    expect(del!.headers['content-type']).toBeUndefined();
  });
});
