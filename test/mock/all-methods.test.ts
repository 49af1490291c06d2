/**
 * Every method of the spec, called on the generated client against the generated mock server,
 * with strict validation: each request must pass the mock's schema check, each answer the
 * client's. Resources with items go through their lifecycle: create (or a seeded item), list,
 * get, update, the other methods, delete, and get -> 404.
 */
import Cloudflare, { NotFoundError } from 'zero-trust-client';
import { startMockServer, type MockServer } from 'zero-trust-client/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Spec } from '../../generator/ir.js';
import { readSpec } from '../../generator/pipeline.js';
import { callArguments, exampleCall, methodOf } from '../helpers/example-calls.js';
import { resourceWalks } from '../helpers/lifecycle.js';
import { SPEC_DIR } from '../helpers/paths.js';

const spec: Spec = await readSpec({ specDir: SPEC_DIR, specLabel: 'spec' });
const walkOf = resourceWalks(spec);

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

describe.each(spec.resources.map((r) => [r.path.join('.'), r] as const))('%s', (_name, resource) => {
  const walk = walkOf(resource);

  it.each(walk.steps.map((step) => [`${step[1].action}: ${step[0].name}`, step] as const))(
    '%s',
    async (_label, step) => {
      const [e, route] = step;
      const call = walk.call(mock, step);
      const result = await methodOf(client, e.id)(...callArguments(e, call));

      if (route.action === 'create') {
        const created = result as Record<string, unknown>;
        walk.itemId = String(created[route.idField!]);
        expect(walk.itemId).toMatch(/^[0-9a-f-]{32,36}$/);
        // Fields the answer's type has no room for (is_default of a group) are not echoed.
        const echoed = Object.entries(call.body as object).filter(([key]) => key in created);
        expect(echoed.length).toBeGreaterThan(0);
        expect(created).toMatchObject(Object.fromEntries(echoed));
      }
      if (route.action === 'list' && route.itemParam) {
        const items = (result as { result: Record<string, unknown>[] }).result;
        expect(items.map((item) => item[route.idField!])).toContain(walk.itemId);
      }
      if (route.itemParam && ['get', 'replace', 'merge'].includes(route.action)) {
        expect((result as Record<string, unknown>)[route.idField!]).toBe(walk.itemId);
      }
      if (route.action === 'delete' && route.itemParam) {
        const getter = walk.steps.find(([, r]) => r.action === 'get' && r.itemParam)?.[0];
        if (getter) {
          const again = methodOf(client, getter.id)(...callArguments(getter, exampleCall(spec, getter, call.ids)));
          await expect(again).rejects.toBeInstanceOf(NotFoundError);
        }
      }
    },
  );
});

it('covers every method of the spec', () => {
  expect(spec.resources.flatMap((r) => walkOf(r).steps)).toHaveLength(97);
});
