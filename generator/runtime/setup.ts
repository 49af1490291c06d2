/**
 * What a client sends with: its transport (platform.ts) and the headers of every request, its credentials
 * (from its options, else the environment), accept, user-agent and default headers, with the rules for
 * headers given per call. The main entry's client sets them up when it is made; the tree-shakable one when
 * its first call is sent (as the Cloudflare SDK resolves credentials then), so that its bundle loads this
 * module only then.
 */
import { resolveAuth } from './auth.js';
import type { ApiDescription, BaseClientOptions } from './client-options.js';
import { ExtraHeaderRules } from './credential-headers.js';
import { environment } from './environment.js';
import { createTransport } from './platform.js';
import type { FailureLoader } from './transport-fetch.js';
import type { Transport } from './transport.js';

export interface ClientHeaders {
  /** Merged once, frozen: for requests without and with a JSON body. */
  readonly base: Readonly<Record<string, string>>;
  readonly jsonBody: Readonly<Record<string, string>>;
  /** The credential values, removed from errors and log lines (redact.ts). */
  readonly secrets: readonly string[];
  /** The headers of one request: the client's, shared (frozen) unless the call adds its own. */
  forRequest(
    hasBody: boolean,
    perRequest: Readonly<Record<string, string>> | undefined,
  ): Readonly<Record<string, string>>;
}

function lowerCaseNames(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

export interface ClientSetup {
  readonly transport: Transport;
  readonly headers: ClientHeaders;
}

/**
 * Throws a CloudflareError for transport options that do not go together, missing or incomplete
 * credentials, or default headers that set one. `failure` loads the failure module (lazy.ts).
 */
export function clientSetup(
  options: BaseClientOptions & { readonly [credential: string]: unknown },
  api: ApiDescription,
  failure: FailureLoader,
): ClientSetup {
  const transport = createTransport(options, failure);
  return { transport, headers: clientHeaders(options, api, transport.headers) };
}

function clientHeaders(
  options: BaseClientOptions & { readonly [credential: string]: unknown },
  api: ApiDescription,
  transportHeaders: Readonly<Record<string, string>>,
): ClientHeaders {
  const variables = api.auth.flatMap((scheme) => Object.values(scheme.env));
  const auth = resolveAuth(api.auth, options, environment(variables));
  const rules = new ExtraHeaderRules(api.auth);
  if (options.defaultHeaders !== undefined) rules.check(options.defaultHeaders, 'defaultHeaders');
  const base = Object.freeze({
    ...lowerCaseNames(auth.headers),
    accept: 'application/json',
    ...transportHeaders,
    'user-agent': api.userAgent ?? 'zero-trust-client',
    ...lowerCaseNames(options.defaultHeaders ?? {}),
  });
  // content-type first, so that default headers may override it, as they may any other.
  const jsonBody = Object.freeze({ 'content-type': 'application/json', ...base });
  return {
    base,
    jsonBody,
    secrets: auth.secrets,
    forRequest: (hasBody, perRequest) => {
      const headers = hasBody ? jsonBody : base;
      if (!perRequest) return headers;
      rules.check(perRequest, 'headers');
      return { ...headers, ...lowerCaseNames(perRequest) };
    },
  };
}
