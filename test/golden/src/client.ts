// Generated from the YAML spec by `npm run generate`. Do not edit.
import { API } from './api.js';
import { Zoo } from './resources/zoo/zoo.js';
import { BaseClient, type BaseClientOptions } from './runtime/index.js';

/** Options of the client. Credentials given here win over environment variables, which are read only when none is given. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * A token.
   *
   * Defaults to the `ZOO_TOKEN` environment variable when no credential is given.
   */
  apiToken?: string | null;
}

/**
 * Zoo API client.
 *
 * @example
 * ```ts
 * const client = new Cloudflare({ apiToken: process.env.ZOO_TOKEN });
 * ```
 */
export class Cloudflare extends BaseClient {
  readonly zoo: Zoo = new Zoo(this);

  constructor(options: ClientOptions = {}) {
    super(options, API);
  }
}

export default Cloudflare;
