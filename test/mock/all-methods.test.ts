/**
 * Every method of the spec, called on the generated client against the generated mock server,
 * with strict validation: each request must pass the mock's schema check, each answer the
 * client's. Resources with items go through their lifecycle: create (or a seeded item), list,
 * get, update, the other methods, delete, and get -> 404.
 */
import Cloudflare, { NotFoundError } from 'zero-trust-client';
import { startMockServer, type MockServer } from 'zero-trust-client/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOf } from '../../generator/examples.js';
import type { Endpoint, Resource, Spec } from '../../generator/ir.js';
import { mockRoutes } from '../../generator/emit/mock-routes.js';
import { fillTemplate } from '../../generator/mock/match.js';
import type { MockAction, MockRoute } from '../../generator/mock/route.js';
import { readSpec } from '../../generator/pipeline.js';
import { callArguments, exampleCall, methodOf } from '../helpers/example-calls.js';
import { SPEC_DIR } from '../helpers/paths.js';

const spec: Spec = await readSpec({ specDir: SPEC_DIR, specLabel: 'spec' });
const routes = new Map(mockRoutes(spec).map((r) => [r.id, r]));
const ORDER: MockAction[] = ['create', 'list', 'get', 'replace', 'merge', 'example', 'delete'];

let mock: MockServer;
let client: Cloudflare;
beforeAll(async () => {
  mock = await startMockServer();
  client = new Cloudflare({ apiToken: 'mock-token', baseURL: mock.url, maxRetries: 0, validation: 'strict' });
});
afterAll(async () => {
  await client.close();
  await mock.close();
});

/** A resource's methods in lifecycle order. */
function lifecycle(resource: Resource): [Endpoint, MockRoute][] {
  return resource.endpoints
    .map((e) => [e, routes.get(e.id)!] as [Endpoint, MockRoute])
    .sort(([, a], [, b]) => ORDER.indexOf(a.action) - ORDER.indexOf(b.action));
}

/** `/accounts/acc 1/devices/physical-devices`: where the mock keeps a collection for the example scope. */
function collectionPath(route: MockRoute, scope: Record<string, string>): string {
  const values: Record<string, string> = {
    accounts_or_zones: scope['zone_id'] ? 'zones' : 'accounts',
    account_or_zone_id: scope['account_id'] ?? scope['zone_id'] ?? '',
    ...scope,
  };
  return fillTemplate(route.store!, values);
}

describe.each(spec.resources.map((r) => [r.path.join('.'), r] as const))('%s', (_name, resource) => {
  const steps = lifecycle(resource);
  const collection = steps.find(([, route]) => route.itemParam)?.[1];
  let itemId = 'no item';

  it.each(steps.map(([e, route]) => [`${route.action}: ${e.name}`, e, route] as const))(
    '%s',
    async (_label, e, route) => {
      if (collection && !steps.some(([, r]) => r.action === 'create') && itemId === 'no item') {
        // Items the API does not let clients create (devices, registrations) are seeded.
        itemId = 'seeded-1';
        const getter = resource.endpoints.find((g) => g.name === 'get' || g.name === 'list')!;
        const item = exampleOf(spec, getter.response!, 'response') as Record<string, unknown>;
        mock.store.put(collectionPath(collection, exampleCall(spec, e).scope), itemId, {
          ...item,
          [collection.idField ?? 'id']: itemId,
        });
      }
      const ids = e.pathParams.map((p) => (p.name === route.itemParam ? itemId : `${p.name} x`));
      const example = exampleCall(spec, e, ids);
      // The example's filters would match nothing: a list is called without them.
      const params = Object.fromEntries(
        Object.entries(example.params).filter(([key]) => !route.filters?.includes(key)),
      );
      const call = { ...example, params };
      const result = await methodOf(client, e.id)(...callArguments(e, call));

      if (route.action === 'create') {
        const created = result as Record<string, unknown>;
        itemId = String(created[route.idField!]);
        expect(itemId).toMatch(/^[0-9a-f-]{32,36}$/);
        // Fields the answer's type has no room for (is_default of a group) are not echoed.
        const echoed = Object.entries(call.body as object).filter(([key]) => key in created);
        expect(echoed.length).toBeGreaterThan(0);
        expect(created).toMatchObject(Object.fromEntries(echoed));
      }
      if (route.action === 'list' && route.itemParam) {
        const items = (result as { result: Record<string, unknown>[] }).result;
        expect(items.map((item) => item[route.idField!])).toContain(itemId);
      }
      if (route.itemParam && ['get', 'replace', 'merge'].includes(route.action)) {
        expect((result as Record<string, unknown>)[route.idField!]).toBe(itemId);
      }
      if (route.action === 'delete' && route.itemParam) {
        const getter = steps.find(([, r]) => r.action === 'get' && r.itemParam)?.[0];
        if (getter) {
          const again = methodOf(client, getter.id)(...callArguments(getter, exampleCall(spec, getter, ids)));
          await expect(again).rejects.toBeInstanceOf(NotFoundError);
        }
      }
    },
  );
});

it('covers every method of the spec', () => {
  expect(spec.resources.flatMap(lifecycle)).toHaveLength(97);
});
