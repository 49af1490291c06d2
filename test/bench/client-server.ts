/**
 * The API stand-in for the client benchmark, run as its own process (forked with IPC) so that the server's work
 * is not counted in the client's CPU time. Answers Cloudflare envelopes from bodies serialized once.
 * IPC: sends { port } when listening; answers 'count' with { count } (requests served so far); exits on 'close'.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applicationCreatedBody, GROUP_PAGES, groupsPageBody } from './fixtures.js';

const GROUPS_PATH = /^\/client\/v4\/(?:accounts|zones)\/[^/]+\/access\/groups$/;
const APPS_PATH = /^\/client\/v4\/(?:accounts|zones)\/[^/]+\/access\/apps$/;

// One past the last page too: a client that walks until an empty page asks for it.
const pageBodies = Array.from({ length: GROUP_PAGES + 1 }, (_, i) => Buffer.from(groupsPageBody(i + 1)));
const emptyPageBody = pageBodies[GROUP_PAGES]!;
const createdBody = Buffer.from(applicationCreatedBody());
const notFoundBody = Buffer.from(
  JSON.stringify({ success: false, errors: [{ code: 7003, message: 'No route' }], messages: [], result: null }),
);

let served = 0;

function reply(res: ServerResponse, status: number, body: Buffer): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  served++;
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const pathname = queryAt < 0 ? url : url.slice(0, queryAt);
  if (req.method === 'GET' && GROUPS_PATH.test(pathname)) {
    const page = Number(new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1)).get('page') ?? '1');
    reply(res, 200, pageBodies[page - 1] ?? emptyPageBody);
    return;
  }
  if (req.method === 'POST' && APPS_PATH.test(pathname)) {
    // Read the whole request body before answering, as a real server does.
    req.resume();
    req.on('end', () => reply(res, 200, createdBody));
    return;
  }
  reply(res, 404, notFoundBody);
}

const server = createServer({ keepAliveTimeout: 60_000 }, handle);
server.listen(0, '127.0.0.1', () => {
  process.send!({ port: (server.address() as AddressInfo).port });
});

process.on('message', (message) => {
  if (message === 'count') process.send!({ count: served });
  if (message === 'close') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
// The parent's death closes the IPC channel: never outlive it.
process.on('disconnect', () => process.exit(0));
