import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloudflareError, InvalidParameterError, type Endpoint } from '../../generator/runtime/index.js';
import { groups, TestClient } from './fixtures.js';
import { envelope, startServer, type TestServer } from '../helpers/http-server.js';

let server: TestServer;
let client: TestClient;
const scope = { account_id: 'acc' };

beforeEach(async () => {
  server = await startServer();
  server.fallback = () => ({ json: envelope({ id: 'g' }) });
  client = new TestClient({ baseURL: server.url });
});

afterEach(async () => {
  await client.close();
  await server.close();
});

/** The call must fail with an InvalidParameterError, with this message, before any request is sent. */
async function expectRefused(call: () => PromiseLike<unknown>, message: string, parameter: string): Promise<void> {
  const error = await Promise.resolve(call()).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidParameterError);
  expect(error).toBeInstanceOf(CloudflareError);
  expect((error as Error).message).toBe(message);
  expect((error as InvalidParameterError).parameter).toBe(parameter);
  expect(server.requests).toHaveLength(0);
}

const SURROGATE = 'contains a lone surrogate (half of a UTF-16 pair), which a URL cannot carry.';

describe('path parameters', () => {
  it('a lone surrogate in an id is an InvalidParameterError, not a URIError', async () => {
    await expectRefused(
      () => client.request(groups.get, ['gr\ud800oup'], scope),
      `zeroTrust.access.groups.get: group_id (argument 1) ${SURROGATE}`,
      'group_id (argument 1)',
    );
  });

  it('a lone surrogate in the account id names account_id', async () => {
    await expectRefused(
      () => client.request(groups.get, ['g'], { account_id: '\udc00' }),
      `zeroTrust.access.groups.get: account_id ${SURROGATE}`,
      'account_id',
    );
  });

  it('a whole surrogate pair is sent, percent-encoded', async () => {
    await client.request(groups.get, ['😀'], scope);
    expect(server.requests[0]!.url).toBe('/accounts/acc/access/groups/%F0%9F%98%80');
  });
});

describe('query parameters', () => {
  it('a lone surrogate is refused rather than sent as U+FFFD', async () => {
    await expectRefused(
      () => client.requestPage(groups.list, [], { ...scope, name: 'a\ud800' }),
      `zeroTrust.access.groups.list: query parameter name ${SURROGATE}`,
      'query parameter name',
    );
  });

  it('an object that contains itself is an InvalidParameterError, not a RangeError', async () => {
    const filter: Record<string, unknown> = { a: 1 };
    filter['self'] = filter;
    await expectRefused(
      () => client.requestPage(groups.list, [], { ...scope, name: filter }),
      'zeroTrust.access.groups.list: query parameter name.self contains itself (a cycle).',
      'query parameter name.self',
    );
    const list: unknown[] = ['x'];
    list.push(list);
    await expectRefused(
      () => client.requestPage(groups.list, [], { ...scope, name: list }),
      'zeroTrust.access.groups.list: query parameter name contains itself (a cycle).',
      'query parameter name',
    );
  });

  it('nesting deeper than 16 levels is refused', async () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 20; i++) deep = { d: deep };
    await expect(client.requestPage(groups.list, [], { ...scope, name: deep })).rejects.toThrow(
      /query parameter name(\.d){16} is nested more than 16 levels deep\.$/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('NaN, Infinity and an invalid Date are refused', async () => {
    await expectRefused(
      () => client.requestPage(groups.list, [], { ...scope, name: NaN }),
      'zeroTrust.access.groups.list: query parameter name is NaN, not a finite number.',
      'query parameter name',
    );
    await expectRefused(
      () => client.requestPage(groups.list, [], { ...scope, name: [1, -Infinity] }),
      'zeroTrust.access.groups.list: query parameter name is -Infinity, not a finite number.',
      'query parameter name',
    );
    await expectRefused(
      () => client.requestPage(groups.list, [], { ...scope, name: new Date('not a date') }),
      'zeroTrust.access.groups.list: query parameter name is an invalid Date.',
      'query parameter name',
    );
  });
});

describe('JSON bodies', () => {
  const withBodyParam: Endpoint = { ...groups.create, id: 'policies.create', body: { param: 'rule' } };
  const renamed: Endpoint = { ...groups.create, id: 'renamed.create', wireNames: { ruleSet: 'rule_set' } };

  it('a body that contains itself is an InvalidParameterError naming the field, not a TypeError', async () => {
    const rule: Record<string, unknown> = { email: { email: 'a@example.com' } };
    rule['parent'] = { child: rule };
    await expectRefused(
      () => client.request(groups.create, [], { ...scope, name: 'g', include: [rule] }),
      'zeroTrust.access.groups.create: params.include[0].parent.child contains itself (a cycle), which JSON cannot carry.',
      'params.include[0].parent.child',
    );
  });

  it('a BigInt is an InvalidParameterError naming the field', async () => {
    await expectRefused(
      () => client.request(groups.create, [], { ...scope, name: 'g', 'session-duration': 10n }),
      'zeroTrust.access.groups.create: params["session-duration"] is a BigInt, which JSON cannot carry: pass a number or a string.',
      'params["session-duration"]',
    );
  });

  it('NaN and Infinity, which JSON would send as null, are refused', async () => {
    await expectRefused(
      () => client.request(groups.create, [], { ...scope, name: 'g', weights: [1, NaN] }),
      'zeroTrust.access.groups.create: params.weights[1] is NaN, which JSON would send as null.',
      'params.weights[1]',
    );
    await expectRefused(
      () => client.request(withBodyParam, [], { ...scope, rule: { max: Infinity } }),
      'policies.create: params.rule.max is Infinity, which JSON would send as null.',
      'params.rule.max',
    );
  });

  it('names the params key, not the name the API spells', async () => {
    await expectRefused(
      () => client.request(renamed, [], { ...scope, ruleSet: { n: 1n } }),
      'renamed.create: params.ruleSet.n is a BigInt, which JSON cannot carry: pass a number or a string.',
      'params.ruleSet.n',
    );
  });

  it('a toJSON that throws is an InvalidParameterError with the error as its cause', async () => {
    const broken = new Error('toJSON failed');
    const value = {
      toJSON() {
        throw broken;
      },
    };
    const error = await client.request(groups.create, [], { ...scope, name: value }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as Error).message).toBe(
      'zeroTrust.access.groups.create: params cannot be written as JSON: toJSON failed.',
    );
    expect((error as Error).cause).toBe(broken);
    expect(server.requests).toHaveLength(0);
  });

  it('params whose getter throws are an InvalidParameterError with the error as its cause', async () => {
    const broken = new TypeError('getter failed');
    const params = {
      account_id: 'acc',
      get name(): string {
        throw broken;
      },
    };
    for (const endpoint of [groups.create, groups.list]) {
      const error = await client.request(endpoint, [], params).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as Error).message).toBe(`${endpoint.id}: params could not be read: getter failed.`);
      expect((error as Error).cause).toBe(broken);
    }
    expect(() => client.requestPage(groups.list, [], params)).toThrow(
      'zeroTrust.access.groups.list: params could not be read: getter failed.',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('nulls, dates and nested values are sent as they are', async () => {
    const when = new Date('2026-01-02T03:04:05.000Z');
    await client.request(groups.create, [], { ...scope, name: null, at: when, include: [{ n: 1.5 }] });
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      name: null,
      at: '2026-01-02T03:04:05.000Z',
      include: [{ n: 1.5 }],
    });
  });
});
