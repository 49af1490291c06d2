import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloudflareError, Page, PaginationError, type Endpoint } from '../../generator/runtime/index.js';
import { groups, TestClient, TOKEN } from './fixtures.js';
import { envelope, failed, startServer, type Reply, type TestServer } from '../helpers/http-server.js';

let server: TestServer;
let client: TestClient;
const scope = { account_id: 'acc' };

const devices: Endpoint = {
  id: 'zeroTrust.devices.list',
  method: 'GET',
  path: '/accounts/{account_id}/devices/physical-devices',
  pagination: 'cursor',
};
const single: Endpoint = { ...groups.list, id: 'single', pagination: 'single' };

function pageReply(items: unknown[], page: number, totalPages?: number): Reply {
  const info: Record<string, unknown> = { page, per_page: 2, count: items.length };
  if (totalPages !== undefined) Object.assign(info, { total_pages: totalPages, total_count: totalPages * 2 });
  return { json: envelope(items, { result_info: info }) };
}

function cursorReply(items: unknown[], cursor: string | null): Reply {
  return { json: envelope(items, { result_info: { cursor, per_page: 2, count: items.length } }) };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function collectPages<T>(first: Page<T>): Promise<Page<T>[]> {
  const out: Page<T>[] = [];
  for await (const page of first.iterPages()) out.push(page);
  return out;
}

/** Walks until the walk fails, keeping the items it yields; the failure must be a PaginationError. */
async function walkError<T>(items: AsyncIterable<T>, seen: T[]): Promise<PaginationError> {
  try {
    for await (const item of items) seen.push(item);
  } catch (error) {
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toBeInstanceOf(CloudflareError);
    return error as PaginationError;
  }
  throw new Error('expected the walk to fail');
}

beforeEach(async () => {
  server = await startServer();
  client = new TestClient({ baseURL: server.url });
});

afterEach(async () => {
  await client.close();
  await server.close();
});

describe('page style', () => {
  it('walks 3 pages of total_pages=3 with exactly 3 requests, in order', async () => {
    server.reply(pageReply([1, 2], 1, 3), pageReply([3, 4], 2, 3), pageReply([5], 3, 3));
    const items = await collect(client.requestPage<number>(groups.list, [], { ...scope, name: 'x', per_page: 2 }));
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/accounts/acc/access/groups?name=x&per_page=2',
      '/accounts/acc/access/groups?name=x&page=2&per_page=2',
      '/accounts/acc/access/groups?name=x&page=3&per_page=2',
    ]);
  });

  it('awaiting gives the first page; getNextPage and iterPages continue it', async () => {
    server.reply(pageReply(['a'], 1, 2), pageReply(['b'], 2, 2));
    const first = await client.requestPage<string>(groups.list, [], scope);
    expect(first).toBeInstanceOf(Page);
    expect(first.result).toEqual(['a']);
    expect(first.result_info).toMatchObject({ page: 1, total_pages: 2 });
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.result).toEqual(['b']);
    expect(second.hasNextPage()).toBe(false);
    await expect(second.getNextPage()).rejects.toThrow(CloudflareError);
    expect(server.requests).toHaveLength(2);
  });

  it('iterPages yields page objects', async () => {
    server.reply(pageReply([1], 1, 2), pageReply([2], 2, 2));
    const first = await client.requestPage<number>(groups.list, [], scope);
    const pages = await collect(first.iterPages());
    expect(pages.map((p) => p.result)).toEqual([[1], [2]]);
  });

  it('starts from the requested page', async () => {
    server.reply(pageReply([5, 6], 3), pageReply([], 4));
    expect(await collect(client.requestPage(groups.list, [], { ...scope, page: 3 }))).toEqual([5, 6]);
    expect(server.requests[1]!.query.get('page')).toBe('4');
  });

  it('stops at an empty page when total_pages is unknown', async () => {
    server.reply(pageReply([1, 2], 1), pageReply([3], 2), pageReply([], 3));
    expect(await collect(client.requestPage(groups.list, [], scope))).toEqual([1, 2, 3]);
    expect(server.requests).toHaveLength(3);
  });

  it('treats a null result as an empty page', async () => {
    server.reply({ json: envelope(null, { result_info: { page: 1, total_pages: 0 } }) });
    const page = await client.requestPage(groups.list, [], scope);
    expect(page.result).toEqual([]);
    expect(page.hasNextPage()).toBe(false);
  });

  it('throws a PaginationError when the server answers page 1 to ?page=2', async () => {
    server.fallback = () => pageReply([{ id: 'g1' }, { id: 'g2' }], 1, 2);
    const seen: unknown[] = [];
    const error = await walkError(client.requestPage(groups.list, [], scope), seen);
    expect(seen).toEqual([{ id: 'g1' }, { id: 'g2' }]);
    expect(server.requests.map((r) => r.query.get('page'))).toEqual([null, '2']);
    expect(error).toMatchObject({ method: 'GET', path: '/accounts/acc/access/groups' });
    expect(error.message).toBe(
      'GET /accounts/acc/access/groups: asked for page 2, the server answered page 1: ' +
        'it ignores the page asked for, and the walk stops here.',
    );
    for (const text of [error.message, error.stack, inspect(error), JSON.stringify(error)]) {
      expect(text).not.toContain(TOKEN.slice(0, 6));
    }
  });

  it('throws a PaginationError when a page without page numbers repeats the previous items', async () => {
    server.fallback = () => ({ json: envelope([{ id: 'g1' }, { id: 'g2' }], { result_info: { per_page: 2 } }) });
    const first = await client.requestPage(groups.list, [], scope);
    expect(first.hasNextPage()).toBe(true);
    await expect(first.getNextPage()).rejects.toThrow(PaginationError);
    await expect(collectPages(first)).rejects.toThrow(/the items of the previous one/);
  });

  it('repeats of items without ids are found by their content', async () => {
    server.fallback = () => ({ json: envelope(['x', 'y'], { result_info: {} }) });
    await expect(collect(client.requestPage(groups.list, [], scope))).rejects.toThrow(PaginationError);
    expect(server.requests).toHaveLength(2);
  });

  it('a server that ignores the page and reorders the same items is caught too', async () => {
    server.reply(
      { json: envelope([{ id: 'a' }, { id: 'b' }, { id: 'c' }], { result_info: {} }) },
      { json: envelope([{ id: 'c' }, { id: 'a' }, { id: 'b' }], { result_info: {} }) },
    );
    await expect(collect(client.requestPage(groups.list, [], scope))).rejects.toThrow(PaginationError);
    expect(server.requests).toHaveLength(2);
  });

  it('items without a usable id are compared whole', async () => {
    server.reply(
      pageReply([{ id: null, name: 'a' }], 1),
      pageReply([{ id: null, name: 'b' }], 2),
      pageReply([{ id: null, name: 'b' }], 3),
    );
    const seen: unknown[] = [];
    await walkError(client.requestPage(groups.list, [], scope), seen);
    expect(seen).toEqual([
      { id: null, name: 'a' },
      { id: null, name: 'b' },
    ]);
    expect(server.requests).toHaveLength(3);
  });

  it('a page that only overlaps the previous one is not a repeat', async () => {
    server.reply(pageReply([{ id: 'a' }, { id: 'b' }], 1, 2), pageReply([{ id: 'b' }, { id: 'c' }], 2, 2));
    const items = await collect(client.requestPage<{ id: string }>(groups.list, [], scope));
    expect(items.map((g) => g.id)).toEqual(['a', 'b', 'b', 'c']);
  });

  it('fails on an error in a later page', async () => {
    server.reply(pageReply([1], 1, 2), failed(403, 10000, 'forbidden'));
    await expect(collect(client.requestPage(groups.list, [], scope))).rejects.toThrow('403');
  });
});

describe('cursor style', () => {
  it('follows result_info.cursor until it is empty', async () => {
    server.reply(cursorReply([1, 2], 'c2'), cursorReply([3, 4], 'c3'), cursorReply([5], ''));
    expect(await collect(client.requestPage(devices, [], scope))).toEqual([1, 2, 3, 4, 5]);
    expect(server.requests.map((r) => r.query.get('cursor'))).toEqual([null, 'c2', 'c3']);
  });

  it('throws a PaginationError at a cursor it has already followed, without asking for it again', async () => {
    server.reply(cursorReply([1], 'c2'), cursorReply([2], 'c3'), cursorReply([3], 'c2'));
    server.fallback = () => cursorReply([99], 'c2');
    const seen: number[] = [];
    const error = await walkError(client.requestPage<number>(devices, [], scope), seen);
    expect(seen).toEqual([1, 2, 3]);
    expect(server.requests).toHaveLength(3);
    expect(error.message).toBe(
      'GET /accounts/acc/devices/physical-devices: the server answered with a cursor it had already sent: ' +
        'it ignores the cursor asked for, and the walk stops here.',
    );
  });

  it('throws a PaginationError when the next cursor is the one just requested', async () => {
    server.fallback = () => cursorReply([1], 'same');
    const seen: number[] = [];
    await walkError(client.requestPage<number>(devices, [], { ...scope, cursor: 'same' }), seen);
    expect(seen).toEqual([1]);
    expect(server.requests).toHaveLength(1);
  });

  it('throws a PaginationError when a new cursor brings the same items again', async () => {
    let n = 0;
    server.fallback = () => cursorReply([{ id: 'a' }, { id: 'b' }], `c${++n}`);
    const seen: unknown[] = [];
    const error = await walkError(client.requestPage(devices, [], scope), seen);
    expect(seen).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(server.requests).toHaveLength(2);
    expect(error.message).toContain('the items of the previous one');
  });

  it('stops at an empty page or a missing cursor', async () => {
    server.reply(cursorReply([], 'c2'), { json: envelope([1]) });
    expect(await collect(client.requestPage(devices, [], scope))).toEqual([]);
    expect(await collect(client.requestPage(devices, [], scope))).toEqual([1]);
    expect(server.requests).toHaveLength(2);
  });
});

describe('single style', () => {
  it('never asks for a second page', async () => {
    server.reply(pageReply([1, 2], 1, 5));
    expect(await collect(client.requestPage(single, [], scope))).toEqual([1, 2]);
    expect(server.requests).toHaveLength(1);
  });

  it('rejects a result that is not a list', async () => {
    server.reply({ json: envelope({ not: 'a list' }) });
    await expect(client.requestPage(single, [], scope)).rejects.toThrow(/expected result to be an array/);
  });

  it('withResponse gives the page and the response', async () => {
    server.reply(pageReply([1], 1, 1));
    const { data, response } = await client.requestPage<number>(single, [], scope).withResponse();
    expect(data.result).toEqual([1]);
    expect(response.status).toBe(200);
  });
});
