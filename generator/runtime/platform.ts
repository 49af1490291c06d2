/** The one place that decides which transport a client uses. */
import { CloudflareError } from './cloudflare-error.js';
import { fetchTransport, type FailureLoader, type FetchLike } from './transport-fetch.js';
import type { Transport } from './transport.js';

/**
 * An undici Dispatcher (Agent, Pool, ProxyAgent …), typed by the one method every dispatcher has,
 * so that the package's declarations need neither undici's types nor Node's where no undici runs.
 */
export interface UndiciDispatcher {
  dispatch(options: object, handler: object): boolean;
}

export interface TransportOptions {
  readonly fetch?: FetchLike | undefined;
  readonly dispatcher?: UndiciDispatcher | undefined;
}

type NodeTransport = (dispatcher: UndiciDispatcher | undefined) => Transport;

let nodeTransport: NodeTransport | undefined;

/**
 * Called by the package's Node entry module: there, requests go through undici unless a `fetch`
 * is given. Other entries never load undici, so bundles for browsers and Workers hold none of it.
 */
export function useNodeTransport(factory: NodeTransport): void {
  nodeTransport = factory;
}

/** `failure` loads the failure module (lazy.ts), which words the transport's errors. */
export function createTransport(options: TransportOptions, failure: FailureLoader): Transport {
  if (options.fetch !== undefined) {
    if (typeof options.fetch !== 'function') throw new CloudflareError('fetch must be a function.');
    if (options.dispatcher !== undefined)
      throw new CloudflareError('Pass fetch or dispatcher, not both: a dispatcher is used by the Node transport only.');
    return fetchTransport(failure, options.fetch);
  }
  if (nodeTransport) return nodeTransport(options.dispatcher);
  if (options.dispatcher !== undefined)
    throw new CloudflareError('The dispatcher option (an undici Dispatcher) works on Node only: pass fetch instead.');
  return fetchTransport(failure);
}
