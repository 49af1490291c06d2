/**
 * The tree-shakable client (partial-client.ts) and the parts it loads when first needed (lazy.ts),
 * against a real server on 127.0.0.1. Each test file has a module registry of its own, so the part
 * sources given here are the first, and so the ones used.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareError, NotFoundError } from '../../generator/runtime/index.js';
import { provideParts } from '../../generator/runtime/lazy.js';
import { createPartialClient } from '../../generator/runtime/partial-client.js';
import { APIResource } from '../../generator/runtime/resource.js';
import { api, groups, TOKEN } from './fixtures.js';

const unloadable = new TypeError('Failed to fetch dynamically imported module');
let failureLoads = 0;
provideParts({
  setup: () => import('../../generator/runtime/setup.js'),
  page: () => import('../../generator/runtime/pagination.js'),
  validation: () => import('../../generator/runtime/validation.js'),
  // As a deployment without the chunk, for the first test's first call: then there.
  failure: () => (++failureLoads === 1 ? Promise.reject(unloadable) : import('../../generator/runtime/failure.js')),
});

class BaseGroups extends APIResource {
  static readonly _key: readonly ['zeroTrust', 'access', 'groups'] = ['zeroTrust', 'access', 'groups'];
  get(groupID: string) {
    return this._client.request(groups.get, [groupID], { account_id: 'acc' });
  }
}

class BaseAccess extends APIResource {
  static readonly _key: readonly ['zeroTrust', 'access'] = ['zeroTrust', 'access'];
}

let server: Server;
let baseURL: string;
let requests = 0;
beforeAll(async () => {
  server = createServer((_, res) => {
    requests++;
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ success: false, errors: [{ code: 1004, message: 'not found' }], result: null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/client/v4`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('the tree-shakable client', () => {
  it('rejects with a plain CloudflareError when a part cannot be loaded, and loads it again on the next call', async () => {
    const client = createPartialClient({ apiToken: TOKEN, baseURL, maxRetries: 0, resources: [BaseGroups] }, api);
    const { groups: resource } = (client as unknown as { zeroTrust: { access: { groups: BaseGroups } } }).zeroTrust
      .access;
    const first = await resource.get('g1').then(
      () => undefined,
      (thrown: unknown) => thrown as Error,
    );
    expect(first?.constructor).toBe(CloudflareError);
    expect(first?.message).toBe(`The client could not load its failure module: ${String(unloadable)}`);
    expect(first?.cause).toBe(unloadable);
    await expect(resource.get('g1')).rejects.toBeInstanceOf(NotFoundError);
    expect(failureLoads).toBe(2);
  });

  it('reads its credentials with its first call: none is a CloudflareError, and nothing is sent', async () => {
    const before = requests;
    const client = createPartialClient({ baseURL, resources: [BaseGroups] }, api) as unknown as {
      zeroTrust: { access: { groups: BaseGroups } };
    };
    const error = await client.zeroTrust.access.groups.get('g1').then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(CloudflareError);
    expect((error as Error).message).toMatch(/^No credentials: pass apiToken/);
    expect(requests).toBe(before);
  });

  it("places each resource at its _key, a folder's given after its child keeping the child, and refuses one twice", () => {
    const client = createPartialClient({ apiToken: TOKEN, resources: [BaseGroups, BaseAccess] }, api) as unknown as {
      zeroTrust: { access: BaseAccess & { groups: BaseGroups } };
    };
    expect(client.zeroTrust.access).toBeInstanceOf(BaseAccess);
    expect(client.zeroTrust.access.groups).toBeInstanceOf(BaseGroups);
    expect(() => createPartialClient({ apiToken: TOKEN, resources: [BaseGroups, BaseGroups] }, api)).toThrow(
      new TypeError('Resource at zeroTrust.access.groups already exists!'),
    );
  });
});
