// Copied from generator/runtime/promise.ts by `npm run generate`. Edit it there.
import { loadChunk } from './lazy.js';
import type { Page } from './pagination.js';
import type { RawResponse } from './transport.js';

export interface WithResponse<T> {
  data: T;
  response: Response;
}

// Statuses whose Response must have a null body.
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

function toResponse(raw: RawResponse): Response {
  return new Response(NULL_BODY_STATUSES.has(raw.status) ? null : raw.text, {
    status: raw.status,
    headers: raw.headers,
  });
}

/**
 * `then(value)` at once for a plain value, after it settles for a promise: a call that validates nothing
 * parses its response without an extra promise.
 */
export function thenOrNow<A, B>(value: A | Promise<A>, then: (value: A) => B): B | Promise<B> {
  return value instanceof Promise ? value.then(then) : then(value);
}

/**
 * The result of a client call. Nothing is sent until it is awaited (or one of its methods is called),
 * and then only once.
 */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #send: () => Promise<RawResponse>;
  readonly #parse: (raw: RawResponse) => T | Promise<T>;
  #raw: Promise<RawResponse> | undefined;
  #parsed: Promise<{ data: T; raw: RawResponse }> | undefined;

  constructor(send: () => Promise<RawResponse>, parse: (raw: RawResponse) => T | Promise<T>) {
    this.#send = send;
    this.#parse = parse;
  }

  #rawResponse(): Promise<RawResponse> {
    return (this.#raw ??= this.#send());
  }

  #result(): Promise<{ data: T; raw: RawResponse }> {
    return (this.#parsed ??= this.#rawResponse().then((raw) => thenOrNow(this.#parse(raw), (data) => ({ data, raw }))));
  }

  /** The HTTP response, without parsing its body. API errors (non-2xx statuses) still reject. */
  asResponse(): Promise<Response> {
    return this.#rawResponse().then(toResponse);
  }

  withResponse(): Promise<WithResponse<T>> {
    return this.#result().then(({ data, raw }) => ({ data, response: toResponse(raw) }));
  }

  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    // One promise, not two; as before, `onrejected` does not see what `onfulfilled` throws.
    return this.#result().then(
      onfulfilled ? ({ data }) => onfulfilled(data) : ({ data }) => data as unknown as R1,
      onrejected,
    );
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }
}

/**
 * A list call: await it for the first page, or `for await` over it for every item of every page. The walk
 * (pagination.ts) loads with the first page.
 */
export class PagePromise<T> extends APIPromise<Page<T>> implements AsyncIterable<T> {
  [Symbol.asyncIterator](): AsyncIterator<T, undefined> {
    const items = loadChunk('page').then((page) => page.itemsOf<T>(this));
    return {
      next: () => items.then((iterator) => iterator.next()),
      return: () => items.then((iterator) => iterator.return!()),
    };
  }
}
