/**
 * The one loader of the runtime's parts that a call needs only sometimes, each loaded on first use, so
 * that what a successful call runs is all that must be there up front: `failure` (what follows a failed
 * attempt or an unreadable response: the error classes and their wording, redaction, retries),
 * `setup` (the transport and credentials, set up by the tree-shakable client's first call), `page`
 * (pages and list walks, with the first list call) and `validation` (the checks, when validation is on;
 * the schemas themselves load through the API description). Where each part comes from is the entry
 * point's choice (static-parts.ts, lazy-parts.ts).
 */
import { CloudflareError } from './cloudflare-error.js';

interface Parts {
  readonly setup: typeof import('./setup.js');
  readonly failure: typeof import('./failure.js');
  readonly page: typeof import('./pagination.js');
  readonly validation: typeof import('./validation.js');
}

type PartName = keyof Parts;

export type PartSources = { readonly [K in PartName]: () => Promise<Parts[K]> };

let sources: PartSources | undefined;
const loading: { [K in PartName]?: Promise<Parts[K]> } = {};

/** Called by a client's constructor; the first sources given are kept (every entry's give the same modules). */
export function provideParts(given: PartSources): void {
  sources ??= given;
}

/**
 * The part `name`. One that cannot be loaded (a bundle deployed without its chunks, a network failure in a
 * browser) rejects with a plain CloudflareError that says so, its cause the loader's error, and is tried
 * again on the next call.
 */
export function loadChunk<K extends PartName>(name: K): Promise<Parts[K]> {
  const started = (loading[name] ??= Promise.resolve()
    .then(() => {
      if (!sources) throw new Error("no client provided the runtime's parts");
      return sources[name]();
    })
    .catch((cause: unknown) => {
      loading[name] = undefined;
      throw new CloudflareError(`The client could not load its ${name} module: ${String(cause)}`, { cause });
    }) as (typeof loading)[K]);
  return started as Promise<Parts[K]>;
}
