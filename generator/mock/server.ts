/**
 * A stateful stand-in for the API on node:http: routes from the spec, state in memory (and in a
 * file, if asked), requests checked with the generated schemas, Cloudflare's envelope and errors.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SchemaRegistry } from '../runtime/index.js';
import { ERROR_CODES, failure, runAction, type Answer } from './actions.js';
import { checkAuth } from './auth.js';
import { control, CONTROL_PATH } from './control.js';
import { checkedCorsOption, CorsPolicy, isPreflight, type CorsOption } from './cors.js';
import { Faults, FAULT_HEADER, type Fault } from './faults.js';
import { MAX_DEPTH } from './limits.js';
import { listen } from './listen.js';
import { Router } from './match.js';
import { readQuery } from './params.js';
import { readJsonBody } from './request-body.js';
import type { MockRoute } from './route.js';
import { checkState } from './state-check.js';
import { readSnapshotFile, removeStrayTemporaries, writeSnapshotFile } from './state-file.js';
import { StatePaths } from './state-paths.js';
import { Store, type Snapshot } from './store.js';
import { checkRequest, fitToAnswer } from './validation.js';

export const BASE_PATH = '/client/v4';

export interface MockApi {
  readonly routes: readonly MockRoute[];
  readonly schemas: SchemaRegistry;
}

export interface MockServerOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** 127.0.0.1 by default. */
  readonly host?: string;
  /** When set, every route (the API, /__mock, the fault header) needs this API token (or API key); otherwise any is accepted. */
  readonly token?: string;
  /** The first state: a snapshot, or the path of a JSON file holding one. */
  readonly seed?: Snapshot | string;
  /** A JSON file the state is kept in: read at start (it wins over `seed`), rewritten after every change. */
  readonly stateFile?: string;
  /**
   * Origins whose pages may call the mock from a browser: `'*'` for any, a list, or `false` for
   * none. By default any origin when bound to a loopback address, none otherwise.
   */
  readonly cors?: CorsOption;
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
  const corsOrigins = checkedCorsOption(options.cors);
  const router = new Router(api.routes);
  const store = new Store();
  const faults = new Faults();
  const paths = new StatePaths(api.routes);
  const load = (snapshot: unknown, source: string) => {
    try {
      store.replace(checkState(snapshot, paths));
    } catch (error) {
      throw new Error(`${source}: ${(error as Error).message}`);
    }
  };
  if (options.stateFile) await removeStrayTemporaries(options.stateFile);
  const saved = options.stateFile ? await readSnapshotFile(options.stateFile, true) : undefined;
  const seed = typeof options.seed === 'string' ? await readSnapshotFile(options.seed, false) : options.seed;
  if (saved !== undefined) load(saved, options.stateFile!);
  else if (seed !== undefined) load(seed, typeof options.seed === 'string' ? options.seed : 'seed');
  // Writes one at a time, each of the state as it is when its turn comes; one that fails does not stop the next.
  let saving = Promise.resolve();
  const persist = (): Promise<void> => {
    const file = options.stateFile;
    if (!file) return saving;
    const write = saving.then(() => writeSnapshotFile(file, store.snapshot()));
    saving = write.catch(() => {});
    return write.catch((error: unknown) => {
      const reason = (error as Error).message;
      throw new Error(
        `The change was made, but the state file could not be written (${reason}); it is written again with the next change`,
      );
    });
  };

  // Known once the server listens, before it handles any request.
  let cors: CorsPolicy;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://mock');
    const method = req.method ?? 'GET';
    // Browsers send no credentials with a preflight, so it is answered before auth.
    if (isPreflight(method, req.headers)) return answerPreflight(res, cors.preflightHeaders(req.headers));
    for (const [name, value] of Object.entries(cors.headersFor(req.headers))) res.setHeader(name, value);
    const isControl = url.pathname === CONTROL_PATH || url.pathname.startsWith(`${CONTROL_PATH}/`);
    const denied = checkAuth(req.headers, options.token, isControl);
    if (denied) return sendJson(res, denied);
    if (isControl) {
      const read = await readJsonBody(req);
      if ('refused' in read) return sendJson(res, read.refused, read.headers);
      const controlled = { store, faults, paths, persist };
      return sendJson(res, await control(controlled, method, url.pathname.slice(CONTROL_PATH.length), read.value));
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
    const read = await readJsonBody(req, MAX_DEPTH);
    if ('refused' in read) return sendJson(res, read.refused, read.headers);
    const body = read.value;
    const query = readQuery(route, url.searchParams);
    const invalid = checkRequest(api.schemas, route, values, query, body);
    if (invalid) return sendJson(res, invalid);

    const fit = fitToAnswer(api.schemas, route);
    const answer = runAction({ route, values, query, body, store, now: new Date().toISOString(), fit });
    if (answer.status === 200 && changesState(route)) await persist();
    sendJson(res, answer);
  };

  const server = createServer((req, res) => {
    handle(req, res)
      .catch((error: unknown) => {
        if (res.headersSent) return void res.destroy();
        sendJson(res, failure(500, ERROR_CODES.internal, (error as Error).message));
      })
      .finally(() => options.log?.(`${req.method} ${req.url} ${res.statusCode}`));
  });
  await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  let closing: Promise<void> | undefined;
  const address = server.address() as AddressInfo;
  cors = new CorsPolicy(corsOrigins, address.address);
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

function faultAnswer(fault: Extract<Fault, { type: 'status' }>): Answer {
  if (fault.status === 429) return failure(429, ERROR_CODES.rateLimited, 'Rate limited (injected by the mock server)');
  return failure(fault.status, ERROR_CODES.internal, `Injected failure: ${fault.status}`);
}

/** 204 with the CORS headers for an allowed origin; a 403 that says how to allow it for another. */
function answerPreflight(res: ServerResponse, headers: Record<string, string> | undefined): void {
  if (headers) return void res.writeHead(204, headers).end();
  const message = 'CORS: this origin is not allowed; start the mock with --cors ORIGIN (or the cors option)';
  sendJson(res, failure(403, ERROR_CODES.authentication, message));
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
