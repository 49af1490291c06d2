// Copied from generator/runtime/pagination.ts by `npm run generate`. Edit it there.
import type { PaginationStyle } from './endpoint.js';
import { CloudflareError, PaginationError } from './errors.js';

/** `result_info` of a list response: page style fills page..total_pages, cursor style fills cursor. */
export interface ResultInfo {
  page?: number;
  per_page?: number;
  count?: number;
  total_count?: number;
  total_pages?: number;
  cursor?: string | null;
  [field: string]: unknown;
}

export interface PageData<T> {
  readonly result: T[];
  readonly result_info: ResultInfo;
}

/** How a page fetches the next one: same endpoint, same options, other params. */
export interface PageLoader<T> {
  readonly style: PaginationStyle;
  load(params: Readonly<Record<string, unknown>>): Promise<PageData<T>>;
  /** The method and path of the walk, for its errors; asked for only when there is one. */
  request(): { readonly method: string; readonly path: string };
}

function positiveInteger(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

function idOf(item: unknown): string | number | undefined {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/** What identifies an item: its id when it has a string or number one, else its whole JSON. */
function itemKey(item: unknown): string {
  const id = idOf(item);
  // Parsed JSON: no cycles, nothing JSON.stringify cannot write.
  return id === undefined ? `json ${JSON.stringify(item)}` : `id ${typeof id} ${id}`;
}

/** Whether the item is among the items, without building keys when it has an id. */
function includesItem(items: readonly unknown[], item: unknown): boolean {
  const id = idOf(item);
  if (id !== undefined) return items.some((other) => idOf(other) === id);
  const key = itemKey(item);
  return items.some((other) => itemKey(other) === key);
}

/** The same items as `previous`, in any order: a server that ignores the page may also reorder them. */
function sameItems(previous: readonly unknown[], next: readonly unknown[]): boolean {
  if (previous.length !== next.length || next.length === 0) return false;
  // The usual next page starts with an item the previous one does not have: no need to look further.
  if (!includesItem(previous, next[0])) return false;
  const counts = new Map<string, number>();
  for (const item of previous) {
    const key = itemKey(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const item of next) {
    const key = itemKey(item);
    const left = counts.get(key) ?? 0;
    if (left === 0) return false;
    counts.set(key, left - 1);
  }
  return true;
}

/** Why the page that answered `params` repeats `previous`, or undefined when it is a new page. */
function repetition<T>(
  style: PaginationStyle,
  previous: readonly T[],
  params: Readonly<Record<string, unknown>>,
  data: PageData<T>,
): string | undefined {
  if (style === 'page') {
    const asked = positiveInteger(params['page']);
    const answered = positiveInteger(data.result_info.page);
    if (asked !== undefined && answered !== undefined && answered !== asked) {
      return `asked for page ${asked}, the server answered page ${answered}`;
    }
  }
  if (sameItems(previous, data.result)) {
    return 'the server answered the next page with the items of the previous one';
  }
  return undefined;
}

export class Page<T> implements AsyncIterable<T> {
  readonly result: T[];
  readonly result_info: ResultInfo;
  readonly #params: Readonly<Record<string, unknown>>;
  readonly #loader: PageLoader<T>;
  // Cursors already requested in this walk; a server that repeats one would otherwise loop forever.
  readonly #seenCursors: ReadonlySet<string>;

  constructor(
    data: PageData<T>,
    params: Readonly<Record<string, unknown>>,
    loader: PageLoader<T>,
    seenCursors?: ReadonlySet<string>,
  ) {
    this.result = data.result;
    this.result_info = data.result_info;
    this.#params = params;
    this.#loader = loader;
    this.#seenCursors = seenCursors ?? new Set(typeof params['cursor'] === 'string' ? [params['cursor']] : []);
  }

  #nextParams(): Record<string, unknown> | undefined {
    if (this.result.length === 0) return undefined;
    switch (this.#loader.style) {
      case 'page': {
        const current = positiveInteger(this.result_info.page) ?? positiveInteger(this.#params['page']) ?? 1;
        const totalPages = positiveInteger(this.result_info.total_pages);
        if (totalPages !== undefined && current >= totalPages) return undefined;
        return { ...this.#params, page: current + 1 };
      }
      case 'cursor': {
        const cursor = this.result_info.cursor;
        if (typeof cursor !== 'string' || cursor === '') return undefined;
        return { ...this.#params, cursor };
      }
      case 'single':
        return undefined;
    }
  }

  #loopError(problem: string): PaginationError {
    const { method, path } = this.#loader.request();
    return new PaginationError(
      `${method} ${path}: ${problem}: it ignores the ${this.#loader.style} asked for, and the walk stops here.`,
      { method, path },
    );
  }

  hasNextPage(): boolean {
    return this.#nextParams() !== undefined;
  }

  async getNextPage(): Promise<Page<T>> {
    const params = this.#nextParams();
    if (!params) throw new CloudflareError('There is no next page; check hasNextPage() first.');
    const cursor = params['cursor'];
    // The cursor's value is the server's text, and is left out of the message.
    if (typeof cursor === 'string' && this.#seenCursors.has(cursor))
      throw this.#loopError('the server answered with a cursor it had already sent');
    const data = await this.#loader.load(params);
    const repeated = repetition(this.#loader.style, this.result, params, data);
    if (repeated) throw this.#loopError(repeated);
    const seen = typeof cursor === 'string' ? new Set([...this.#seenCursors, cursor]) : this.#seenCursors;
    return new Page(data, params, this.#loader, seen);
  }

  /** This page, then every following page. */
  async *iterPages(): AsyncGenerator<Page<T>, void, undefined> {
    let page: Page<T> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Every item of this page and of every following page. */
  [Symbol.asyncIterator](): AsyncIterator<T, undefined> {
    return new ItemIterator(this);
  }
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/**
 * Every item of a page and of the pages after it, fetching each page when its first item is asked for.
 * Written by hand because nested async generators (pages, then items) cost several promises per item; this
 * costs one. Like a generator, it serves calls in order even when the caller does not wait for each one,
 * and after an error or `return()` it is done.
 */
class ItemIterator<T> implements AsyncIterator<T, undefined> {
  #page: Page<T> | undefined;
  #index = 0;
  #done = false;
  /** The fetch of the next page (or the first, from a PagePromise), while it runs. */
  #loading: Promise<void> | undefined;
  readonly #first: PromiseLike<Page<T>> | undefined;

  constructor(first: Page<T> | PromiseLike<Page<T>>) {
    if (first instanceof Page) this.#page = first;
    else this.#first = first;
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.#loading)
      return this.#loading.then(
        () => this.next(),
        () => this.next(),
      );
    if (this.#done) return Promise.resolve(DONE);
    const page = this.#page;
    if (page && this.#index < page.result.length)
      return Promise.resolve({ value: page.result[this.#index++]!, done: false });
    if (page && !page.hasNextPage()) {
      this.#done = true;
      return Promise.resolve(DONE);
    }
    const loading = Promise.resolve(page ? page.getNextPage() : this.#first!).then(
      (next) => {
        this.#page = next;
        this.#index = 0;
        this.#loading = undefined;
      },
      (error: unknown) => {
        this.#done = true;
        this.#loading = undefined;
        throw error;
      },
    );
    this.#loading = loading;
    return loading.then(() => this.next());
  }

  return(): Promise<IteratorResult<T, undefined>> {
    this.#done = true;
    return Promise.resolve(DONE);
  }
}

/** Every item of the first page and of the pages after it: what `for await` over a list call walks. */
export function itemsOf<T>(first: PromiseLike<Page<T>>): AsyncIterator<T, undefined> {
  return new ItemIterator<T>(first);
}
