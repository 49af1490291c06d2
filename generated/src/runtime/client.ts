// Copied from generator/runtime/client.ts by `npm run generate`. Edit it there.
import { ClientCore } from './client-core.js';
import type { ApiDescription, BaseClientOptions } from './client-options.js';
import * as setup from './setup.js';
import { provideParts } from './lazy.js';
import { STATIC_PARTS } from './static-parts.js';

export type { ApiDescription, BaseClientOptions, Logger, RequestOptions } from './client-options.js';

/**
 * The main entry's client: the parts that calls load only sometimes are in the same bundle, not loaded
 * apart, and the transport and credentials are set up when the client is made (a missing credential throws here).
 */
export class BaseClient extends ClientCore {
  // The first union member admits interfaces (such as a generated ClientOptions), which have no index signature.
  constructor(
    options: BaseClientOptions | (BaseClientOptions & { readonly [credential: string]: unknown }),
    api: ApiDescription,
  ) {
    super(options, api, setup);
    provideParts(STATIC_PARTS);
  }
}
