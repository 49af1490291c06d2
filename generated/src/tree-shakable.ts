// Generated from the YAML spec by `npm run generate`. Do not edit.
import { API } from './api.js';
import type { ClientOptions } from './client.js';
import {
  type ClientStructure,
  type PartialCloudflare,
  type ResourceClass,
  createPartialClient,
} from './runtime/partial-client.js';

/**
 * A client holding only `resources`, each at its `_key`: a bundle holds only their code. Options are those of the main entry's client.
 *
 * @example
 * ```ts
 * import { createClient } from 'zero-trust-client/tree-shakable';
 * import { BaseApplications } from 'zero-trust-client/resources/zero-trust/access/applications';
 *
 * const client = createClient({ resources: [BaseApplications] });
 * ```
 */
export function createClient<const T extends readonly ResourceClass[]>(
  options: ClientOptions & { resources: T },
): PartialCloudflare<ClientStructure<T>> {
  return createPartialClient(options, API) as PartialCloudflare<ClientStructure<T>>;
}

export type {
  ResourceClass,
  ClientStructure,
  PartialCloudflare,
} from './runtime/partial-client.js';
