import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  APIConnectionError,
  APIError,
  APIResponseParseError,
  BaseClient,
  CloudflareError,
  type BaseClientOptions,
  type SchemaRegistry,
} from '../../generator/runtime/index.js';
import { createRedactor, SECRET_RUN } from '../../generator/runtime/redact.js';
import { api, EMAIL, groups, KEY, TestClient, TOKEN } from './fixtures.js';
import { envelope, failed, startServer, type Reply, type TestServer } from '../helpers/http-server.js';

let server: TestServer;
let client: BaseClient;
const scope = { account_id: 'abc' };

beforeEach(async () => {
  server = await startServer();
  client = new TestClient({ baseURL: server.url, maxRetries: 0 });
});

afterEach(async () => {
  await client.close();
  await server.close();
});

/** Every run of SECRET_RUN characters of the secret, wherever it starts. */
function runsOf(secret: string): string[] {
  return Array.from({ length: secret.length - SECRET_RUN + 1 }, (_, i) => secret.slice(i, i + SECRET_RUN));
}

/** Every text the error shows: message, stack, util.inspect (with headers and the cause chain), JSON. */
function shownTexts(error: unknown): string[] {
  const texts = [inspect(error, { depth: 10 }), JSON.stringify(error)];
  for (let e = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    texts.push(e.message, e.stack ?? '', JSON.stringify(e));
    if (e instanceof APIError && e.headers) texts.push(JSON.stringify([...e.headers]));
  }
  return texts;
}

function expectNoPieceOf(secret: string, texts: readonly string[]): void {
  for (const text of texts) for (const run of runsOf(secret)) expect(text).not.toContain(run);
}

async function errorOf(reply: Reply, call = () => client.request(groups.get, ['g'], scope)): Promise<APIError> {
  server.reply(reply);
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(APIError);
  return error as APIError;
}

describe('the redactor', () => {
  const redact = createRedactor([TOKEN]).text;

  it('removes the whole secret and every run of 6 of its characters, wherever it starts', () => {
    expect(redact(`a ${TOKEN} b`)).toBe('a [redacted] b');
    expect(redact(`prefix ${TOKEN.slice(0, 6)}|`)).toBe('prefix [redacted]|');
    expect(redact(`middle ${TOKEN.slice(7, 15)}.`)).toBe('middle [redacted].');
    expect(redact(`end ${TOKEN.slice(-9)}`)).toBe('end [redacted]');
    // Five characters are not a run: text that shares a short word with the secret is left alone.
    expect(redact(`short ${TOKEN.slice(0, 5)}`)).toBe(`short ${TOKEN.slice(0, 5)}`);
  });

  it('merges overlapping and adjacent pieces into one mark', () => {
    expect(redact(`${TOKEN}${TOKEN}`)).toBe('[redacted]');
    expect(redact(`${TOKEN.slice(0, 10)}${TOKEN.slice(5, 20)}`)).toBe('[redacted]');
  });

  it('redacts an error in place: message, stack (even an accessor), properties, causes, Headers', () => {
    const inner = new AggregateError([new Error(`deep ${TOKEN}`)], `inner ${TOKEN.slice(2)}`);
    const outer = new Error(`outer ${TOKEN}`, { cause: { detail: TOKEN, inner } });
    Object.defineProperty(outer, 'stack', {
      get: () => `Error: outer ${TOKEN}\n    at somewhere`,
      set: () => undefined,
      configurable: true,
    });
    Object.assign(outer, { headers: new Headers({ 'x-echo': TOKEN, 'x-ok': 'fine' }), list: [`${TOKEN}!`] });
    expect(createRedactor([TOKEN]).error(outer)).toBe(outer);
    expect(outer.message).toBe('outer [redacted]');
    expect(outer.stack).toBe('Error: outer [redacted]\n    at somewhere');
    expect([...(outer as unknown as { headers: Headers }).headers]).toEqual([
      ['x-echo', '[redacted]'],
      ['x-ok', 'fine'],
    ]);
    expect((outer as unknown as { list: string[] }).list).toEqual(['[redacted]!']);
    expect(outer.cause).toEqual({ detail: '[redacted]', inner });
    expect(inner.message).toBe('inner [redacted]');
    expect((inner.errors[0] as Error).message).toBe('deep [redacted]');
    expectNoPieceOf(TOKEN, [inspect(outer, { depth: 10 })]);
  });

  it('removes a secret shorter than a run where it appears whole', () => {
    expect(createRedactor(['abcd']).text('x abcd abc')).toBe('x [redacted] abc');
  });
});

describe('the body excerpt of an error', () => {
  // The excerpt keeps 100 characters; the token starts just before the cut.
  it.each([90, 95, 99])('is redacted before it is cut (token at %i)', async (offset) => {
    const body = `${'x'.repeat(offset)}${TOKEN}${'y'.repeat(50)}`;
    const error = await errorOf({ status: 502, body, headers: { 'content-type': 'text/html' } });
    expect(error).toBeInstanceOf(APIResponseParseError);
    expect(error.message).toContain(JSON.stringify(`${'x'.repeat(offset)}${'[redacted]'.slice(0, 100 - offset)}`));
    expectNoPieceOf(TOKEN, shownTexts(error));
  });

  it('a partial echo of the token is removed from the error details', async () => {
    const error = await errorOf(failed(400, 9, `token ${TOKEN.slice(0, 12)}… is not valid`));
    expect(error.errors).toEqual([{ code: 9, message: 'token [redacted]… is not valid' }]);
    expectNoPieceOf(TOKEN, shownTexts(error));
  });
});

describe('headers kept on errors', () => {
  it('a credential echoed in a response header is redacted in headers and util.inspect', async () => {
    const error = await errorOf({
      ...failed(401, 10000, 'Authentication error'),
      headers: { 'x-echo-authorization': `Bearer ${TOKEN}`, 'cf-ray': '8f00aa' },
    });
    expect(error.headers?.get('x-echo-authorization')).toBe('Bearer [redacted]');
    expect(error.headers?.get('cf-ray')).toBe('8f00aa');
    expectNoPieceOf(TOKEN, shownTexts(error));
  });

  it('a 200 with success: false and an echoed header is redacted too', async () => {
    const error = await errorOf({
      json: { success: false, errors: [{ code: 1, message: 'no' }] },
      headers: { 'x-debug': `key=${TOKEN.slice(3)}` },
    });
    expect(error.headers?.get('x-debug')).toBe('key=[redacted]');
  });
});

describe('the cause chain', () => {
  let raw: Server;

  afterEach(async () => {
    raw.closeAllConnections();
    await new Promise((resolve) => raw.close(resolve));
  });

  /** A server that answers every request with these bytes, not a well-formed HTTP response. */
  async function rawServer(bytes: string): Promise<string> {
    raw = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.socket?.end(bytes));
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
  }

  it('a malformed response that echoes the token leaves no piece of it in the error or its causes', async () => {
    // A control character in a header: undici's parser error keeps the rest of the response in `data`.
    const url = await rawServer(`HTTP/1.1 200 OK\r\nx-echo: \x01Bearer ${TOKEN}\r\ncontent-length: 2\r\n\r\n{}`);
    await client.close();
    client = new TestClient({ baseURL: url, maxRetries: 0 });
    const error = await client.request(groups.get, ['g'], scope).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    const cause = (error as APIConnectionError).cause as { name?: string; data?: string };
    expect(cause.name).toBe('HTTPParserError');
    expect(cause.data).toBe('\x01Bearer [redacted]\r\ncontent-length: 2\r\n\r\n{}');
    expectNoPieceOf(TOKEN, shownTexts(error));
  });
});

describe('credentials given in other forms', () => {
  it('an API key is redacted, the email address is not', async () => {
    await client.close();
    client = new TestClient({ baseURL: server.url, maxRetries: 0, apiToken: undefined, apiEmail: EMAIL, apiKey: KEY });
    const error = await errorOf(failed(403, 9109, `${EMAIL} may not use key ${KEY}`));
    expect(error.message).toBe(`403 GET /accounts/abc/access/groups/g: [9109] ${EMAIL} may not use key [redacted]`);
    expectNoPieceOf(KEY, shownTexts(error));
  });

  it('a token read from the environment is redacted', async () => {
    await client.close();
    const previous = process.env['CLOUDFLARE_API_TOKEN'];
    process.env['CLOUDFLARE_API_TOKEN'] = `env_${TOKEN}`;
    try {
      client = new BaseClient({ baseURL: server.url, maxRetries: 0 }, api);
    } finally {
      if (previous === undefined) delete process.env['CLOUDFLARE_API_TOKEN'];
      else process.env['CLOUDFLARE_API_TOKEN'] = previous;
    }
    const error = await errorOf(failed(401, 10000, `bad token env_${TOKEN.slice(0, 10)}...`));
    expect(error.message).toContain('bad token [redacted]...');
  });
});

describe('logger lines', () => {
  it("'warn' validation never logs a piece of the token, even when the server uses it as a key", async () => {
    const registry: SchemaRegistry = {
      [groups.get.id]: { response: z.object({ id: z.string(), tags: z.record(z.string(), z.string()) }) },
    };
    const warnings: string[] = [];
    const options: BaseClientOptions & { apiToken: string } = {
      apiToken: TOKEN,
      baseURL: server.url,
      validation: 'warn',
      logger: { warn: (line) => void warnings.push(line) },
    };
    await client.close();
    client = new BaseClient(options, { ...api, loadSchemas: async () => registry });
    server.reply({ json: envelope({ id: 'g', tags: { [TOKEN]: 1 } }) });
    await client.request(groups.get, ['g'], scope);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('result.tags.[redacted]');
    expectNoPieceOf(TOKEN, warnings);

    server.reply({ json: envelope({ id: 'g', tags: { [TOKEN]: 1 } }) });
    const strict = await client.request(groups.get, ['g'], scope, { validation: 'strict' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(strict).toBeInstanceOf(CloudflareError);
    expectNoPieceOf(TOKEN, shownTexts(strict));
  });
});

describe('credential headers outside the credential options', () => {
  const refusal = /must not set the .* header: pass credentials as apiToken, or apiEmail and apiKey instead\.$/;

  it.each(['Authorization', 'AUTHORIZATION', 'X-Auth-Key', 'x-auth-email', 'X-Auth-User-Service-Key'])(
    'defaultHeaders with %s are refused when the client is created',
    (name) => {
      const create = () => new TestClient({ baseURL: server.url, defaultHeaders: { [name]: `Bearer other_${KEY}` } });
      expect(create).toThrow(CloudflareError);
      expect(create).toThrow(refusal);
      expect(create).toThrow(`defaultHeaders must not set the ${name} header`);
      try {
        create();
      } catch (error) {
        expectNoPieceOf(KEY, shownTexts(error));
      }
    },
  );

  it('per-call headers with a credential are refused before anything is sent', async () => {
    const refused: Record<string, string>[] = [
      { authorization: `Bearer ${KEY}` },
      { 'X-Auth-Key': KEY },
      { 'x-auth-email': EMAIL },
    ];
    for (const headers of refused) {
      await expect(client.request(groups.get, ['g'], scope, { headers })).rejects.toThrow(refusal);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('a header value with a line break is refused before anything is sent', async () => {
    const headers = { 'x-trace': 'a\r\nAuthorization: Bearer other' };
    await expect(client.request(groups.get, ['g'], scope, { headers })).rejects.toThrow(
      'headers: the x-trace header contains a control character.',
    );
    expect(() => new TestClient({ baseURL: server.url, defaultHeaders: headers })).toThrow(CloudflareError);
    expect(server.requests).toHaveLength(0);
  });

  it('other headers are still sent, and the configured credential with them', async () => {
    server.reply({ json: envelope({ id: 'g' }) });
    await client.request(groups.get, ['g'], scope, { headers: { 'X-Trace': 't1' } });
    expect(server.requests[0]!.headers['x-trace']).toBe('t1');
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${TOKEN}`);
  });
});

describe('redirects', () => {
  it('are not followed: the credential never reaches the host a 3xx points to', async () => {
    const elsewhere = await startServer();
    try {
      const error = await errorOf({ status: 302, headers: { location: `${elsewhere.url}/steal` } });
      expect(error.status).toBe(302);
      expect(error.headers?.get('location')).toBe(`${elsewhere.url}/steal`);
      expect(server.requests).toHaveLength(1);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });
});
