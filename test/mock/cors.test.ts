/**
 * CORS (the `cors` option, `--cors ORIGIN`): preflights answered without credentials, the
 * headers on every answer to an allowed origin, errors included, and only the origins allowed.
 */
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { mockStarter, MockProcess } from '../helpers/mock.js';
import { CorsPolicy } from '../../generator/mock/cors.js';

const start = mockStarter();
const PAGE = 'http://127.0.0.1:5173';
const groupsOf = (url: string) => `${url}/accounts/acc-1/access/groups`;

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

async function call(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  const response = await request(url, { method: method as 'GET', headers, body });
  return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
}

/** What a browser sends before a cross-origin POST with a token and a JSON body. */
const preflight = (url: string, origin: string, requested = 'authorization, content-type, x-mock-fault') =>
  call(url, 'OPTIONS', {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': requested,
  });

const list = (value: string | string[] | undefined) =>
  String(value ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);

describe('by default, on a loopback address', () => {
  it('answers a preflight from any origin with 204, without credentials', async () => {
    const { mock } = await start();
    const answer = await preflight(groupsOf(mock.url), PAGE);
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    expect(answer.headers['access-control-allow-origin']).toBe(PAGE);
    expect(list(answer.headers['access-control-allow-methods'])).toEqual(['get', 'post', 'put', 'patch', 'delete']);
    expect(answer.headers['access-control-max-age']).toBe('600');
    expect(list(answer.headers.vary)).toContain('origin');
    const other = await preflight(groupsOf(mock.url), 'https://elsewhere.example');
    expect(other.headers['access-control-allow-origin']).toBe('https://elsewhere.example');
  });

  it("allows the client's headers even when a preflight does not list them, and those it lists", async () => {
    const { mock } = await start();
    const bare = await call(groupsOf(mock.url), 'OPTIONS', { origin: PAGE, 'access-control-request-method': 'GET' });
    const allowed = list(bare.headers['access-control-allow-headers']);
    for (const name of ['authorization', 'content-type', 'x-auth-email', 'x-auth-key', 'x-mock-fault', 'accept'])
      expect(allowed).toContain(name);
    const custom = await preflight(groupsOf(mock.url), PAGE, 'X-Trace-Id, authorization');
    expect(list(custom.headers['access-control-allow-headers'])).toContain('x-trace-id');
    const odd = await preflight(groupsOf(mock.url), PAGE, 'bad header, x-ok, a:b');
    expect(list(odd.headers['access-control-allow-headers'])).not.toContain('bad header');
    expect(list(odd.headers['access-control-allow-headers'])).not.toContain('a:b');
    expect(list(odd.headers['access-control-allow-headers'])).toContain('x-ok');
  });

  it('allows a page on a public address to call it on this machine (private network access)', async () => {
    const { mock } = await start();
    const answer = await call(groupsOf(mock.url), 'OPTIONS', {
      origin: 'https://app.example',
      'access-control-request-method': 'GET',
      'access-control-request-private-network': 'true',
    });
    expect(answer.headers['access-control-allow-private-network']).toBe('true');
    const plain = await preflight(groupsOf(mock.url), PAGE);
    expect(plain.headers['access-control-allow-private-network']).toBeUndefined();
  });

  it('puts the origin and the exposed headers on answers, errors and injected faults included', async () => {
    const { mock } = await start();
    const auth = { authorization: 'Bearer any', origin: PAGE, 'content-type': 'application/json' };
    const created = await call(groupsOf(mock.url), 'POST', auth, JSON.stringify({ name: 'g', include: [] }));
    const unauthorized = await call(groupsOf(mock.url), 'GET', { origin: PAGE });
    const limited = await call(groupsOf(mock.url), 'GET', { ...auth, 'x-mock-fault': '429; retry-after=7' });
    const missing = await call(`${groupsOf(mock.url)}/nope`, 'GET', auth);
    expect([created.status, unauthorized.status, limited.status, missing.status]).toEqual([200, 401, 429, 404]);
    for (const answer of [created, unauthorized, limited, missing]) {
      expect(answer.headers['access-control-allow-origin']).toBe(PAGE);
      expect(list(answer.headers['access-control-expose-headers'])).toContain('retry-after');
      expect(list(answer.headers.vary)).toContain('origin');
    }
    expect(limited.headers['retry-after']).toBe('7');
    expect(list(limited.headers['access-control-expose-headers'])).toContain('cf-ray');
  });

  it('answers a request without an Origin header as before, with no CORS headers', async () => {
    const { mock } = await start();
    const answer = await call(groupsOf(mock.url), 'GET', { authorization: 'Bearer any' });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    // An OPTIONS that is not a preflight is an API request like any other: this route has none.
    const options = await call(groupsOf(mock.url), 'OPTIONS', { authorization: 'Bearer any' });
    expect(options.status).toBe(405);
  });
});

describe('with the cors option', () => {
  it('allows only the origins listed; another gets a 403 that says how to allow it', async () => {
    const { mock } = await start({ cors: ['http://localhost:3000', 'https://app.example'] });
    for (const origin of ['http://localhost:3000', 'https://app.example']) {
      const answer = await preflight(groupsOf(mock.url), origin);
      expect([answer.status, answer.headers['access-control-allow-origin']]).toEqual([204, origin]);
    }
    const refused = await preflight(groupsOf(mock.url), PAGE);
    expect(refused.status).toBe(403);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    expect(JSON.parse(refused.text).errors[0].message).toContain('--cors');
    const request = await call(groupsOf(mock.url), 'GET', { authorization: 'Bearer any', origin: PAGE });
    expect(request.status).toBe(200);
    expect(request.headers['access-control-allow-origin']).toBeUndefined();
    expect(list(request.headers.vary)).toContain('origin');
  });

  it('"*" allows any origin, false none', async () => {
    const { mock: any } = await start({ cors: '*' });
    expect((await preflight(groupsOf(any.url), 'https://x.example')).headers['access-control-allow-origin']).toBe(
      'https://x.example',
    );
    const { mock: none } = await start({ cors: false });
    const refused = await preflight(groupsOf(none.url), PAGE);
    expect(refused.status).toBe(403);
    const plain = await call(groupsOf(none.url), 'GET', { authorization: 'Bearer any', origin: PAGE });
    expect(plain.headers['access-control-allow-origin']).toBeUndefined();
    expect(plain.headers.vary).toBeUndefined();
  });

  it('refuses a value that is not an origin, before listening', async () => {
    for (const bad of ['localhost:3000', 'http://localhost:3000/', 'http://a.example/path', 'nope', ''])
      await expect(start({ cors: [bad] })).rejects.toThrow(`"${bad}" is not an origin`);
  });
});

describe('the default on other addresses', () => {
  it('is any origin on loopback addresses (127.0.0.0/8, ::1) and none elsewhere', () => {
    const allowsAny = (address: string) => new CorsPolicy(undefined, address).allows('https://x.example');
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].map(allowsAny)).toEqual([true, true, true, true]);
    expect(['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', '::ffff:10.0.0.1'].map(allowsAny)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(new CorsPolicy(['https://x.example'], '0.0.0.0').allows('https://x.example')).toBe(true);
  });
});

describe('--cors', () => {
  it('takes origins repeated and as comma lists', async () => {
    const child = new MockProcess([
      '--port',
      '0',
      '--quiet',
      '--cors',
      'http://a.example,http://b.example',
      '--cors',
      'http://c.example',
    ]);
    try {
      const url = await child.url();
      for (const origin of ['http://a.example', 'http://b.example', 'http://c.example'])
        expect((await preflight(groupsOf(url), origin)).headers['access-control-allow-origin']).toBe(origin);
      expect((await preflight(groupsOf(url), 'http://d.example')).status).toBe(403);
    } finally {
      await child.stop();
    }
  });

  it('exits 2 naming a value that is not an origin', async () => {
    const child = new MockProcess(['--port', '0', '--cors', 'http://a.example,a.example:80']);
    expect(await child.exited).toEqual({ code: 2, signal: null });
    expect(child.stderr).toContain('mock: --cors: "a.example:80" is not an origin');
  });
});
