// Copied from generator/mock/state-paths.ts by `npm run generate`. Edit it there.
/** Where the state keeps collections and values, worked out from the routes: what a loaded state is checked against. */
import { compileTemplate, fillTemplate, matchTemplate } from './match.js';
import type { MockRoute } from './route.js';

/** A collection: the key it is kept under, and how its items are named. */
export interface CollectionPlace {
  readonly key: string;
  readonly idField: string;
  readonly idFormat?: 'uuid';
}

interface Place {
  readonly template: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly route: MockRoute;
}

export class StatePaths {
  readonly #collections: Place[];
  readonly #values: Place[];

  constructor(routes: readonly MockRoute[]) {
    const places = (keep: (route: MockRoute) => boolean) => {
      const byTemplate = new Map<string, Place>();
      for (const route of routes) {
        if (route.store && keep(route) && !byTemplate.has(route.store))
          byTemplate.set(route.store, { template: route.store, route, ...compileTemplate(route.store) });
      }
      return [...byTemplate.values()];
    };
    // Lists without item paths (SCIM users) read a collection that only a state can fill.
    this.#collections = places((route) => route.itemParam !== undefined || route.action === 'list');
    this.#values = places((route) => route.itemParam === undefined && !['list', 'example'].includes(route.action));
  }

  /** The collection kept at `path` (written as in a request: `/accounts/a%2Fb/access/groups`), if any. */
  collection(path: string): CollectionPlace | undefined {
    const found = keyOf(this.#collections, path);
    if (!found) return undefined;
    const { route } = found.place;
    return { key: found.key, idField: route.idField ?? 'id', idFormat: route.idFormat };
  }

  /** The key of the value kept at `path`, if one is. */
  value(path: string): string | undefined {
    return keyOf(this.#values, path)?.key;
  }
}

/** The place whose template `path` matches, and the key the store uses for it. */
function keyOf(places: readonly Place[], path: string): { place: Place; key: string } | undefined {
  for (const place of places) {
    const values = matchTemplate(place, path);
    if (values) return { place, key: fillTemplate(place.template, values) };
  }
  return undefined;
}
