/**
 * Every method of a resource called in lifecycle order against the mock server: create (or an
 * item seeded into the mock's store when the API lets no client create one), list, get, update,
 * the other methods, delete. test/mock/all-methods.test.ts and test/openapi/mock-results.test.ts
 * walk the spec this way.
 */
import type { MockServer } from 'zero-trust-client/mock';
import { mockRoutes } from '../../generator/emit/mock-routes.js';
import { exampleOf } from '../../generator/examples.js';
import type { Endpoint, Resource, Spec } from '../../generator/ir.js';
import { fillTemplate } from '../../generator/mock/match.js';
import type { MockAction, MockRoute } from '../../generator/mock/route.js';
import { exampleCall, type ExampleCall } from './example-calls.js';

const ORDER: MockAction[] = ['create', 'list', 'get', 'replace', 'merge', 'example', 'delete'];

export type Step = readonly [endpoint: Endpoint, route: MockRoute];

/** The walk of each resource of the spec. */
export function resourceWalks(spec: Spec): (resource: Resource) => ResourceWalk {
  const routes = new Map(mockRoutes(spec).map((r) => [r.id, r]));
  return (resource) => new ResourceWalk(spec, resource, routes);
}

/** `/accounts/acc 1/devices/physical-devices`: where the mock keeps a collection for the example scope. */
function collectionPath(route: MockRoute, scope: Record<string, string>): string {
  return fillTemplate(route.store!, {
    accounts_or_zones: scope['zone_id'] ? 'zones' : 'accounts',
    account_or_zone_id: scope['account_id'] ?? scope['zone_id'] ?? '',
    ...scope,
  });
}

/** One resource's walk: its methods in lifecycle order, with the mock's route of each, and the item they act on (set it from what a create answers). */
export class ResourceWalk {
  itemId = 'no item';
  readonly steps: readonly Step[];
  private readonly collection: MockRoute | undefined;

  constructor(
    private readonly spec: Spec,
    private readonly resource: Resource,
    routes: ReadonlyMap<string, MockRoute>,
  ) {
    this.steps = resource.endpoints
      .map((e): Step => [e, routes.get(e.id)!])
      .sort(([, a], [, b]) => ORDER.indexOf(a.action) - ORDER.indexOf(b.action));
    this.collection = this.steps.find(([, route]) => route.itemParam)?.[1];
  }

  /**
   * The example call of a step on the walk's item (other ids are `<name> x`), without the list
   * filters, which would match nothing. Seeds the item first when the resource has no create.
   */
  call(mock: MockServer, [e, route]: Step): ExampleCall & { readonly ids: string[] } {
    const { collection, spec } = this;
    if (collection && !this.steps.some(([, r]) => r.action === 'create') && this.itemId === 'no item') {
      // Items the API does not let clients create (devices, registrations) are seeded.
      this.itemId = 'seeded-1';
      const getter = this.resource.endpoints.find((g) => g.name === 'get' || g.name === 'list')!;
      const item = exampleOf(spec, getter.response!, 'response') as Record<string, unknown>;
      mock.store.put(collectionPath(collection, exampleCall(spec, e).scope), this.itemId, {
        ...item,
        [collection.idField ?? 'id']: this.itemId,
      });
    }
    const ids = e.pathParams.map((p) => (p.name === route.itemParam ? this.itemId : `${p.name} x`));
    const example = exampleCall(spec, e, ids);
    const params = Object.fromEntries(Object.entries(example.params).filter(([key]) => !route.filters?.includes(key)));
    return { ...example, params, ids };
  }
}
