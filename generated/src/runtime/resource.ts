// Copied from generator/runtime/resource.ts by `npm run generate`. Edit it there.
import type { ClientCore } from './client-core.js';

/** A node of the client tree (`client.zeroTrust.access.groups`); its methods call the client. */
export class APIResource {
  constructor(protected readonly _client: ClientCore) {}
}
