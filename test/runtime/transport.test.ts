/**
 * What both transports do the same: response size limits, content-codings, the fetch and
 * dispatcher options, and a server that misbehaves on the wire (real node:http servers on 127.0.0.1).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { Agent, type Dispatcher } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIResponseParseError,
  APIResponseTooLargeError,
  BaseClient,
  CloudflareError,
} from '../../generator/runtime/index.js';
import { createTransport } from '../../generator/runtime/platform.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../../generator/runtime/transport.js';
import { api, groups, TestClient, TOKEN, TRANSPORTS, type TransportName } from './fixtures.js';

const MB = 1024 * 1024;
const scope = { account_id: 'acc' };
const groupBody = JSON.stringify({ success: true, errors: [], messages: [], result: { id: 'g1', name: 'Devs' } });

interface WireServer {
  readonly url: string;
  /** The accept-encoding header of each request. */
  readonly acceptEncodings: (string | undefined)[];
  /** Resolves when the server sees the client close the connection. */
  readonly clientClosed: Promise<void>;
  close(): Promise<void>;
}

/** A server whose every response is written by `respond`. */
async function wireServer(respond: (req: IncomingMessage, res: ServerResponse) => void): Promise<WireServer> {
  const acceptEncodings: (string | undefined)[] = [];
  const sockets = new Set<Socket>();
  let onClientClose!: () => void;
  const clientClosed = new Promise<void>((resolve) => (onClientClose = resolve));
  const server: Server = createServer((req, res) => {
    acceptEncodings.push(req.headers['accept-encoding']);
    req.resume();
    req.on('end', () => respond(req, res));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      onClientClose();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    acceptEncodings,
    clientClosed,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Writes chunks of `x` until the client goes away; the body never ends. */
function endless(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const write = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', write);
  };
  res.on('close', () => res.removeAllListeners('drain'));
  write();
}

async function failure(promise: PromiseLike<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: Error) => error,
  );
}

describe.each(Object.keys(TRANSPORTS) as TransportName[])('over %s', (transport) => {
  let server: WireServer | undefined;
  let client: TestClient | undefined;
  const start = async (respond: (req: IncomingMessage, res: ServerResponse) => void, options = {}) => {
    server = await wireServer(respond);
    client = new TestClient({ ...TRANSPORTS[transport], baseURL: server.url, maxRetries: 0, ...options });
    return client;
  };
  afterEach(async () => {
    await client?.close();
    await server?.close();
    client = server = undefined;
  });

  describe('response size limit', () => {
    it('refuses a body whose content-length is over maxResponseBytes, and closes the connection', async () => {
      const big = Buffer.alloc(2 * MB, ' ');
      const c = await start((_, res) => res.writeHead(200, { 'content-length': big.length }).end(big), {
        maxResponseBytes: MB,
      });
      const error = await failure(c.request(groups.get, ['g1'], scope));
      expect(error).toBeInstanceOf(APIResponseTooLargeError);
      expect(error.message).toBe(
        '200 GET /accounts/acc/access/groups/g1: the response body is larger than maxResponseBytes (1048576 bytes)',
      );
      expect((error as APIResponseTooLargeError).status).toBe(200);
      await server!.clientClosed;
    });

    it('ends a body that never ends once it passes the limit, and closes the connection', async () => {
      const c = await start((_, res) => endless(res), { maxResponseBytes: 256 * 1024 });
      const error = await failure(c.request(groups.get, ['g1'], scope));
      expect(error).toBeInstanceOf(APIResponseTooLargeError);
      await server!.clientClosed;
    });

    it('ends a body that never ends under the default limit, of 32 MiB', async () => {
      expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(32 * MB);
      const c = await start((_, res) => endless(res));
      const error = await failure(c.request(groups.get, ['g1'], scope, { timeout: 60_000 }));
      expect(error).toBeInstanceOf(APIResponseTooLargeError);
      expect(error.message).toContain('(33554432 bytes)');
    }, 60_000);

    it('accepts a body of exactly maxResponseBytes', async () => {
      const c = await start((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(groupBody), {
        maxResponseBytes: Buffer.byteLength(groupBody),
      });
      expect(await c.request(groups.get, ['g1'], scope)).toEqual({ id: 'g1', name: 'Devs' });
    });

    it('holds the decoded body to the limit too: a small gzip of many megabytes is refused', async () => {
      const bomb = gzipSync(Buffer.alloc(8 * MB, ' '));
      expect(bomb.length).toBeLessThan(64 * 1024);
      const c = await start((_, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb), {
        maxResponseBytes: MB,
      });
      expect(await failure(c.request(groups.get, ['g1'], scope))).toBeInstanceOf(APIResponseTooLargeError);
    });

    it('is not retried', async () => {
      const c = await start((_, res) => endless(res), { maxResponseBytes: 1024, maxRetries: 2 });
      expect(await failure(c.request(groups.get, ['g1'], scope))).toBeInstanceOf(APIResponseTooLargeError);
      expect(server!.acceptEncodings).toHaveLength(1);
    });

    it('must be a non-negative number', () => {
      expect(() => new TestClient({ ...TRANSPORTS[transport], maxResponseBytes: -1 })).toThrow(
        'maxResponseBytes must be a non-negative number.',
      );
    });
  });

  describe('content-encoding', () => {
    const encoders: Record<string, (body: Buffer) => Buffer> = {
      gzip: gzipSync,
      deflate: deflateSync,
      br: brotliCompressSync,
    };

    it('asks for gzip, deflate and br', async () => {
      const c = await start((_, res) => res.writeHead(200).end(groupBody));
      await c.request(groups.get, ['g1'], scope);
      expect(server!.acceptEncodings[0]).toMatch(/gzip/);
      expect(server!.acceptEncodings[0]).toMatch(/deflate/);
      if (transport === 'undici') expect(server!.acceptEncodings[0]).toBe('gzip, deflate, br');
    });

    it.each(Object.keys(encoders))('decodes a %s body', async (encoding) => {
      const encoded = encoders[encoding]!(Buffer.from(groupBody));
      const c = await start((_, res) =>
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding }).end(encoded),
      );
      expect(await c.request(groups.get, ['g1'], scope)).toEqual({ id: 'g1', name: 'Devs' });
      // withResponse gives the decoded body.
      const { response } = await c.request(groups.get, ['g1'], scope).withResponse();
      expect(await response.json()).toEqual(JSON.parse(groupBody));
    });

    it('decodes a deflate body sent without its zlib wrapper, as some servers do', async () => {
      const encoded = deflateRawSync(Buffer.from(groupBody));
      const c = await start((_, res) => res.writeHead(200, { 'content-encoding': 'deflate' }).end(encoded));
      expect(await c.request(groups.get, ['g1'], scope)).toEqual({ id: 'g1', name: 'Devs' });
    });

    it('names an encoding it cannot decode, and prints no binary', async () => {
      const c = await start((_, res) =>
        res.writeHead(200, { 'content-encoding': 'compress' }).end(Buffer.from([0x1f, 0x9d, 0x90, 0xff])),
      );
      const error = await failure(c.request(groups.get, ['g1'], scope));
      expect(error).toBeInstanceOf(APIResponseParseError);
      expect(error.message).toBe(
        "200 GET /accounts/acc/access/groups/g1: the response is encoded with 'compress', which the client cannot decode",
      );
    });

    it('says a corrupt gzip body could not be decoded', async () => {
      const corrupt = gzipSync(Buffer.from(groupBody)).subarray(0, 12);
      corrupt[10] = 0xff;
      const c = await start((_, res) =>
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(Buffer.concat([corrupt, Buffer.alloc(8, 0xff)])),
      );
      const error = await failure(c.request(groups.get, ['g1'], scope));
      expect(error).toBeInstanceOf(APIResponseParseError);
      expect(error.message).toMatch(
        /^200 GET \/accounts\/acc\/access\/groups\/g1: the gzip-encoded response could not be decoded: /,
      );
      expect(error.message).not.toMatch(/[\u0000-\u0008\ufffd]/);
    });
  });
});

describe('the fetch option', () => {
  it('sends every request through the function given, as a plain call', async () => {
    const calls: { url: string; init: RequestInit; self: unknown }[] = [];
    const client = new TestClient({
      baseURL: 'https://api.example.test/client/v4',
      fetch: function (this: unknown, url, init) {
        calls.push({ url, init, self: this });
        return Promise.resolve(new Response(groupBody, { headers: { 'content-type': 'application/json' } }));
      },
    });
    expect(await client.request(groups.list, [], { ...scope, name: 'a b' })).toEqual({ id: 'g1', name: 'Devs' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://api.example.test/client/v4/accounts/acc/access/groups?name=a+b');
    expect(calls[0]!.init).toMatchObject({ method: 'GET', redirect: 'manual' });
    expect(calls[0]!.init.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, accept: 'application/json' });
    // Not `this.fetch(...)`: browsers throw 'Illegal invocation' when their fetch is called on another object.
    expect(calls[0]!.self).toBeUndefined();
  });

  it('reports a fetch that rejects as a connection error, with the rejection as its cause', async () => {
    const cause = new TypeError('fetch failed');
    const client = new TestClient({
      baseURL: 'https://api.example.test',
      maxRetries: 0,
      fetch: () => Promise.reject(cause),
    });
    const error = await failure(client.request(groups.get, ['g1'], scope));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.cause).toBe(cause);
  });

  it('reports a network permission the runtime refused (Deno) as such, not as a connection error, and does not retry', async () => {
    let calls = 0;
    const denied = Object.assign(new Error('Requires net access to "api.example.test:443"'), { name: 'NotCapable' });
    const client = new TestClient({
      baseURL: 'https://api.example.test',
      fetch: () => {
        calls++;
        return Promise.reject(denied);
      },
    });
    const error = await failure(client.request(groups.get, ['g1'], scope));
    expect(error).toBeInstanceOf(CloudflareError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect(error.message).toBe(
      'Permission denied: GET /accounts/acc/access/groups/g1: Requires net access to "api.example.test:443"',
    );
    expect(calls).toBe(1);
  });

  it('must be a function, and is not given with a dispatcher', () => {
    const failure = () => import('../../generator/runtime/failure.js');
    expect(() => createTransport({ fetch: 'no' as unknown as typeof fetch }, failure)).toThrow(
      'fetch must be a function.',
    );
    expect(() => createTransport({ fetch, dispatcher: new Agent() }, failure)).toThrow(/not both/);
  });
});

describe('the dispatcher option', () => {
  let server: WireServer;
  beforeEach(async () => {
    server = await wireServer((_, res) => res.writeHead(200).end(groupBody));
  });
  afterEach(() => server.close());

  it('sends through the dispatcher given, and close() leaves it open for its owner', async () => {
    const agent = new Agent();
    let dispatched = 0;
    const counting = agent.compose((dispatch) => (options, handler) => {
      dispatched++;
      return dispatch(options, handler);
    });
    const client = new BaseClient({ apiToken: TOKEN, baseURL: server.url, dispatcher: counting as Dispatcher }, api);
    expect(await client.request(groups.get, ['g1'], scope)).toEqual({ id: 'g1', name: 'Devs' });
    expect(dispatched).toBe(1);
    await client.close();
    const response = await agent.request({ origin: server.url, path: '/', method: 'GET' });
    expect(response.statusCode).toBe(200);
    await response.body.dump();
    await agent.close();
  });
});

describe('the environment', () => {
  const saved = process.env;
  afterEach(() => {
    process.env = saved;
  });

  /** An environment whose every read throws, as Deno's does without --allow-env; `reads` records the names. */
  function deniedEnvironment(reads: string[]): NodeJS.ProcessEnv {
    return new Proxy({} as NodeJS.ProcessEnv, {
      get: (_, name) => {
        reads.push(String(name));
        throw Object.assign(new Error(`Requires env access to "${String(name)}"`), { name: 'NotCapable' });
      },
    });
  }

  it('is not read at all when credentials are given', () => {
    const reads: string[] = [];
    process.env = deniedEnvironment(reads);
    expect(() => new TestClient({ apiToken: TOKEN })).not.toThrow();
    expect(reads).toEqual([]);
  });

  it('counts as absent where reading it is not permitted', () => {
    const reads: string[] = [];
    process.env = deniedEnvironment(reads);
    expect(() => new BaseClient({}, api)).toThrow(/^No credentials: pass apiToken/);
    expect(reads).toContain('CLOUDFLARE_API_TOKEN');
  });

  it('counts as absent where there is no process.env', () => {
    process.env = undefined as unknown as NodeJS.ProcessEnv;
    expect(() => new BaseClient({}, api)).toThrow(/^No credentials/);
    expect(new BaseClient({ apiToken: TOKEN, baseURL: 'https://api.example.test' }, api).baseURL).toBe(
      'https://api.example.test',
    );
  });
});
