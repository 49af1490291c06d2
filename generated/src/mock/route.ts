// Copied from generator/mock/route.ts by `npm run generate`. Edit it there.
/** What the mock server knows of one endpoint; the generator writes one per endpoint into routes.ts. */

/**
 * create/list/get/replace/merge/delete act on the stored state; `example` answers the spec's
 * example and changes nothing.
 */
export type MockAction = 'create' | 'list' | 'get' | 'replace' | 'merge' | 'delete' | 'example';

/** How a query value is read back from its string: primitives by name, arrays and objects by their parts. */
export type QueryType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'unknown'
  | { readonly array: QueryType }
  | { readonly object: Readonly<Record<string, QueryType>> };

export interface MockRoute {
  /** Dotted client path, e.g. 'zeroTrust.access.groups.create'; keys the request schemas. */
  readonly id: string;
  readonly method: string;
  /** Path template below the base path, as in the client's endpoints. */
  readonly path: string;
  readonly action: MockAction;
  /** Path template of what the route acts on: the collection for items, the value's own path otherwise. */
  readonly store?: string;
  /** The path placeholder that names one item of the collection. */
  readonly itemParam?: string;
  /** The item field that holds its id, and whether ids are UUIDs. */
  readonly idField?: string;
  readonly idFormat?: 'uuid';
  /** Item fields set to the time of creation, and to the time of every change. */
  readonly createdFields?: readonly string[];
  readonly updatedFields?: readonly string[];
  readonly pagination?: 'page' | 'cursor' | 'single';
  /** Query parameters by the API's names. */
  readonly query?: Readonly<Record<string, QueryType>>;
  /** List query parameters that filter items by the field of the same name. */
  readonly filters?: readonly string[];
  /** 'params': the body's fields are params fields; {param}: the body is that params field. */
  readonly body?: 'params' | { readonly param: string };
  /** The API's name of a query or body field -> the params name, where they differ. */
  readonly queryNames?: Readonly<Record<string, string>>;
  readonly bodyNames?: Readonly<Record<string, string>>;
  /** What a new item starts from (its required fields), a value's first state, or the answer. */
  readonly template?: unknown;
}
