// Generated from the YAML spec by `npm run generate`. Do not edit.
import { API } from './api.js';
import { ZeroTrust } from './resources/zero-trust/zero-trust.js';
import { BaseClient, type BaseClientOptions } from './runtime/index.js';

/** Options of the client. Credentials given here win over environment variables, which are read only when none is given. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * An API token, sent as a Bearer token in the Authorization header.
   *
   * Defaults to the `CLOUDFLARE_API_TOKEN` environment variable when no credential is given.
   */
  apiToken?: string | null;
  /**
   * The account's email address and its Global API key, sent in the X-Auth-Email and X-Auth-Key headers.
   *
   * Defaults to the `CLOUDFLARE_EMAIL` environment variable when no credential is given.
   */
  apiEmail?: string | null;
  /**
   * The account's email address and its Global API key, sent in the X-Auth-Email and X-Auth-Key headers.
   *
   * Defaults to the `CLOUDFLARE_API_KEY` environment variable when no credential is given.
   */
  apiKey?: string | null;
}

/**
 * Cloudflare Zero Trust API client.
 *
 * @example
 * ```ts
 * const client = new Cloudflare({ apiToken: process.env.CLOUDFLARE_API_TOKEN });
 * ```
 */
export class Cloudflare extends BaseClient {
  readonly zeroTrust: ZeroTrust = new ZeroTrust(this);

  constructor(options: ClientOptions = {}) {
    super(options, API);
  }
}

export default Cloudflare;
