/**
 * One scenario, run unchanged in Node, Deno, Bun, workerd and Chromium against the mock server:
 * the package is imported by name, so each runtime picks its entry by the package's conditions.
 * It runs with the main entry's client or the tree-shakable entry's (`createClient({ resources })`).
 * Portable on purpose: only what every runtime has (fetch, URL, Response, Promise, setTimeout).
 */
import Cloudflare, {
  APIConnectionError,
  APIConnectionTimeoutError,
  CloudflareError,
  NotFoundError,
  RateLimitError,
  ValidationError,
} from 'zero-trust-client';
import { BaseGroups } from 'zero-trust-client/resources/zero-trust/access/groups';
import { createClient } from 'zero-trust-client/tree-shakable';
import { ACCOUNTS, INVALID_GROUP_ID } from './seed.js';

/** Which entry point's client the scenario runs with. */
export type ScenarioEntry = 'main' | 'tree-shakable';

export interface ScenarioOptions {
  /** The mock's base URL, http://127.0.0.1:<port>/client/v4 */
  readonly baseURL: string;
  /** Added to every client's options (a `fetch`, say). */
  readonly clientOptions?: Readonly<Record<string, unknown>>;
  /** Default 'main'. */
  readonly entry?: ScenarioEntry;
}

export interface ScenarioReport {
  readonly entry: ScenarioEntry;
  /** The steps that passed, in order: all of `SCENARIO_STEPS` when the scenario passed. */
  readonly steps: string[];
}

export const SCENARIO_STEPS = [
  'no credential given or readable -> CloudflareError, before any request',
  'create a group',
  'get it',
  'get it with its Response',
  'walk 45 groups across 3 pages with for await, each once',
  'update it',
  'delete it',
  'get it -> NotFoundError',
  'a 429 without retries -> RateLimitError with Retry-After',
  'a 429 twice, then success, retried',
  'a slow answer and a small timeout -> APIConnectionTimeoutError',
  'strict validation: a result that matches',
  'strict validation: a result that does not match -> ValidationError',
  'strict validation: params that do not match -> ValidationError, nothing sent',
] as const;

type Step = (typeof SCENARIO_STEPS)[number];

class ScenarioFailure extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ScenarioFailure(message);
}

/** The same JSON whatever order the keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function sameJson(actual: unknown, expected: unknown, what: string): void {
  check(
    canonical(actual) === canonical(expected),
    `${what}: got ${canonical(actual)}, expected ${canonical(expected)}`,
  );
}

/** The error `call` rejects with; fails when it resolves. */
async function rejection(call: () => PromiseLike<unknown>, what: string): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new ScenarioFailure(`${what}: resolved, expected an error`);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error);
}

interface ScenarioClient {
  readonly zeroTrust: { readonly access: { readonly groups: BaseGroups } };
  close(): Promise<void>;
}

/** The entry's client; the tree-shakable one holds the groups alone. */
function clientOf(entry: ScenarioEntry, options: ConstructorParameters<typeof Cloudflare>[0]): ScenarioClient {
  return entry === 'main' ? new Cloudflare(options) : createClient({ ...options, resources: [BaseGroups] });
}

export async function runScenario(options: ScenarioOptions): Promise<ScenarioReport> {
  const entry = options.entry ?? 'main';
  const base = { apiToken: 'scenario-token', baseURL: options.baseURL, maxRetries: 0, ...options.clientOptions };
  const client = clientOf(entry, base);
  const strict = clientOf(entry, { ...base, validation: 'strict' });
  const groups = client.zeroTrust.access.groups;
  const account_id = ACCOUNTS.lifecycle;
  const steps: string[] = [];
  const step = async (name: Step, body: () => Promise<void>) => {
    try {
      await body();
    } catch (error) {
      const reason = error instanceof ScenarioFailure ? error.message : `threw ${describe(error)}`;
      throw new Error(`scenario step "${name}" failed: ${reason}`, { cause: error });
    }
    steps.push(name);
  };

  await step('no credential given or readable -> CloudflareError, before any request', async () => {
    // Run with no CLOUDFLARE_* variables, or none readable (Deno without --allow-env, a browser, a Worker).
    let error: unknown;
    const noCredentials = { baseURL: options.baseURL, ...options.clientOptions };
    if (entry === 'main') {
      try {
        new Cloudflare(noCredentials);
      } catch (thrown) {
        error = thrown;
      }
    } else {
      // The tree-shakable client reads its credentials when its first call is sent: that call rejects.
      const { groups: unsent } = clientOf(entry, noCredentials).zeroTrust.access;
      error = await rejection(() => unsent.list({ account_id: ACCOUNTS.lifecycle }), 'a call without credentials');
    }
    check(error instanceof CloudflareError, `not a CloudflareError: ${describe(error)}`);
    check(!(error instanceof APIConnectionError), `a connection error: ${describe(error)}`);
    check(/apiToken|CLOUDFLARE_API_TOKEN/.test(error.message), `the message names no credential: ${error.message}`);
  });

  let id = '';
  let created: unknown;
  await step('create a group', async () => {
    const group = await groups.create({ account_id, name: 'Devs', include: [{ email: { email: 'dev@example.com' } }] });
    check(typeof group.id === 'string' && group.id.length > 0, `no id in ${canonical(group)}`);
    check(group.name === 'Devs', `name ${String(group.name)}`);
    id = group.id;
    created = group;
  });
  await step('get it', async () => {
    sameJson(await groups.get(id, { account_id }), created, 'the group got');
  });
  await step('get it with its Response', async () => {
    const { data, response } = await groups.get(id, { account_id }).withResponse();
    sameJson(data, created, 'the data');
    check(response instanceof Response, `not a Response: ${describe(response)}`);
    check(response.status === 200, `status ${response.status}`);
    check((response.headers.get('content-type') ?? '').startsWith('application/json'), 'content-type');
  });
  await step('walk 45 groups across 3 pages with for await, each once', async () => {
    const walk = { account_id: ACCOUNTS.walk };
    const made = await Promise.all(
      Array.from({ length: 45 }, (_, i) => groups.create({ ...walk, name: `g${i}`, include: [{ everyone: {} }] })),
    );
    const first = await groups.list({ ...walk, per_page: 20 });
    check(first.result.length === 20 && first.hasNextPage(), `first page: ${first.result.length} items`);
    const seen: string[] = [];
    for await (const group of groups.list({ ...walk, per_page: 20 })) seen.push(group.id!);
    check(seen.length === 45, `walked ${seen.length} groups`);
    check(new Set(seen).size === 45, 'a group came twice');
    sameJson([...seen].sort(), made.map((group) => group.id!).sort(), 'the ids walked');
  });
  await step('update it', async () => {
    const include = [{ email_domain: { domain: 'example.com' } }];
    const updated = await groups.update(id, { account_id, name: 'Developers', include });
    check(updated.id === id && updated.name === 'Developers', `updated: ${canonical(updated)}`);
    sameJson(updated.include, include, 'include');
    sameJson(await groups.get(id, { account_id }), updated, 'the group got after the update');
  });
  await step('delete it', async () => {
    await groups.delete(id, { account_id });
  });
  await step('get it -> NotFoundError', async () => {
    const error = await rejection(() => groups.get(id, { account_id }), 'get after delete');
    check(error instanceof NotFoundError, `not a NotFoundError: ${describe(error)}`);
    check(error.status === 404, `status ${error.status}`);
    check(canonical(error.errors).includes(id), `errors ${canonical(error.errors)}`);
  });
  await step('a 429 without retries -> RateLimitError with Retry-After', async () => {
    const headers = { 'x-mock-fault': '429; count=1; retry-after=0' };
    const error = await rejection(() => groups.list({ account_id }, { headers }), 'a rate-limited call');
    check(error instanceof RateLimitError, `not a RateLimitError: ${describe(error)}`);
    check(error.status === 429, `status ${error.status}`);
    check(error.headers?.get('retry-after') === '0', `retry-after ${error.headers?.get('retry-after')}`);
  });
  await step('a 429 twice, then success, retried', async () => {
    const headers = { 'x-mock-fault': '429; count=2; retry-after=0' };
    const page = await groups.list({ account_id }, { headers, maxRetries: 2 });
    check(Array.isArray(page.result), `result ${canonical(page.result)}`);
  });
  await step('a slow answer and a small timeout -> APIConnectionTimeoutError', async () => {
    const headers = { 'x-mock-fault': 'slow; delay=3000' };
    const started = Date.now();
    const error = await rejection(() => groups.list({ account_id }, { headers, timeout: 250 }), 'a slow call');
    check(error instanceof APIConnectionTimeoutError, `not an APIConnectionTimeoutError: ${describe(error)}`);
    check(Date.now() - started < 2500, `gave up after ${Date.now() - started} ms`);
  });
  await step('strict validation: a result that matches', async () => {
    const group = await strict.zeroTrust.access.groups.create({
      account_id,
      name: 'Strict',
      include: [{ everyone: {} }],
    });
    sameJson(await strict.zeroTrust.access.groups.get(group.id!, { account_id }), group, 'the strict get');
  });
  await step('strict validation: a result that does not match -> ValidationError', async () => {
    const invalid = { account_id: ACCOUNTS.invalid };
    const loose = await groups.get(INVALID_GROUP_ID, invalid);
    check((loose.name as unknown) === 42, `the seeded group: ${canonical(loose)}`);
    const error = await rejection(() => strict.zeroTrust.access.groups.get(INVALID_GROUP_ID, invalid), 'a strict get');
    check(error instanceof ValidationError, `not a ValidationError: ${describe(error)}`);
    check(error.direction === 'response', `direction ${error.direction}`);
    check(error.path === 'result.name', `path ${error.path}`);
  });
  await step('strict validation: params that do not match -> ValidationError, nothing sent', async () => {
    const before = (await groups.list({ account_id })).result.length;
    const bad = { account_id, name: 7 as unknown as string, include: [] };
    const error = await rejection(() => strict.zeroTrust.access.groups.create(bad), 'a strict create');
    check(error instanceof ValidationError, `not a ValidationError: ${describe(error)}`);
    check(error.direction === 'request', `direction ${error.direction}`);
    check((await groups.list({ account_id })).result.length === before, 'the create was sent');
  });
  await Promise.all([client.close(), strict.close()]);
  return { entry, steps };
}
