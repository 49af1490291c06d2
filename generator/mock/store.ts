/**
 * The mock server's state: collections of items and single values, each under the path it lives
 * at (`/accounts/<id>/access/groups`), so every account and zone has its own.
 */
export type Item = Record<string, unknown>;

/** A whole state, checked (state-check.ts), as the store keeps it. */
export interface CheckedState {
  /** Collection key -> item id -> item. */
  readonly collections: ReadonlyMap<string, ReadonlyMap<string, Item>>;
  readonly values: ReadonlyMap<string, unknown>;
}

/** The state as JSON: what `--seed` and `--state` files hold. */
export interface Snapshot {
  /** Collection path -> its items, in insertion order. */
  readonly collections?: Readonly<Record<string, readonly Item[]>>;
  /** Path -> the value stored there. */
  readonly values?: Readonly<Record<string, unknown>>;
}

export class Store {
  readonly #collections = new Map<string, Map<string, Item>>();
  readonly #values = new Map<string, unknown>();

  items(collection: string): Item[] {
    return [...(this.#collections.get(collection)?.values() ?? [])];
  }

  item(collection: string, id: string): Item | undefined {
    return this.#collections.get(collection)?.get(id);
  }

  put(collection: string, id: string, item: Item): void {
    let items = this.#collections.get(collection);
    if (!items) this.#collections.set(collection, (items = new Map()));
    items.set(id, item);
  }

  remove(collection: string, id: string): boolean {
    return this.#collections.get(collection)?.delete(id) ?? false;
  }

  value(path: string): unknown {
    return this.#values.get(path);
  }

  setValue(path: string, value: unknown): void {
    this.#values.set(path, value);
  }

  removeValue(path: string): void {
    this.#values.delete(path);
  }

  clear(): void {
    this.#collections.clear();
    this.#values.clear();
  }

  /** Sorted by path, so that the same state is always written the same way. */
  snapshot(): Snapshot {
    const sorted = <T>(entries: Iterable<[string, T]>) =>
      Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
    return {
      collections: sorted([...this.#collections].map(([path, items]) => [path, [...items.values()]])),
      values: sorted(this.#values),
    };
  }

  /** Replaces the whole state with one that has been checked. */
  replace(state: CheckedState): void {
    this.clear();
    for (const [path, items] of state.collections) this.#collections.set(path, new Map(items));
    for (const [path, value] of state.values) this.#values.set(path, value);
  }
}
