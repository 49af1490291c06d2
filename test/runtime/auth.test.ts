import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BaseClient, CloudflareError, resolveAuthHeaders } from '../../generator/runtime/index.js';
import { api, EMAIL, groups, KEY, TOKEN } from './fixtures.js';
import { envelope, startServer } from '../helpers/http-server.js';

const schemes = api.auth;
const bearer = { Authorization: `Bearer ${TOKEN}` };
const emailAndKey = { 'X-Auth-Email': EMAIL, 'X-Auth-Key': KEY };

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CloudflareError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('resolveAuthHeaders', () => {
  it('uses an explicit token', () => {
    expect(resolveAuthHeaders(schemes, { apiToken: TOKEN }, {})).toEqual(bearer);
  });

  it('uses an explicit email and key', () => {
    expect(resolveAuthHeaders(schemes, { apiEmail: EMAIL, apiKey: KEY }, {})).toEqual(emailAndKey);
  });

  it('sends only the first complete scheme when several are given', () => {
    expect(resolveAuthHeaders(schemes, { apiToken: TOKEN, apiEmail: EMAIL, apiKey: KEY }, {})).toEqual(bearer);
  });

  it('prefers explicit options to the environment, without mixing them', () => {
    const env = { CLOUDFLARE_API_TOKEN: 'env_token_value', CLOUDFLARE_API_KEY: 'env_key_value' };
    expect(resolveAuthHeaders(schemes, { apiEmail: EMAIL, apiKey: KEY }, env)).toEqual(emailAndKey);
    const message = messageOf(() => resolveAuthHeaders(schemes, { apiEmail: EMAIL }, env));
    expect(message).toContain('apiKey');
    expect(message).not.toContain(EMAIL);
    expect(message).not.toContain('env_key_value');
  });

  it('names the missing option of a partial scheme, never a value', () => {
    const message = messageOf(() => resolveAuthHeaders(schemes, { apiKey: KEY }, {}));
    expect(message).toMatch(/apiEmail/);
    expect(message).not.toContain(KEY);
  });

  it('reads the environment only when no credential option is given', () => {
    expect(resolveAuthHeaders(schemes, { apiToken: undefined, apiKey: null }, { CLOUDFLARE_API_TOKEN: TOKEN })).toEqual(
      bearer,
    );
    const env = { CLOUDFLARE_EMAIL: EMAIL, CLOUDFLARE_API_KEY: KEY };
    expect(resolveAuthHeaders(schemes, {}, env)).toEqual(emailAndKey);
    expect(resolveAuthHeaders(schemes, {}, { ...env, CLOUDFLARE_API_TOKEN: TOKEN })).toEqual(bearer);
  });

  it('ignores an incomplete or empty environment scheme', () => {
    expect(
      resolveAuthHeaders(schemes, {}, { CLOUDFLARE_API_TOKEN: '', CLOUDFLARE_EMAIL: EMAIL, CLOUDFLARE_API_KEY: KEY }),
    ).toEqual(emailAndKey);
    expect(() => resolveAuthHeaders(schemes, {}, { CLOUDFLARE_EMAIL: EMAIL })).toThrow(CloudflareError);
  });

  it('without any credential, says which options and variables to set', () => {
    const message = messageOf(() => resolveAuthHeaders(schemes, {}, {}));
    for (const name of [
      'apiToken',
      'apiEmail',
      'apiKey',
      'CLOUDFLARE_API_TOKEN',
      'CLOUDFLARE_EMAIL',
      'CLOUDFLARE_API_KEY',
    ]) {
      expect(message).toContain(name);
    }
  });

  it('rejects empty, non-string or multi-line credentials without echoing them', () => {
    expect(messageOf(() => resolveAuthHeaders(schemes, { apiToken: '' }, {}))).toContain('apiToken');
    expect(messageOf(() => resolveAuthHeaders(schemes, { apiToken: 42 }, {}))).toContain('apiToken');
    const message = messageOf(() => resolveAuthHeaders(schemes, { apiToken: `${TOKEN}\r\nX-Evil: 1` }, {}));
    expect(message).not.toContain(TOKEN);
  });
});

describe('client authentication', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  function clearEnv(): void {
    for (const name of ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_EMAIL', 'CLOUDFLARE_API_KEY']) vi.stubEnv(name, undefined);
  }

  it('fails in the constructor when there is no credential', () => {
    clearEnv();
    expect(() => new BaseClient({}, api)).toThrow(/No credentials/);
  });

  it('reads process.env when no option is given', async () => {
    clearEnv();
    vi.stubEnv('CLOUDFLARE_EMAIL', EMAIL);
    vi.stubEnv('CLOUDFLARE_API_KEY', KEY);
    const server = await startServer();
    const client = new BaseClient({ baseURL: server.url }, api);
    server.reply({ json: envelope({}) });
    await client.request(groups.get, ['g'], { account_id: 'a' });
    expect(server.requests[0]!.headers).toMatchObject({ 'x-auth-email': EMAIL, 'x-auth-key': KEY });
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
    await client.close();
    await server.close();
  });

  it('sends the explicit token and nothing from the environment', async () => {
    clearEnv();
    vi.stubEnv('CLOUDFLARE_EMAIL', EMAIL);
    vi.stubEnv('CLOUDFLARE_API_KEY', KEY);
    const server = await startServer();
    const client = new BaseClient({ baseURL: server.url, apiToken: TOKEN }, api);
    server.reply({ json: envelope({}) });
    await client.request(groups.get, ['g'], { account_id: 'a' });
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(server.requests[0]!.headers['x-auth-key']).toBeUndefined();
    expect(server.requests[0]!.headers['x-auth-email']).toBeUndefined();
    await client.close();
    await server.close();
  });

  it('keeps credentials out of util.inspect and JSON.stringify', () => {
    const withToken = new BaseClient({ apiToken: TOKEN }, api);
    const withKey = new BaseClient({ apiEmail: EMAIL, apiKey: KEY }, api);
    for (const client of [withToken, withKey]) {
      const shown = inspect(client, { depth: Infinity, showHidden: true }) + JSON.stringify(client);
      expect(shown).not.toContain(TOKEN);
      expect(shown).not.toContain(KEY);
    }
  });
});
