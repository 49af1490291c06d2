// Copied from generator/runtime/partial-client.ts by `npm run generate`. Edit it there.
/**
 * The tree-shakable entry's client: `createClient({ resources: [BaseGroups] })` holds only the resources
 * given, each placed at its class's `_key` (client.zeroTrust.access.groups), as the Cloudflare SDK's
 * `cloudflare/tree-shakable` does; a bundle holds only those resources' code, and the runtime's parts
 * that calls need only sometimes load when first needed (lazy-parts.ts).
 */
import { ClientCore } from './client-core.js';
import type { ApiDescription, BaseClientOptions } from './client-options.js';
import { provideParts } from './lazy.js';
import { LAZY_PARTS } from './lazy-parts.js';
import type { APIResource } from './resource.js';

/** A resource class of `zero-trust-client/resources/…`: `BaseGroups` (its own methods) or `Groups` (with its children). */
export interface ResourceClass {
  readonly _key: readonly string[];
  new (client: ClientCore): APIResource;
}

/** `FromDeepEntry<['a', 'b'], V>` -> `{ a: { b: V } }` */
type FromDeepEntry<K extends readonly PropertyKey[], V> = K extends readonly [
  infer First extends PropertyKey,
  ...infer Rest extends readonly PropertyKey[],
]
  ? Rest extends readonly []
    ? { [_ in First]: V }
    : { [_ in First]: FromDeepEntry<Rest, V> }
  : never;

type ResourcePath<R extends ResourceClass> = R extends unknown ? FromDeepEntry<R['_key'], InstanceType<R>> : never;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** `{ a: X } & { a: { b: Y } }` as one object type, a resource's properties kept. */
type Simplified<T> = T extends APIResource ? T : T extends object ? { [P in keyof T]: Simplified<T[P]> } : T;

/** The client tree that the resources `R` make: `[BaseGroups]` -> `{ zeroTrust: { access: { groups: BaseGroups } } }`. */
export type ClientStructure<R extends readonly ResourceClass[]> = Simplified<
  UnionToIntersection<ResourcePath<R[number]>>
>;

/** A client of `createClient`: the client's own members, and the tree of the resources it was given. */
export type PartialCloudflare<Tree> = ClientCore & Tree;

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function define(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, configurable: true, enumerable: true, writable: true });
}

/** The client with the API description `api`, holding `options.resources`. */
export function createPartialClient(
  // The first union member admits interfaces (such as a generated ClientOptions), which have no index signature.
  options: (BaseClientOptions | (BaseClientOptions & { readonly [credential: string]: unknown })) & {
    readonly resources: readonly ResourceClass[];
  },
  api: ApiDescription,
): ClientCore {
  const client = new ClientCore(options, api);
  provideParts(LAZY_PARTS);
  for (const Resource of options.resources) {
    const key = Resource._key;
    let object = client as unknown as Record<string, unknown>;
    for (const part of key.slice(0, -1)) {
      if (!hasOwn(object, part)) define(object, part, {});
      object = object[part] as Record<string, unknown>;
    }
    const name = key.at(-1)!;
    const resource = new Resource(client);
    if (!hasOwn(object, name)) define(object, name, resource);
    // A folder's resource given after one of its children: the children placed before stay on it.
    else if (Object.getPrototypeOf(object[name]) === Object.prototype)
      object[name] = Object.assign(resource, object[name]);
    else throw new TypeError(`Resource at ${key.join('.')} already exists!`);
  }
  return client;
}
