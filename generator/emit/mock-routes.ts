/**
 * What the mock server does for each endpoint, worked out from the spec's paths and names.
 *
 * A resource whose get, update, edit or delete share one path `<collection>/{id}` keeps a
 * collection of items: `create` adds to it, `list` pages through it. Without such a path, the
 * resource is one value per path (settings, DoH, the default policy's lists). Anything else
 * (revoke, bulk delete, status reads) answers with the spec's example.
 */
import { exampleOf } from '../examples.js';
import { deref } from '../ir-walk.js';
import type { Endpoint, Field, Resource, Spec, TypeNode } from '../ir.js';
import type { MockAction, MockRoute, QueryType } from '../mock/route.js';

const ITEM_METHODS: Readonly<Record<string, MockAction>> = {
  GET: 'get',
  PUT: 'replace',
  PATCH: 'merge',
  DELETE: 'delete',
};
const ITEM_NAMES = new Set(['get', 'update', 'edit', 'delete']);
const CREATED_FIELDS = ['created_at', 'created'];
const UPDATED_FIELDS = ['updated_at', 'updated'];
const PLACEHOLDER_AT_END = /^(.*)\/\{([^{}]+)\}$/;
const SCOPE_PREFIX = /^\/(?:accounts\/\{account_id\}|zones\/\{zone_id\}|\{accounts_or_zones\}\/\{account_or_zone_id\})/;

/** A path with its account or zone prefix made one: the server stores by account or zone whichever way it was named. */
const unscoped = (path: string) => path.replace(SCOPE_PREFIX, '/{scope}');

export function mockRoutes(spec: Spec): MockRoute[] {
  return spec.resources.flatMap((resource) => resourceRoutes(spec, resource));
}

function resourceRoutes(spec: Spec, resource: Resource): MockRoute[] {
  const itemPaths = new Set(
    resource.endpoints.filter((e) => ITEM_NAMES.has(e.name) && PLACEHOLDER_AT_END.test(e.path)).map((e) => e.path),
  );
  const itemPath = itemPaths.size === 1 ? [...itemPaths][0]! : undefined;
  const [, collection, itemParam] = itemPath?.match(PLACEHOLDER_AT_END) ?? [];
  const itemType = collection ? itemTypeOf(resource) : undefined;
  const items = itemParam ? { store: collection, itemParam, ...identity(spec, itemType, itemParam) } : undefined;
  // A new or replaced item starts from the required fields of the item type.
  const newItem = itemType && exampleOf(spec, itemType, 'response', 1);

  return resource.endpoints.map((e): MockRoute => {
    const base = baseRoute(spec, e);
    const paginated = e.pagination !== undefined && e.pagination.style !== 'single';
    if (collection && items) {
      if (e.path === itemPath) {
        const action = ITEM_METHODS[e.method]!;
        const template = action === 'delete' ? (e.pagination ? undefined : example(spec, e)) : newItem;
        return { ...base, action, ...items, template };
      }
      if (e.name === 'create' && e.method === 'POST' && unscoped(e.path) === unscoped(collection)) {
        return { ...base, action: 'create', ...items, template: newItem };
      }
      if (e.name === 'list' && e.method === 'GET') {
        return { ...base, action: 'list', ...items, filters: filters(spec, e, itemType) };
      }
      return { ...base, action: 'example', template: example(spec, e) };
    }
    if (e.method === 'GET' && paginated) return { ...base, action: 'list', store: e.path };
    if (e.method === 'GET') return { ...base, action: 'get', store: e.path, template: example(spec, e) };
    const getter = getterOf(resource, e);
    const action = valueWriteAction(e, getter !== undefined);
    if (action === 'example') return { ...base, action, template: example(spec, e) };
    // A write starts from, and a delete goes back to, what a read of the same path first answers.
    return { ...base, action, store: e.path, template: example(spec, getter ?? e) };
  });
}

/** What a write to a value's own path does; a create next to a read of the same path sets the value. */
function valueWriteAction(e: Endpoint, hasGetter: boolean): MockAction {
  if (e.method === 'PUT' || (e.method === 'POST' && e.name === 'create' && hasGetter)) return 'replace';
  if (e.method === 'PATCH') return 'merge';
  if (e.method === 'DELETE' && e.name === 'delete') return 'delete';
  return 'example';
}

function baseRoute(spec: Spec, e: Endpoint) {
  const queryFields = [...e.query, ...(e.pagination?.query ?? [])];
  const renamed = (fields: readonly Field[]) => {
    const pairs = fields.filter((f) => f.wireName !== undefined).map((f) => [f.wireName!, f.name]);
    return pairs.length > 0 ? Object.fromEntries(pairs) : undefined;
  };
  return {
    id: e.id,
    method: e.method,
    path: e.path,
    pagination: e.pagination?.style,
    query:
      queryFields.length > 0
        ? Object.fromEntries(queryFields.map((f) => [wire(f), queryType(spec, f.type)]))
        : undefined,
    body: e.body?.kind === 'param' ? { param: e.body.field.name } : e.body ? ('params' as const) : undefined,
    queryNames: renamed(queryFields),
    bodyNames: renamed(e.body?.kind === 'fields' ? e.body.fields : []),
  };
}

const wire = (f: Field) => f.wireName ?? f.name;

/** A read of the same path, whose answer is also what a write there starts from. */
function getterOf(resource: Resource, e: Endpoint): Endpoint | undefined {
  return resource.endpoints.find((other) => other.method === 'GET' && other.path === e.path);
}

/** The answer an endpoint documents: its own example, or one built from its type. */
function example(spec: Spec, e: Endpoint): unknown {
  const item = e.responseExample ?? (e.response ? exampleOf(spec, e.response, 'response') : null);
  return e.pagination ? [item] : item;
}

/** The type of one item: what get answers, or else what create or list answers. */
function itemTypeOf(resource: Resource): TypeNode | undefined {
  const byName = (name: string) => resource.endpoints.find((e) => e.name === name)?.response;
  return byName('get') ?? byName('create') ?? byName('list');
}

function objectFields(spec: Spec, type: TypeNode | undefined): readonly Field[] {
  const node = type && deref(spec, type);
  if (node?.kind === 'object') return node.fields;
  if (node?.kind === 'union') return objectFields(spec, node.variants[0]);
  return [];
}

function identity(spec: Spec, itemType: TypeNode | undefined, itemParam: string) {
  const fields = objectFields(spec, itemType);
  const named = (names: readonly string[]) => names.filter((name) => fields.some((f) => f.name === name));
  // `dex_test_id` names an item whose id is `dex_test_id`, `test_id` or `id`.
  const words = itemParam.split('_');
  const idField = named([...words.map((_, i) => words.slice(i).join('_')), 'uid'])[0];
  const idType = fields.find((f) => f.name === idField)?.type;
  const created = named(CREATED_FIELDS);
  const updated = named(UPDATED_FIELDS);
  return {
    idField,
    idFormat: idType?.kind === 'primitive' && idType.format === 'uuid' ? ('uuid' as const) : undefined,
    createdFields: created.length > 0 ? created : undefined,
    updatedFields: updated.length > 0 ? updated : undefined,
  };
}

/** List parameters that name a plain field of the items, such as a group's `name`. */
function filters(spec: Spec, e: Endpoint, itemType: TypeNode | undefined): readonly string[] | undefined {
  const fields = objectFields(spec, itemType);
  const same = (a: QueryType, b: QueryType) => JSON.stringify(a) === JSON.stringify(b);
  // A plain field, asked for by its value or by a list of values.
  const matches = (q: Field, f: Field) => {
    const [asked, held] = [queryType(spec, q.type), queryType(spec, f.type)];
    return typeof held === 'string' && (same(asked, held) || same(asked, { array: held }));
  };
  const names = e.query.filter((q) => fields.some((f) => f.name === wire(q) && matches(q, f))).map(wire);
  return names.length > 0 ? names : undefined;
}

function queryType(spec: Spec, type: TypeNode): QueryType {
  const node = deref(spec, type);
  switch (node?.kind) {
    case 'primitive':
      return node.name === 'integer' ? 'number' : node.name;
    case 'array':
      return { array: queryType(spec, node.items) };
    case 'object':
      return { object: Object.fromEntries(node.fields.map((f) => [wire(f), queryType(spec, f.type)])) };
    case 'enum':
      return 'string';
    case 'literal':
      return typeof node.value === 'number' ? 'number' : typeof node.value === 'boolean' ? 'boolean' : 'string';
    default:
      return 'unknown';
  }
}
