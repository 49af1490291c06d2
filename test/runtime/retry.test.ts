import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  BaseClient,
  InternalServerError,
  parseRetryAfter,
  RateLimitError,
  retryDelay,
} from '../../generator/runtime/index.js';
import { api, groups, TestClient, TOKEN, TRANSPORTS, type TransportName } from './fixtures.js';
import { closedPortURL, envelope, failed, startServer, type TestServer } from '../helpers/http-server.js';

// Every case runs over both transports: undici (Node's default) and fetch.
describe.each(Object.keys(TRANSPORTS) as TransportName[])('over %s', (transport) => {
  let server: TestServer;
  let client: TestClient;
  const scope = { account_id: 'acc' };

  beforeEach(async () => {
    server = await startServer();
    client = new TestClient({ ...TRANSPORTS[transport], baseURL: server.url });
  });

  afterEach(async () => {
    await client.close();
    await server.close();
  });

  describe('which requests are retried', () => {
    it('retries a GET after a 500 and returns the later success', async () => {
      server.reply(failed(500, 1, 'oops'), failed(500, 1, 'oops'), { json: envelope({ id: 'g' }) });
      expect(await client.request(groups.get, ['g'], scope)).toEqual({ id: 'g' });
      expect(server.requests).toHaveLength(3);
      expect(client.sleeps).toHaveLength(2);
    });

    it('gives up after maxRetries and throws the last error', async () => {
      server.fallback = () => failed(503, 2, 'unavailable');
      await expect(client.request(groups.get, ['g'], scope)).rejects.toBeInstanceOf(InternalServerError);
      expect(server.requests).toHaveLength(3);
    });

    it('honours a per-request maxRetries', async () => {
      server.fallback = () => failed(500, 2, 'down');
      await expect(client.request(groups.get, ['g'], scope, { maxRetries: 0 })).rejects.toBeInstanceOf(
        InternalServerError,
      );
      expect(server.requests).toHaveLength(1);
    });

    it.each([408, 429, 502])('retries PUT and DELETE after %i', async (status) => {
      server.reply(failed(status, 1, 'x'), { json: envelope({}) }, failed(status, 1, 'x'), { json: envelope({}) });
      await client.request(groups.update, ['g'], { ...scope, name: 'n' });
      await client.request(groups.delete, ['g'], scope);
      expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'PUT', 'DELETE', 'DELETE']);
    });

    it('does not retry a 4xx other than 408 and 429', async () => {
      server.fallback = () => failed(404, 7003, 'not found');
      await expect(client.request(groups.get, ['g'], scope)).rejects.toThrow('404');
      expect(server.requests).toHaveLength(1);
    });

    it('sends a POST exactly once after a 500', async () => {
      server.fallback = () => failed(500, 1, 'oops');
      await expect(client.request(groups.create, [], { ...scope, name: 'n' })).rejects.toBeInstanceOf(
        InternalServerError,
      );
      expect(server.requests).toHaveLength(1);
    });

    it('does not retry a PATCH after a 502', async () => {
      server.fallback = () => ({ status: 502, body: '<html>bad gateway</html>' });
      await expect(client.request(groups.edit, ['g'], { ...scope, name: 'n' })).rejects.toThrow('502');
      expect(server.requests).toHaveLength(1);
    });

    it('retries a POST after a 500 when the call opts in with retryNonIdempotent', async () => {
      server.reply(failed(500, 1, 'oops'), { json: envelope({ id: 'new' }) });
      const created = client.request(groups.create, [], { ...scope, name: 'n' }, { retryNonIdempotent: true });
      expect(await created).toEqual({ id: 'new' });
      expect(server.requests).toHaveLength(2);
    });

    it('lets a call opt out when the client opts in to retrying POST and PATCH', async () => {
      const retrying = new TestClient({ ...TRANSPORTS[transport], baseURL: server.url, retryNonIdempotent: true });
      try {
        server.fallback = () => failed(503, 1, 'unavailable');
        await expect(retrying.request(groups.edit, ['g'], { ...scope, name: 'n' })).rejects.toThrow('503');
        expect(server.requests).toHaveLength(3);
        await expect(
          retrying.request(groups.edit, ['g'], { ...scope, name: 'n' }, { retryNonIdempotent: false }),
        ).rejects.toThrow('503');
        expect(server.requests).toHaveLength(4);
      } finally {
        await retrying.close();
      }
    });

    it('retries a POST after a 429', async () => {
      server.reply(
        { ...failed(429, 971, 'slow down'), headers: { 'retry-after': '0' } },
        { json: envelope({ id: 'new' }) },
      );
      expect(await client.request(groups.create, [], { ...scope, name: 'n' })).toEqual({ id: 'new' });
      expect(server.requests).toHaveLength(2);
      expect(server.requests[1]!.body).toBe('{"name":"n"}');
    });

    it('throws RateLimitError when 429 persists', async () => {
      server.fallback = () => failed(429, 971, 'slow down');
      await expect(client.request(groups.create, [], scope)).rejects.toBeInstanceOf(RateLimitError);
      expect(server.requests).toHaveLength(3);
    });
  });

  describe('connection errors', () => {
    it('retries a GET after a connection reset', async () => {
      server.reply({ reset: true }, { json: envelope({ ok: 1 }) });
      expect(await client.request(groups.get, ['g'], scope)).toEqual({ ok: 1 });
      expect(server.requests).toHaveLength(2);
    });

    it('does not retry a POST reset after it was sent', async () => {
      server.fallback = () => ({ reset: true });
      const error = await client.request(groups.create, [], { ...scope, name: 'n' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(APIConnectionError);
      expect((error as APIConnectionError).status).toBeUndefined();
      expect((error as APIConnectionError).cause).toBeDefined();
      expect((error as Error).message).not.toContain(TOKEN);
      expect(server.requests).toHaveLength(1);
    });

    it('retries a POST that could not connect (ECONNREFUSED)', async () => {
      const refused = new TestClient({ ...TRANSPORTS[transport], baseURL: await closedPortURL(), maxRetries: 2 });
      const error = await refused.request(groups.create, [], { ...scope, name: 'n' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      await refused.close();
      expect(error).toBeInstanceOf(APIConnectionError);
      expect((error as Error).message).toContain('ECONNREFUSED');
      expect(refused.sleeps).toHaveLength(2);
    });
  });

  describe('delays', () => {
    it('waits as long as Retry-After says, in seconds', async () => {
      server.reply({ ...failed(429, 971, 'slow'), headers: { 'retry-after': '3' } }, { json: envelope({}) });
      await client.request(groups.get, ['g'], scope);
      expect(client.sleeps).toEqual([3_000]);
    });

    it('waits until a Retry-After date, capped at 60 s', async () => {
      const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
      const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
      server.reply(
        { ...failed(503, 1, 'x'), headers: { 'retry-after': inTenSeconds } },
        { ...failed(503, 1, 'x'), headers: { 'retry-after': inAnHour } },
        { json: envelope({}) },
      );
      await client.request(groups.get, ['g'], scope);
      expect(client.sleeps[0]).toBeGreaterThan(8_000);
      expect(client.sleeps[0]).toBeLessThanOrEqual(10_000);
      expect(client.sleeps[1]).toBe(60_000);
    });

    it('really sleeps for Retry-After: 0 with the default sleep', async () => {
      const real = new BaseClient({ ...TRANSPORTS[transport], apiToken: TOKEN, baseURL: server.url }, api);
      server.reply({ ...failed(500, 1, 'x'), headers: { 'retry-after': '0' } }, { json: envelope({ done: true }) });
      expect(await real.request(groups.get, ['g'], scope)).toEqual({ done: true });
      await real.close();
    });

    it('backs off exponentially with jitter, capped at 8 s', () => {
      expect(retryDelay(0, null, () => 0)).toBe(500);
      expect(retryDelay(1, null, () => 0)).toBe(1_000);
      expect(retryDelay(2, null, () => 1)).toBe(1_500);
      expect(retryDelay(10, null, () => 0)).toBe(8_000);
      expect(retryDelay(0, 'garbage', () => 0)).toBe(500);
    });

    it('parses Retry-After', () => {
      const now = Date.parse('2025-01-01T00:00:00Z');
      expect(parseRetryAfter('2', now)).toBe(2_000);
      expect(parseRetryAfter('1.5', now)).toBe(1_500);
      expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5_000);
      expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
      expect(parseRetryAfter('-1', now)).toBeUndefined();
      expect(parseRetryAfter(null, now)).toBeUndefined();
    });
  });
});
