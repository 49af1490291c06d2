/** Talking to the mock server in tests: JSON requests over HTTP, and the mock's command run as a process. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import Cloudflare from 'zero-trust-client';
import { startMockServer, type MockServer, type MockServerOptions } from 'zero-trust-client/mock';
import { request } from 'undici';
import { afterEach } from 'vitest';
import { ROOT } from './paths.js';

export const MOCK_CLI = path.join(ROOT, 'generated/dist/mock/cli.js');
export const AUTH = { authorization: 'Bearer any-token' };

export interface JsonAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly json: any;
}

type ClientOptions = Partial<ConstructorParameters<typeof Cloudflare>[0]>;

/**
 * A function that starts a mock server in-process with a client pointed at it; every server and
 * client it started is closed after each test.
 */
export function mockStarter() {
  const servers: MockServer[] = [];
  const clients: Cloudflare[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return async (options: MockServerOptions = {}, clientOptions: ClientOptions = {}) => {
    const mock = await startMockServer(options);
    servers.push(mock);
    const client = new Cloudflare({ apiToken: 'any-token', baseURL: mock.url, maxRetries: 0, ...clientOptions });
    clients.push(client);
    return { mock, client };
  };
}

/** A JSON request; a string body is sent as it is (for bodies that JSON.stringify cannot write). */
export async function send(
  url: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = AUTH,
): Promise<JsonAnswer> {
  const response = await request(url, {
    method: method as 'GET',
    headers: { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.statusCode, headers: response.headers, json: (await response.body.json()) as any };
}

/** The URL of a control endpoint (`/__mock/state`) of the mock whose base URL is `url`. */
export const controlUrl = (url: string, pathname: string) => new URL(`/__mock${pathname}`, url).href;

/** `npm run mock -- <args>` as a child process. */
export class MockProcess {
  stdout = '';
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly #child: ChildProcess;

  constructor(args: readonly string[]) {
    this.#child = spawn(process.execPath, [MOCK_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.#child.stdout!.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.#child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.#child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** The base URL it prints once it listens; rejects if it exits first. */
  async url(): Promise<string> {
    let exited = false;
    void this.exited.then(() => (exited = true));
    for (;;) {
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+\/client\/v4)/.exec(this.stdout);
      if (match) return match[1]!;
      if (exited) throw new Error(`the mock exited before listening:\n${this.stdout}\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  get pid(): number {
    return this.#child.pid!;
  }

  kill(signal: NodeJS.Signals): void {
    this.#child.kill(signal);
  }

  /** Stops it (SIGTERM) unless it has already stopped. */
  async stop(): Promise<void> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) this.#child.kill('SIGTERM');
    await this.exited;
  }
}
