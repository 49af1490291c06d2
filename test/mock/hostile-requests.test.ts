/**
 * Requests written to break the mock server, sent over HTTP to a real server in this process:
 * names that reach Object.prototype, bodies nested thousands of levels deep, bodies of the wrong
 * shape, ids that are not ids, and bodies over the size limit. Each must be refused or handled,
 * leave the state valid, and leave later requests answering as before.
 */
import { connect } from 'node:net';
import { startMockServer, type MockServer } from 'zero-trust-client/mock';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTH, controlUrl, mockStarter, send } from '../helpers/mock.js';

const start = mockStarter();
const account_id = 'acc-1';
const groups = `/accounts/${account_id}/access/groups`;
const settings = `/accounts/${account_id}/devices/settings`;
const newGroup = (name: string) => ({ name, include: [{ everyone: {} }] });

const call = (
  mock: MockServer,
  method: string,
  pathname: string,
  body?: unknown,
  headers: Record<string, string> = AUTH,
) => send(`${mock.url}${pathname}`, method, body, headers);
const control = (mock: MockServer, method: string, pathname: string, body?: unknown) =>
  send(controlUrl(mock.url, pathname), method, body);

/** The own property names of Object.prototype and of Object, which a polluting write would add to. */
const globalNames = () => ({
  prototype: Object.getOwnPropertyNames(Object.prototype).sort(),
  object: Object.getOwnPropertyNames(Object).sort(),
});
const BEFORE = globalNames();
afterEach(() => {
  // A failing case must not poison the cases after it.
  for (const name of Object.getOwnPropertyNames(Object.prototype))
    if (!BEFORE.prototype.includes(name)) delete (Object.prototype as Record<string, unknown>)[name];
  for (const name of Object.getOwnPropertyNames(Object))
    if (!BEFORE.object.includes(name)) delete (Object as unknown as Record<string, unknown>)[name];
});

function expectUnpolluted() {
  expect(globalNames()).toEqual(BEFORE);
  expect(({} as Record<string, unknown>)['status']).toBeUndefined();
}

/** A list, a create and a get answer as on a fresh server. */
async function expectServing(mock: MockServer) {
  const created = await call(mock, 'POST', groups, newGroup('after'));
  expect(created.status).toBe(200);
  expect((await call(mock, 'GET', `${groups}/${created.json.result.id}`)).json.result).toEqual(created.json.result);
  const list = await call(mock, 'GET', groups);
  expect(list.status).toBe(200);
  expect(list.json.result.map((g: { name: string }) => g.name)).toContain('after');
}

const nested = (levels: number, leaf = 'null') => '{"a":'.repeat(levels) + leaf + '}'.repeat(levels);

describe('names that reach a prototype', () => {
  it.each([
    '__proto__.status=1',
    'constructor.prototype.status=1',
    'constructor.status=1',
    '__proto__=1',
    'name.__proto__.status=1',
    'per_page.constructor.prototype.status=1',
    'name=x&name.status=1',
    'name.status=1&name=x',
  ])('the query %s leaves Object.prototype untouched', async (query) => {
    const { mock } = await start();
    const answer = await call(mock, 'GET', `${groups}?${query}`);
    expect([200, 400]).toContain(answer.status);
    expectUnpolluted();
    await expectServing(mock);
  });

  it('bodies, edits, state and fault specs with __proto__ and constructor keys leave Object.prototype untouched', async () => {
    const { mock } = await start();
    const poison = '"__proto__":{"status":1},"constructor":{"prototype":{"status":1}}';
    const group = await call(mock, 'POST', groups, `{${poison},"name":"g","include":[{"everyone":{}}]}`);
    expect(group.status).toBe(200);
    const deployment = await call(mock, 'POST', `/accounts/${account_id}/devices/deployment-groups`, {
      name: 'd',
      version_config: [{ target_environment: 'windows', version: '1.0' }],
    });
    const edited = await call(
      mock,
      'PATCH',
      `/accounts/${account_id}/devices/deployment-groups/${deployment.json.result.id}`,
      `{${poison},"name":"renamed"}`,
    );
    expect(edited.json.result).toMatchObject({ id: deployment.json.result.id, name: 'renamed' });
    expect((await call(mock, 'PATCH', settings, `{${poison}}`)).status).toBe(200);
    const state = await send(
      controlUrl(mock.url, '/state'),
      'PUT',
      `{${poison},"collections":{"__proto__":[{"status":1}]},"values":{"__proto__":{"status":1}}}`,
    );
    expect(state.status).toBe(400);
    expect((await send(controlUrl(mock.url, '/faults'), 'POST', `{${poison}}`)).status).toBe(400);
    const header = await call(mock, 'GET', groups, undefined, { ...AUTH, 'x-mock-fault': '__proto__; count=1' });
    expect(header.status).toBe(400);
    expectUnpolluted();
    await expectServing(mock);
  });

  it('a seed with __proto__ keys loads as plain data', async () => {
    const seed = JSON.parse(`{"collections":{"${groups}":[{"id":"g1","name":"s","__proto__":{"status":1}}]}}`);
    const { mock } = await start({ seed });
    expectUnpolluted();
    const got = await call(mock, 'GET', `${groups}/g1`);
    expect(got.json.result).toMatchObject({ id: 'g1', name: 's' });
    expect(got.json.result.status).toBeUndefined();
  });
});

describe('fault specs', () => {
  it.each([
    [{ kind: '500', method: 5 }, /method must be a string/],
    [{ kind: '500', path: ['/access'] }, /path must be a string/],
    [{ kind: '500', count: 'many' }, /count must be a whole number/],
    [{ kind: 'slow', delayMs: 1e12 }, /delayMs must be/],
    [[{ kind: '500' }], /a fault must be an object/],
  ])('%j is refused, and requests after it answer as before', async (spec, message) => {
    const { mock } = await start();
    const armed = await control(mock, 'POST', '/faults', spec);
    expect([armed.status, armed.json.errors[0].message]).toEqual([400, expect.stringMatching(message)]);
    expect((await control(mock, 'GET', '/faults')).json).toEqual([]);
    await expectServing(mock);
  });

  it.each(['500; count=abc', '500; count=0', 'slow; delay=1e12', 'slow; delay=-1'])(
    'the header "x-mock-fault: %s" is a 400 and arms nothing',
    async (value) => {
      const { mock } = await start();
      for (let i = 0; i < 2; i++) {
        const answer = await call(mock, 'GET', groups, undefined, { ...AUTH, 'x-mock-fault': value });
        expect(answer.status).toBe(400);
        expect(answer.json.errors[0].message).toMatch(/^x-mock-fault: /);
      }
      await expectServing(mock);
    },
  );
});

describe('bodies nested too deeply', () => {
  it.each([2_000, 5_000])('a create nested %i levels deep is a 400 and stores nothing', async (levels) => {
    const { mock } = await start();
    const answer = await call(
      mock,
      'POST',
      groups,
      `{"name":"deep","include":[{"everyone":{}}],"x":${nested(levels)}}`,
    );
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      success: false,
      errors: [{ code: 10001, message: 'The request body is nested more than 64 levels deep' }],
      messages: [],
      result: null,
    });
    const list = await call(mock, 'GET', groups);
    expect([list.status, list.json.result]).toEqual([200, []]);
    const replaced = await call(mock, 'PUT', settings, `{"gateway_proxy_enabled":${nested(levels, 'true')}}`);
    expect(replaced.status).toBe(400);
    expect((await call(mock, 'GET', settings)).status).toBe(200);
    expect((await control(mock, 'GET', '/state')).json).toEqual({ collections: {}, values: {} });
    await expectServing(mock);
  });

  it('64 levels are accepted, 65 are not', async () => {
    const { mock } = await start();
    // The body is the first level, so the field holds 63 (or 64) more.
    const body = (levels: number) => `{"name":"n","include":[{"everyone":{}}],"x":${nested(levels)}}`;
    expect((await call(mock, 'POST', groups, body(63))).status).toBe(200);
    expect((await call(mock, 'POST', groups, body(64))).status).toBe(400);
    // The state that holds the 64-level item is itself deeper, and still goes back in whole.
    const state = await control(mock, 'GET', '/state');
    expect((await control(mock, 'PUT', '/state', state.json)).status).toBe(200);
    expect((await call(mock, 'GET', groups)).json.result).toHaveLength(1);
  });

  it('a deep state, seed or item in a state is refused, naming where', async () => {
    const { mock } = await start();
    const deepItem = `{"collections":{"${groups}":[{"id":"g","x":${nested(100)}}]}}`;
    const refused = await send(controlUrl(mock.url, '/state'), 'PUT', deepItem);
    expect([refused.status, refused.json.errors[0].message]).toEqual([
      400,
      `collections["${groups}"][0] is nested more than 64 levels deep`,
    ]);
    await expect(startMockServer({ seed: JSON.parse(deepItem) })).rejects.toThrow(/nested more than 64 levels/);
    const cycle: Record<string, unknown> = { id: 'c' };
    cycle['self'] = cycle;
    await expect(startMockServer({ seed: { collections: { [groups]: [cycle] } } })).rejects.toThrow(
      /nested more than 64 levels/,
    );
  });
});

describe('bodies of the wrong shape', () => {
  it.each(['[1]', '"text"', '5', 'null', 'true'])('%s is a 400 for a create, an update and an edit', async (body) => {
    const { mock } = await start();
    const group = (await call(mock, 'POST', groups, newGroup('g'))).json.result;
    const before = (await call(mock, 'GET', settings)).json.result;
    const writes: [string, string][] = [
      ['POST', groups],
      ['PUT', `${groups}/${group.id}`],
      ['PUT', settings],
      ['PATCH', settings],
    ];
    for (const [method, pathname] of writes) {
      const answer = await call(mock, method, pathname, body);
      expect([method, pathname, answer.status]).toEqual([method, pathname, 400]);
      expect(answer.json.errors[0]).toEqual({
        code: 10001,
        message: 'The request body must be a JSON object',
        source: { pointer: '/body' },
      });
    }
    expect((await call(mock, 'GET', settings)).json.result).toEqual(before);
    expect((await call(mock, 'GET', groups)).json.result).toEqual([group]);
  });
});

describe('ids and paths in a state', () => {
  it.each([
    ['a number', '5'],
    ['a number too large for a double (1e400)', '1e400'],
    ['an object', '{}'],
    ['empty', '""'],
    ['".."', '".."'],
    ['1025 characters long', JSON.stringify('x'.repeat(1025))],
  ])('an item id that is %s is refused and changes nothing', async (_label, id) => {
    const { mock } = await start();
    await call(mock, 'POST', groups, newGroup('kept'));
    const before = (await control(mock, 'GET', '/state')).json;
    const answer = await send(controlUrl(mock.url, '/state'), 'PUT', `{"collections":{"${groups}":[{"id":${id}}]}}`);
    expect([answer.status, answer.json.errors[0].message]).toEqual([
      400,
      `collections["${groups}"][0].id must be a string of 1 to 1024 characters, other than "." and ".."`,
    ]);
    expect((await control(mock, 'GET', '/state')).json).toEqual(before);
  });

  it('two items with one id, and paths where nothing is kept, are refused', async () => {
    const { mock } = await start();
    const twice = await control(mock, 'PUT', '/state', { collections: { [groups]: [{ id: 'a' }, { id: 'a' }] } });
    expect(twice.json.errors[0].message).toBe(`collections["${groups}"][1].id "a" is already the id of another item`);
    for (const [snapshot, message] of [
      [
        { collections: { '/accounts/a/nothing': [] } },
        'collections["/accounts/a/nothing"]: no collection is kept there',
      ],
      [{ collections: { [settings]: [] } }, `collections["${settings}"]: no collection is kept there`],
      [{ values: { [groups]: {} } }, `values["${groups}"]: no value is kept there`],
      [{ values: { '../../etc/passwd': 1 } }, 'values["../../etc/passwd"]: no value is kept there'],
      [{ collections: [] }, '"collections" must be an object of collection paths'],
      [{ values: 'x' }, '"values" must be an object of value paths'],
    ] as const) {
      const answer = await control(mock, 'PUT', '/state', snapshot);
      expect([answer.status, answer.json.errors[0].message]).toEqual([400, message]);
    }
    expect((await control(mock, 'GET', '/state')).json).toEqual({ collections: {}, values: {} });
  });

  it('ids with "/" in them keep their own state, and load under the paths requests use', async () => {
    const { mock } = await start();
    const exclude = (account: string, policy: string) =>
      `/accounts/${encodeURIComponent(account)}/devices/policy/${encodeURIComponent(policy)}/exclude`;
    // Both would be kept at /accounts/a/devices/policy/p/devices/policy/q/exclude if ids were not escaped.
    const one = exclude('a/devices/policy/p', 'q');
    const two = exclude('a', 'p/devices/policy/q');
    expect((await call(mock, 'PUT', one, [{ address: '10.0.0.0/8' }])).status).toBe(200);
    expect((await call(mock, 'PUT', two, [{ address: '192.168.0.0/16' }])).status).toBe(200);
    expect((await call(mock, 'GET', one)).json.result).toEqual([{ address: '10.0.0.0/8' }]);
    expect((await call(mock, 'GET', two)).json.result).toEqual([{ address: '192.168.0.0/16' }]);

    const state = (await control(mock, 'GET', '/state')).json;
    expect(Object.keys(state.values)).toEqual([
      '/accounts/a%2Fdevices%2Fpolicy%2Fp/devices/policy/q/exclude',
      '/accounts/a/devices/policy/p%2Fdevices%2Fpolicy%2Fq/exclude',
    ]);
    expect((await control(mock, 'PUT', '/state', state)).json).toEqual(state);
    const loaded = await control(mock, 'PUT', '/state', {
      collections: { '/accounts/a%2Fb/access/groups': [{ id: 'x/../y', ...newGroup('slashed') }] },
      values: { '/accounts/a b/devices/settings': { gateway_proxy_enabled: true } },
    });
    expect(loaded.status).toBe(200);
    const group = await call(mock, 'GET', `/accounts/a%2Fb/access/groups/${encodeURIComponent('x/../y')}`);
    expect(group.json.result).toMatchObject({ id: 'x/../y', name: 'slashed' });
    expect((await call(mock, 'GET', '/accounts/a%20b/devices/settings')).json.result.gateway_proxy_enabled).toBe(true);
  });
});

describe('bodies over 1 MiB', () => {
  const TOO_LARGE = {
    success: false,
    errors: [{ code: 10413, message: 'The request body is larger than 1 MiB (1048576 bytes)' }],
    messages: [],
    result: null,
  };

  it('are a 413 with a Cloudflare error, on the API and the control endpoints', async () => {
    const { mock } = await start();
    const big = JSON.stringify({ ...newGroup('big'), padding: 'x'.repeat(1 << 20) });
    for (const url of [`${mock.url}${groups}`, controlUrl(mock.url, '/state')]) {
      const answer = await send(url, url.includes('__mock') ? 'PUT' : 'POST', big);
      expect([answer.status, answer.json, answer.headers['connection']]).toEqual([413, TOO_LARGE, 'close']);
    }
    // Just under the limit is read.
    const fits = JSON.stringify({ ...newGroup('fits'), padding: '' });
    const padded = fits.replace('"padding":""', `"padding":"${'x'.repeat((1 << 20) - fits.length)}"`);
    expect(Buffer.byteLength(padded)).toBe(1 << 20);
    expect((await call(mock, 'POST', groups, padded)).status).toBe(200);
    await expectServing(mock);
  });

  /**
   * Sends `head` and then `chunk()` over a raw socket until the server answers, or `keepSendingMs` after
   * (with its side still open when the server closes its own); resolves with what came back.
   */
  function rawExchange(mock: MockServer, head: string, chunk: () => Buffer | string, keepSendingMs = 0) {
    const { port } = new URL(mock.url);
    return new Promise<{ answer: string; sentBytes: number; error?: Error }>((resolve, reject) => {
      const socket = connect({ port: Number(port), host: '127.0.0.1', allowHalfOpen: keepSendingMs > 0 });
      let answer = '';
      let sentBytes = 0;
      let error: Error | undefined;
      const stop = () => {
        clearInterval(timer);
        if (keepSendingMs > 0) socket.end();
      };
      socket.on('data', (data) => {
        if (!answer) setTimeout(stop, keepSendingMs);
        answer += data.toString();
      });
      socket.on('error', (cause) => (answer ? (error = cause) : reject(cause)));
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ answer, sentBytes, ...(error && { error }) });
      });
      socket.write(head);
      // At most 64 MiB: a server that reads everything before answering takes far longer to answer.
      const timer = setInterval(() => {
        if (sentBytes > 64 << 20) return void socket.destroy(new Error('sent 64 MiB without an answer'));
        const data = chunk();
        sentBytes += data.length;
        socket.write(data);
      }, 1);
    });
  }

  it('are refused from their Content-Length, before the rest is sent, and the connection is closed', async () => {
    const { mock } = await start();
    const head = `POST /client/v4${groups} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer t\r\ncontent-length: ${1 << 30}\r\n\r\n`;
    const { answer, sentBytes } = await rawExchange(mock, head, () => Buffer.alloc(64 * 1024, 'x'));
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('connection: close');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual(TOO_LARGE);
    expect(sentBytes).toBeLessThan(1 << 30);
    await expectServing(mock);
  });

  it('are read and dropped after the answer until the client closes, so that no reset can lose the answer', async () => {
    const { mock } = await start();
    const head = `POST /client/v4${groups} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer t\r\ncontent-length: ${1 << 30}\r\n\r\n`;
    const { answer, error } = await rawExchange(mock, head, () => Buffer.alloc(64 * 1024, 'x'), 200);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(error).toBeUndefined();
    await expectServing(mock);
  });

  it('are refused as they arrive when chunked, and the connection is closed', async () => {
    const { mock } = await start();
    const head = `POST /client/v4${groups} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer t\r\ntransfer-encoding: chunked\r\n\r\n`;
    const piece = 'x'.repeat(64 * 1024);
    const { answer } = await rawExchange(mock, head, () => `${piece.length.toString(16)}\r\n${piece}\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain(JSON.stringify(TOO_LARGE));
    await expectServing(mock);
  });
});
