import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APIConnectionTimeoutError,
  APIUserAbortError,
  BaseClient,
  CloudflareError,
  type Endpoint,
} from '../../generator/runtime/index.js';
import { api, groups, TestClient, TOKEN, TRANSPORTS, type TransportName } from './fixtures.js';
import { envelope, startServer, type TestServer } from '../helpers/http-server.js';

// Every case runs over both transports: undici (Node's default) and fetch.
describe.each(Object.keys(TRANSPORTS) as TransportName[])('over %s', (transport) => {
  let server: TestServer;
  let client: TestClient;

  beforeEach(async () => {
    server = await startServer();
    client = new TestClient({ ...TRANSPORTS[transport], baseURL: `${server.url}/client/v4/` });
  });

  afterEach(async () => {
    await client.close();
    await server.close();
  });

  describe('request', () => {
    it('sends to the base URL path and unwraps the envelope result', async () => {
      server.reply({ json: envelope({ id: 'g1', name: 'admins' }) });
      const group = await client.request<{ id: string }>(groups.get, ['g1'], { account_id: 'acc' });
      expect(group).toEqual({ id: 'g1', name: 'admins' });
      expect(server.requests[0]!.url).toBe('/client/v4/accounts/acc/access/groups/g1');
    });

    it('returns another envelope field, or the whole body, when the endpoint says so', async () => {
      const body = envelope(null, { messages: [{ code: 1, message: 'hi' }] });
      server.reply({ json: body }, { json: body }, { json: [1, 2] });
      const messages: Endpoint = { ...groups.get, unwrap: 'messages' };
      const whole: Endpoint = { ...groups.get, unwrap: null };
      expect(await client.request(messages, ['g1'], { zone_id: 'z' })).toEqual([{ code: 1, message: 'hi' }]);
      expect(await client.request(whole, ['g1'], { zone_id: 'z' })).toEqual(body);
      expect(await client.request(whole, ['g1'], { zone_id: 'z' })).toEqual([1, 2]);
    });

    it('returns null for a null result', async () => {
      server.reply({ json: envelope(null) });
      expect(await client.request(groups.delete, ['g1'], { account_id: 'acc' })).toBeNull();
    });

    it('sends auth, accept, user-agent, then default headers, then per-request headers', async () => {
      await client.close();
      client = new TestClient({
        ...TRANSPORTS[transport],
        baseURL: server.url,
        defaultHeaders: { 'X-Team': 'a', 'X-Trace': 'default' },
      });
      server.reply({ json: envelope({}) }, { json: envelope({}) });
      await client.request(groups.create, [], { account_id: 'acc', name: 'n' }, { headers: { 'x-trace': 'mine' } });
      await client.request(groups.get, ['g'], { account_id: 'acc' });
      const [post, get] = server.requests;
      expect(post!.headers).toMatchObject({
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
        accept: 'application/json',
        'user-agent': 'zero-trust-client',
        'x-team': 'a',
        'x-trace': 'mine',
      });
      expect(get!.headers['content-type']).toBeUndefined();
      expect(get!.headers['x-trace']).toBe('default');
      expect(post!.headers['x-auth-key']).toBeUndefined();
    });

    it('reuses one kept-alive connection', async () => {
      server.fallback = () => ({ json: envelope({}) });
      for (let i = 0; i < 3; i++) await client.request(groups.get, ['g'], { account_id: 'acc' });
      expect(server.requests.map((r) => r.headers.connection)).toEqual(['keep-alive', 'keep-alive', 'keep-alive']);
    });

    it('sends nothing until awaited, and only once', async () => {
      server.fallback = () => ({ json: envelope({ ok: true }) });
      const pending = client.request(groups.get, ['g'], { account_id: 'acc' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(server.requests).toHaveLength(0);
      await pending;
      await pending;
      await pending.withResponse();
      expect(server.requests).toHaveLength(1);
    });

    it('refuses to send once closed, whether or not it sent before', async () => {
      const unused = new TestClient({ ...TRANSPORTS[transport], baseURL: `${server.url}/client/v4/` });
      await unused.close();
      await expect(unused.request(groups.get, ['g1'], { account_id: 'acc' })).rejects.toThrow(/client is closed/);
      server.reply({ json: envelope({ id: 'g1' }) });
      await client.request(groups.get, ['g1'], { account_id: 'acc' });
      await client.close();
      await expect(client.request(groups.get, ['g1'], { account_id: 'acc' })).rejects.toThrow(/client is closed/);
      expect(server.requests).toHaveLength(1);
    });

    it('rejects, without sending, when the params are wrong', async () => {
      await expect(client.request(groups.get, ['g'], {})).rejects.toThrow(CloudflareError);
      expect(server.requests).toHaveLength(0);
    });
  });

  describe('withResponse and asResponse', () => {
    it('withResponse gives the data and a WHATWG Response', async () => {
      server.reply({ json: envelope({ id: 'g1' }), headers: { 'cf-ray': 'abc-LHR' } });
      const { data, response } = await client.request(groups.get, ['g1'], { account_id: 'acc' }).withResponse();
      expect(data).toEqual({ id: 'g1' });
      expect(response).toBeInstanceOf(Response);
      expect(response.status).toBe(200);
      expect(response.headers.get('cf-ray')).toBe('abc-LHR');
      expect(await response.json()).toEqual(envelope({ id: 'g1' }));
    });

    it('asResponse gives the raw response without parsing it', async () => {
      server.reply({ body: 'not json', headers: { 'content-type': 'text/plain' } });
      const response = await client.request(groups.get, ['g1'], { account_id: 'acc' }).asResponse();
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('not json');
    });
  });

  describe('timeout and abort', () => {
    it('times out a slow response with APIConnectionTimeoutError', async () => {
      // Long enough for the request to reach the server on a loaded machine.
      server.fallback = () => ({ json: envelope({}), delayMs: 2_000 });
      const call = client.request(groups.get, ['g'], { account_id: 'acc' }, { timeout: 400, maxRetries: 0 });
      const error = await call.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(APIConnectionTimeoutError);
      expect((error as Error).message).toContain('timed out after 400 ms');
      expect(server.requests).toHaveLength(1);
    });

    it('retries a timed-out GET', async () => {
      server.reply({ json: envelope({}), delayMs: 1_000 }, { json: envelope({ second: true }) });
      const result = await client.request(groups.get, ['g'], { account_id: 'acc' }, { timeout: 100, maxRetries: 1 });
      expect(result).toEqual({ second: true });
      expect(server.requests).toHaveLength(2);
    });

    it('uses the client timeout when the request gives none', async () => {
      await client.close();
      client = new TestClient({ ...TRANSPORTS[transport], baseURL: server.url, timeout: 50, maxRetries: 0 });
      server.fallback = () => ({ json: envelope({}), delayMs: 1_000 });
      await expect(client.request(groups.get, ['g'], { account_id: 'acc' })).rejects.toBeInstanceOf(
        APIConnectionTimeoutError,
      );
    });

    it('aborts at once with APIUserAbortError, and does not retry', async () => {
      server.fallback = () => ({ json: envelope({}), delayMs: 1_000 });
      const controller = new AbortController();
      const started = Date.now();
      const call = client.request(
        groups.get,
        ['g'],
        { account_id: 'acc' },
        { signal: controller.signal, maxRetries: 0 },
      );
      setTimeout(() => controller.abort(), 30);
      await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
      expect(Date.now() - started).toBeLessThan(500);
      expect(server.requests).toHaveLength(1);
    });

    it('does not retry after an abort', async () => {
      server.fallback = () => ({ json: envelope({}), delayMs: 1_000 });
      const controller = new AbortController();
      const call = client.request(groups.get, ['g'], { account_id: 'acc' }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 30);
      await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
      expect(client.sleeps).toEqual([]);
    });

    it('does not send when the signal is already aborted', async () => {
      const call = client.request(groups.get, ['g'], { account_id: 'acc' }, { signal: AbortSignal.abort() });
      await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
      expect(server.requests).toHaveLength(0);
    });

    it('aborts during the pause between retries', async () => {
      await client.close();
      const realSleepClient = new BaseClient({ ...TRANSPORTS[transport], apiToken: TOKEN, baseURL: server.url }, api);
      server.fallback = () => ({ status: 503, json: { success: false, errors: [], messages: [], result: null } });
      const controller = new AbortController();
      const call = realSleepClient.request(groups.get, ['g'], { account_id: 'acc' }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
      expect(server.requests).toHaveLength(1);
      client = new TestClient({ ...TRANSPORTS[transport], baseURL: server.url });
      await realSleepClient.close();
    });
  });

  describe('options', () => {
    it('rejects a bad baseURL or timeout in the constructor', () => {
      expect(() => new TestClient({ ...TRANSPORTS[transport], baseURL: 'not a url' })).toThrow(CloudflareError);
      expect(() => new TestClient({ ...TRANSPORTS[transport], baseURL: server.url, timeout: -1 })).toThrow(
        CloudflareError,
      );
    });
  });
});
