// Copied from generator/mock/server.ts by `npm run generate`. Edit it there.
/**
 * A stateful stand-in for the API on node:http: routes from the spec, state in memory (and in a
 * file, if asked), requests checked with the generated schemas, Cloudflare's envelope and errors.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SchemaRegistry } from '../runtime/index.js';
import { ERROR_CODES, failure, newId, runAction, type Answer } from './actions.js';
import { control, CONTROL_PATH } from './control.js';
import { Faults, FAULT_HEADER, type Fault } from './faults.js';
import { compileTemplate, matchTemplate, Router } from './match.js';
import { paramsOf, readQuery } from './params.js';
import type { MockRoute } from './route.js';
import { readSnapshotFile, writeSnapshotFile } from './state-file.js';
import { Store, type Item, type Snapshot } from './store.js';
import { checkParams, fitToAnswer } from './validation.js';

export const BASE_PATH = '/client/v4';
const MAX_BODY_BYTES = 1 << 20;

export interface MockApi {
  readonly routes: readonly MockRoute[];
  readonly schemas: SchemaRegistry;
}

export interface MockServerOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** 127.0.0.1 by default. */
  readonly host?: string;
  /** When set, only this API token (or API key) is accepted; otherwise any is. */
  readonly token?: string;
  /** The first state: a snapshot, or the path of a JSON file holding one. */
  readonly seed?: Snapshot | string;
  /** A JSON file the state is kept in: read at start (it wins over `seed`), rewritten after every change. */
  readonly stateFile?: string;
  /** Receives a line per request: method, path, status. */
  readonly log?: (line: string) => void;
}

export interface MockServer {
  /** Base URL for clients: http://127.0.0.1:<port>/client/v4 */
  readonly url: string;
  readonly store: Store;
  readonly faults: Faults;
  /** Stops listening, drops open connections, and waits for the state file to be written. */
  close(): Promise<void>;
}

export async function serveMock(api: MockApi, options: MockServerOptions = {}): Promise<MockServer> {
  const router = new Router(api.routes);
  const store = new Store();
  const faults = new Faults();
  const idOf = itemIds(api.routes);
  const initial = options.stateFile ? await readSnapshotFile(options.stateFile, true) : undefined;
  const seed = typeof options.seed === 'string' ? await readSnapshotFile(options.seed, false) : options.seed;
  if (initial ?? seed) store.load((initial ?? seed)!, idOf);
  // Writes one at a time, each of the state as it is when its turn comes.
  let saving = Promise.resolve();
  const persist = (): Promise<void> => {
    const file = options.stateFile;
    if (file) saving = saving.then(() => writeSnapshotFile(file, store.snapshot()));
    return saving;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://mock');
    const method = req.method ?? 'GET';
    if (url.pathname === CONTROL_PATH || url.pathname.startsWith(`${CONTROL_PATH}/`)) {
      const body = await readBody(req);
      return sendJson(
        res,
        await control({ store, faults, idOf, persist }, method, url.pathname.slice(CONTROL_PATH.length), body),
      );
    }
    if (!url.pathname.startsWith(`${BASE_PATH}/`))
      return sendJson(res, failure(404, ERROR_CODES.noRoute, 'No route for that URI'));
    const path = url.pathname.slice(BASE_PATH.length);

    const header = req.headers[FAULT_HEADER];
    let fault: Fault | undefined;
    try {
      fault = faults.take(method, path, Array.isArray(header) ? header[0] : header);
    } catch (error) {
      return sendJson(res, failure(400, ERROR_CODES.invalidRequest, `${FAULT_HEADER}: ${(error as Error).message}`));
    }
    if (fault?.type === 'reset') return void req.socket.destroy();
    if (fault?.type === 'status')
      return sendJson(res, faultAnswer(fault), fault.status === 429 ? { 'retry-after': String(fault.retryAfter) } : {});
    if (fault?.type === 'slow') await sleep(fault.delayMs);

    const denied = checkAuth(req, options.token);
    if (denied) return sendJson(res, denied);
    const matched = router.match(method, path);
    if ('status' in matched) {
      return sendJson(
        res,
        matched.status === 405
          ? failure(405, ERROR_CODES.methodNotAllowed, `Method ${method} not allowed for ${path}`)
          : failure(404, ERROR_CODES.noRoute, `No route for ${method} ${path}`),
      );
    }
    const { route, values } = matched;
    const text = await readBody(req);
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      return sendJson(res, failure(400, ERROR_CODES.invalidJson, 'The request body is not valid JSON'));
    }
    const query = readQuery(route, url.searchParams);
    const invalid = checkParams(api.schemas, route, paramsOf(route, values, query, body));
    if (invalid) return sendJson(res, invalid);

    const fit = fitToAnswer(api.schemas, route);
    const answer = runAction({ route, values, query, body, store, now: new Date().toISOString(), fit });
    if (answer.status === 200 && changesState(route)) await persist();
    sendJson(res, answer);
  };

  const server = createServer((req, res) => {
    handle(req, res)
      .catch((error: unknown) => sendJson(res, failure(500, ERROR_CODES.internal, (error as Error).message)))
      .finally(() => options.log?.(`${req.method} ${req.url} ${res.statusCode}`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  let closing: Promise<void> | undefined;
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}${BASE_PATH}`,
    store,
    faults,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => saving)),
  };
}

const changesState = (route: MockRoute) => !['get', 'list', 'example'].includes(route.action);

/** Any API token or key is accepted unless a token is given; none at all is refused. */
function checkAuth(req: IncomingMessage, token: string | undefined): Answer | undefined {
  const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const key = req.headers['x-auth-key'];
  const given = bearer ?? (typeof key === 'string' && req.headers['x-auth-email'] ? key : undefined);
  if (given === undefined) return failure(401, ERROR_CODES.authentication, 'Authentication error: no API token or key');
  if (token !== undefined && given !== token) return failure(403, ERROR_CODES.authentication, 'Authentication error');
  return undefined;
}

function faultAnswer(fault: Extract<Fault, { type: 'status' }>): Answer {
  if (fault.status === 429) return failure(429, ERROR_CODES.rateLimited, 'Rate limited (injected by the mock server)');
  return failure(fault.status, ERROR_CODES.internal, `Injected failure: ${fault.status}`);
}

/** How items of each collection are named: by their id field, or by a new id given to them. */
function itemIds(routes: readonly MockRoute[]): (collection: string, item: Item) => string {
  const collections = routes
    .filter((r) => r.store && r.itemParam)
    .map((route) => ({ route, ...compileTemplate(route.store!) }));
  return (path, item) => {
    const route = collections.find((c) => matchTemplate(c, path))?.route;
    const field = route?.idField ?? 'id';
    const id = item[field];
    if (typeof id === 'string' || typeof id === 'number') return String(id);
    const fresh = newId(route?.idFormat);
    item[field] = fresh;
    return fresh;
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(`request body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, answer: Answer, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
