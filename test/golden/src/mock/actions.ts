// Copied from generator/mock/actions.ts by `npm run generate`. Edit it there.
/** What each route action does to the state, and what it answers. */
import { randomUUID } from 'node:crypto';
import { fillTemplate } from './match.js';
import { isObject } from './records.js';
import type { MockRoute } from './route.js';
import type { Item, Store } from './store.js';

export interface Answer {
  readonly status: number;
  readonly body: unknown;
}

export interface ActionRequest {
  readonly route: MockRoute;
  /** Path placeholder values. */
  readonly values: Readonly<Record<string, string>>;
  /** Query by the API's names, typed. */
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
  readonly store: Store;
  /** ISO time of the request. */
  readonly now: string;
  /** A written item or value as the API would answer it (see `fitToAnswer`). */
  readonly fit: (value: unknown) => unknown;
}

const DEFAULT_PER_PAGE = 20;

export function success(result: unknown, resultInfo?: unknown): Answer {
  const body: Record<string, unknown> = { success: true, errors: [], messages: [], result };
  if (resultInfo !== undefined) body['result_info'] = resultInfo;
  return { status: 200, body };
}

export function failure(status: number, code: number, message: string, pointer?: string): Answer {
  const error = pointer === undefined ? { code, message } : { code, message, source: { pointer } };
  return { status, body: { success: false, errors: [error], messages: [], result: null } };
}

export const ERROR_CODES = {
  notFound: 7003,
  noRoute: 7000,
  methodNotAllowed: 7001,
  invalidJson: 6007,
  invalidRequest: 10001,
  tooLarge: 10413,
  authentication: 10000,
  rateLimited: 971,
  internal: 10500,
} as const;

/** A fresh copy, so that answers and templates never share objects with the state. */
export const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

/** A UUID, or 32 hex digits as most Cloudflare ids are. */
export function newId(format: MockRoute['idFormat']): string {
  const uuid = randomUUID();
  return format === 'uuid' ? uuid : uuid.replaceAll('-', '');
}

export function runAction(request: ActionRequest): Answer {
  const { route } = request;
  if (route.action === 'example') return success(copy(route.template));
  return route.itemParam ? itemAction(request) : valueAction(request);
}

function itemAction(request: ActionRequest): Answer {
  const { route, values, store, body, now, fit } = request;
  const collection = fillTemplate(route.store!, values);
  const stamp = (item: Item, fields: readonly string[] | undefined) => {
    for (const field of fields ?? []) item[field] = now;
  };

  if (route.action === 'list')
    return listAnswer(route, filtered(route, store.items(collection), request.query), request.query);
  if (route.action === 'create') {
    const id = newId(route.idFormat);
    const item: Item = { ...copy(asItem(route.template)), ...asItem(body) };
    if (route.idField) item[route.idField] = id;
    stamp(item, route.createdFields);
    stamp(item, route.updatedFields);
    store.put(collection, id, fit(item) as Item);
    return success(copy(store.item(collection, id)));
  }

  const id = values[route.itemParam!]!;
  const existing = store.item(collection, id);
  if (!existing) return failure(404, ERROR_CODES.notFound, `No item with ${route.itemParam} "${id}"`);
  switch (route.action) {
    case 'get':
      return success(copy(existing));
    case 'replace':
    case 'merge': {
      const base =
        route.action === 'replace'
          ? { ...copy(asItem(route.template)), ...keep(existing, route.createdFields) }
          : existing;
      const item: Item = { ...base, ...asItem(body) };
      if (route.idField) item[route.idField] = existing[route.idField];
      stamp(item, route.updatedFields);
      store.put(collection, id, fit(item) as Item);
      return success(copy(store.item(collection, id)));
    }
    case 'delete': {
      store.remove(collection, id);
      if (route.pagination) return listAnswer(route, store.items(collection), {});
      return success(withId(copy(route.template), route, id));
    }
  }
  return failure(500, ERROR_CODES.internal, `${route.id}: unknown action ${route.action}`);
}

/** One value per path (settings and the like), which starts as the spec's example; or a list with no item paths. */
function valueAction(request: ActionRequest): Answer {
  const { route, values, store, body, fit } = request;
  const path = fillTemplate(route.store!, values);
  const current = () => store.value(path) ?? copy(route.template);
  switch (route.action) {
    case 'list':
      return listAnswer(route, store.items(path), request.query);
    case 'get':
      break;
    case 'replace':
      store.setValue(
        path,
        isObject(body) && isObject(route.template) ? { ...copy(route.template), ...body } : copy(body),
      );
      break;
    case 'merge': {
      const now = current();
      store.setValue(path, fit(isObject(now) && isObject(body) ? { ...now, ...body } : copy(body)));
      break;
    }
    case 'delete':
      store.removeValue(path);
      break;
  }
  const value = current();
  return Array.isArray(value) && route.pagination ? listAnswer(route, value, {}) : success(copy(value));
}

function listAnswer(route: MockRoute, items: readonly unknown[], query: Readonly<Record<string, unknown>>): Answer {
  const perPage = positive(query['per_page']) ?? DEFAULT_PER_PAGE;
  switch (route.pagination) {
    case 'page': {
      const page = positive(query['page']) ?? 1;
      const result = items.slice((page - 1) * perPage, page * perPage);
      const info = {
        page,
        per_page: perPage,
        count: result.length,
        total_count: items.length,
        total_pages: Math.ceil(items.length / perPage),
      };
      return success(copy(result), info);
    }
    case 'cursor': {
      const start = decodeCursor(query['cursor']);
      const result = items.slice(start, start + perPage);
      const next = start + perPage < items.length ? encodeCursor(start + perPage) : '';
      return success(copy(result), { count: result.length, per_page: perPage, cursor: next });
    }
    default:
      return success(copy(items));
  }
}

/** List parameters that name an item field keep the items whose field has that value (or one of those values). */
function filtered(route: MockRoute, items: Item[], query: Readonly<Record<string, unknown>>): Item[] {
  const wanted = (route.filters ?? []).filter((key) => query[key] !== undefined);
  return items.filter((item) =>
    wanted.every((key) => {
      const value = query[key];
      return Array.isArray(value) ? value.includes(item[key]) : item[key] === value;
    }),
  );
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: unknown): number {
  if (typeof cursor !== 'string' || cursor === '') return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : 0;
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

const asItem = (value: unknown): Item => (isObject(value) ? value : {});

function keep(item: Item, fields: readonly string[] | undefined): Item {
  return Object.fromEntries((fields ?? []).filter((f) => f in item).map((f) => [f, item[f]]));
}

/** A delete's answer names what was deleted, in the fields its example has for that. */
function withId(answer: unknown, route: MockRoute, id: string): unknown {
  if (!isObject(answer)) return answer;
  for (const field of new Set([route.idField, 'id'])) if (field && field in answer) answer[field] = id;
  return answer;
}
