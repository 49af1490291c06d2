/**
 * `--token T` (the `token` option in-process): every route of the mock needs it, the API, the
 * control endpoints and the fault header alike; a request without it changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { controlUrl, mockStarter, MockProcess, send } from '../helpers/mock.js';

const start = mockStarter();
const account_id = 'acc-1';
const TOKEN = 'the-token';
const RIGHT = { authorization: `Bearer ${TOKEN}` };
const WRONG = { authorization: 'Bearer another-token' };
const NONE = {};

/** Every kind of route, with a body where it takes one, and its status with the token. */
const routes = (url: string): [string, string, unknown, number][] => [
  ['GET', `${url}/accounts/${account_id}/access/groups`, undefined, 200],
  ['POST', `${url}/accounts/${account_id}/access/groups`, { name: 'g', include: [{ everyone: {} }] }, 200],
  ['GET', controlUrl(url, '/state'), undefined, 200],
  ['PUT', controlUrl(url, '/state'), { collections: {}, values: {} }, 200],
  ['DELETE', controlUrl(url, '/state'), undefined, 200],
  ['POST', controlUrl(url, '/faults'), { kind: '500', path: '/nowhere' }, 201],
  ['GET', controlUrl(url, '/faults'), undefined, 200],
  ['DELETE', controlUrl(url, '/faults'), undefined, 200],
  ['GET', controlUrl(url, '/nothing'), undefined, 404],
  ['GET', new URL('/elsewhere', url).href, undefined, 404],
];

async function expectEveryRouteLocked(url: string) {
  for (const [method, target, body] of routes(url)) {
    const none = await send(target, method, body, NONE);
    expect([method, target, none.status, none.json.errors[0].code]).toEqual([method, target, 401, 10000]);
    const wrong = await send(target, method, body, WRONG);
    expect([method, target, wrong.status, wrong.json.errors[0].code]).toEqual([method, target, 403, 10000]);
  }
  for (const [method, target, body, status] of routes(url)) {
    const right = await send(target, method, body, RIGHT);
    expect([method, target, right.status]).toEqual([method, target, status]);
  }
}

describe('with a token', () => {
  it('every route refuses a request without it, in-process', async () => {
    const { mock } = await start({ token: TOKEN });
    await expectEveryRouteLocked(mock.url);
  });

  it('every route refuses a request without it, as a process', async () => {
    const child = new MockProcess(['--port', '0', '--quiet', '--token', TOKEN]);
    try {
      await expectEveryRouteLocked(await child.url());
    } finally {
      await child.stop();
    }
  });

  it('a request without the token changes no state and arms or spends no fault', async () => {
    const { mock } = await start({ token: TOKEN });
    const groups = `${mock.url}/accounts/${account_id}/access/groups`;
    await send(groups, 'POST', { name: 'g', include: [{ everyone: {} }] }, WRONG);
    await send(controlUrl(mock.url, '/faults'), 'POST', { kind: '500', count: 5 }, WRONG);
    await send(controlUrl(mock.url, '/state'), 'PUT', { collections: {} }, NONE);
    expect((await send(controlUrl(mock.url, '/state'), 'GET', undefined, RIGHT)).json).toEqual({
      collections: {},
      values: {},
    });
    expect(mock.faults.list()).toEqual([]);

    // The header's one failure is not spent by the requests that lack the token.
    const fault = { 'x-mock-fault': '500; count=1' };
    for (const headers of [NONE, WRONG]) {
      expect((await send(groups, 'GET', undefined, { ...headers, ...fault })).status).toBe(
        headers === NONE ? 401 : 403,
      );
    }
    expect((await send(groups, 'GET', undefined, { ...RIGHT, ...fault })).status).toBe(500);
    expect((await send(groups, 'GET', undefined, { ...RIGHT, ...fault })).status).toBe(200);

    // Nor is an armed fault.
    mock.faults.add({ kind: '503' });
    expect((await send(groups, 'GET', undefined, WRONG)).status).toBe(403);
    expect((await send(groups, 'GET', undefined, RIGHT)).status).toBe(503);
  });

  it('the token is also accepted as an API key', async () => {
    const { mock } = await start({ token: TOKEN });
    const key = { 'x-auth-email': 'me@example.com', 'x-auth-key': TOKEN };
    expect((await send(controlUrl(mock.url, '/state'), 'GET', undefined, key)).status).toBe(200);
  });
});

describe('without a token', () => {
  it('the API needs some credential, the control endpoints none', async () => {
    const { mock } = await start();
    expect((await send(`${mock.url}/accounts/${account_id}/access/groups`, 'GET', undefined, NONE)).status).toBe(401);
    expect((await send(controlUrl(mock.url, '/state'), 'GET', undefined, NONE)).status).toBe(200);
    expect((await send(controlUrl(mock.url, '/faults'), 'GET', undefined, NONE)).status).toBe(200);
  });
});
