import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as received. */
  readonly url: string;
  readonly pathname: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A scripted reply: JSON (`json`), raw text (`body`), or a socket reset (`reset`). */
export type Reply =
  | { status?: number; headers?: Record<string, string>; json?: unknown; body?: string; delayMs?: number }
  | { reset: true };

export type Handler = (request: RecordedRequest, index: number) => Reply;

export interface TestServer {
  /** 'http://127.0.0.1:<port>' */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Queues replies, used once each in order; then `fallback` answers. */
  reply(...replies: Reply[]): void;
  fallback: Handler;
  close(): Promise<void>;
}

export function envelope(result: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { success: true, errors: [], messages: [], result, ...extra };
}

export function failed(status: number, code: number, message: string): Reply {
  return { status, json: { success: false, errors: [{ code, message }], messages: [], result: null } };
}

function send(res: ServerResponse, reply: Exclude<Reply, { reset: true }>): void {
  const headers: Record<string, string> = { ...reply.headers };
  let body = reply.body ?? '';
  if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    headers['content-type'] ??= 'application/json';
  }
  res.writeHead(reply.status ?? 200, headers).end(body);
}

export async function startServer(): Promise<TestServer> {
  const queue: Reply[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        pathname: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const reply = queue.shift() ?? testServer.fallback(recorded, requests.length - 1);
      if ('reset' in reply) {
        req.socket.destroy();
      } else if (reply.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) send(res, reply);
        }, reply.delayMs);
        timers.add(timer);
      } else {
        send(res, reply);
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const testServer: TestServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => void queue.push(...replies),
    fallback: () => ({ status: 500, body: 'no reply scripted' }),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return testServer;
}

/** A port on 127.0.0.1 where nothing listens: connecting to it fails with ECONNREFUSED. */
export async function closedPortURL(): Promise<string> {
  const server = await startServer();
  await server.close();
  return server.url;
}
