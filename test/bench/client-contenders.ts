/**
 * The clients compared by the client benchmark, each doing the same HTTP work against the benchmark server.
 * Each is imported only when chosen, so that a load process loads one client and nothing of the others.
 */
import { ACCOUNT_ID, API_TOKEN, APPLICATION_BODY } from './fixtures.js';

export const CONTENDERS = ['ours', 'ours-strict', 'ours-fetch', 'sdk', 'undici'] as const;
export type ContenderName = (typeof CONTENDERS)[number];

export const CONTENDER_LABELS: Readonly<Record<ContenderName, string>> = {
  ours: 'zero-trust-client (validation off)',
  'ours-strict': "zero-trust-client (validation 'strict')",
  'ours-fetch': "zero-trust-client, fetch transport (Node's own fetch)",
  sdk: 'cloudflare SDK 7.3.0',
  undici: 'bare undici.request (floor)',
};

/** One call of each scenario; each resolves with the number of items it got, which the load process checks. */
export interface Contender {
  listGroups(): Promise<number>;
  createApplication(): Promise<number>;
  /** Every group of every page, with `for await`. */
  walkGroups(): Promise<number>;
  close(): Promise<void>;
}

/** The methods both clients share; the two packages' own types differ in details the benchmark does not use. */
interface ClientShape {
  zeroTrust: {
    access: {
      groups: { list(params: { account_id: string }): PromiseLike<{ result: unknown[] }> & AsyncIterable<unknown> };
      applications: { create(params: Record<string, unknown>): PromiseLike<unknown> };
    };
  };
}

function clientContender(client: ClientShape, close: () => Promise<void>): Contender {
  const { groups, applications } = client.zeroTrust.access;
  return {
    listGroups: async () => (await groups.list({ account_id: ACCOUNT_ID })).result.length,
    createApplication: async () =>
      (await applications.create({ account_id: ACCOUNT_ID, ...APPLICATION_BODY })) ? 1 : 0,
    walkGroups: async () => {
      let count = 0;
      for await (const _group of groups.list({ account_id: ACCOUNT_ID })) count++;
      return count;
    },
    close,
  };
}

/** `transport` 'fetch': the transport of Deno, Bun, Workers and browsers, here over Node's own fetch. */
async function ours(
  origin: string,
  validation: 'off' | 'strict',
  transport: 'undici' | 'fetch' = 'undici',
): Promise<Contender> {
  const { default: Cloudflare } = await import('zero-trust-client');
  const client = new Cloudflare({
    apiToken: API_TOKEN,
    baseURL: `${origin}/client/v4`,
    maxRetries: 0,
    validation,
    ...(transport === 'fetch' ? { fetch: (url: string, init: RequestInit) => fetch(url, init) } : {}),
  });
  return clientContender(client as unknown as ClientShape, () => client.close());
}

async function sdk(origin: string): Promise<Contender> {
  const { default: Cloudflare } = await import('cloudflare');
  const client = new Cloudflare({ apiToken: API_TOKEN, baseURL: `${origin}/client/v4`, maxRetries: 0 });
  return clientContender(client as unknown as ClientShape, async () => {});
}

/** The floor: the same requests with undici.request, reading and parsing each JSON body, nothing else. */
async function bareUndici(origin: string): Promise<Contender> {
  const { request, Agent } = await import('undici');
  const dispatcher = new Agent();
  const headers = { authorization: `Bearer ${API_TOKEN}`, accept: 'application/json' };
  const groupsURL = `${origin}/client/v4/accounts/${ACCOUNT_ID}/access/groups`;
  const getPage = async (url: string) => {
    const response = await request(url, { dispatcher, headers });
    return (await response.body.json()) as { result: unknown[]; result_info: { page: number; total_pages: number } };
  };
  return {
    listGroups: async () => (await getPage(groupsURL)).result.length,
    createApplication: async () => {
      const response = await request(`${origin}/client/v4/accounts/${ACCOUNT_ID}/access/apps`, {
        dispatcher,
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(APPLICATION_BODY),
      });
      return ((await response.body.json()) as { result: unknown }).result ? 1 : 0;
    },
    walkGroups: async () => {
      let count = 0;
      for (let page = 1; ; page++) {
        const body = await getPage(page === 1 ? groupsURL : `${groupsURL}?page=${page}`);
        count += body.result.length;
        if (body.result_info.page >= body.result_info.total_pages) return count;
      }
    },
    close: () => dispatcher.close(),
  };
}

export function createContender(name: ContenderName, origin: string): Promise<Contender> {
  switch (name) {
    case 'ours':
      return ours(origin, 'off');
    case 'ours-strict':
      return ours(origin, 'strict');
    case 'ours-fetch':
      return ours(origin, 'off', 'fetch');
    case 'sdk':
      return sdk(origin);
    case 'undici':
      return bareUndici(origin);
  }
}
