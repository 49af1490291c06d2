// Copied from generator/mock/cors.ts by `npm run generate`. Edit it there.
/**
 * Cross-origin access, so that a page in a browser can call the mock directly: which origins may,
 * the answer to a preflight, and the headers every answer to an allowed origin carries.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';

/** `'*'` for any origin, a list of origins (`'*'` among them also means any), or `false` for none. */
export type CorsOption = '*' | readonly string[] | false;

/** Headers the client (and Cloudflare's SDK) sends, allowed whether or not a preflight lists them. */
const ALLOWED_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'user-agent',
  'x-auth-email',
  'x-auth-key',
  'x-auth-user-service-key',
  'x-mock-fault',
];
/** Headers a client reads from answers, beyond those every browser exposes. */
const EXPOSED_HEADERS = ['retry-after', 'retry-after-ms', 'cf-ray', 'x-request-id', 'request-id', 'content-length'];
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';
/** How long a browser may keep a preflight's answer, in seconds. */
const MAX_AGE = '600';

/** Which origins may call a mock bound to `address`; any when it is a loopback address and nothing was said. */
export class CorsPolicy {
  readonly #any: boolean;
  readonly #origins: ReadonlySet<string>;

  /** `origins` as `checkedCorsOption` returns it. */
  constructor(origins: readonly string[] | undefined, address: string) {
    const list = origins ?? (isLoopback(address) ? ['*'] : []);
    this.#any = list.includes('*');
    this.#origins = new Set(list.filter((origin) => origin !== '*'));
  }

  allows(origin: string): boolean {
    return this.#any || this.#origins.has(origin);
  }

  /** The CORS headers for an answer to a request with these headers: none unless its origin is allowed. */
  headersFor(request: IncomingHttpHeaders): Record<string, string> {
    if (!this.#any && this.#origins.size === 0) return {};
    const origin = request.origin;
    if (origin === undefined || !this.allows(origin)) return { vary: 'Origin' };
    return {
      'access-control-allow-origin': origin,
      'access-control-expose-headers': EXPOSED_HEADERS.join(', '),
      vary: 'Origin',
    };
  }

  /** The headers of the answer to a preflight from an allowed origin, undefined for another origin. */
  preflightHeaders(request: IncomingHttpHeaders): Record<string, string> | undefined {
    const origin = request.origin;
    if (origin === undefined || !this.allows(origin)) return undefined;
    const requested = (request['access-control-request-headers'] ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => /^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name));
    const headers: Record<string, string> = {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': ALLOWED_METHODS,
      'access-control-allow-headers': [...new Set([...ALLOWED_HEADERS, ...requested])].join(', '),
      'access-control-max-age': MAX_AGE,
      vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    };
    // Chromium asks before a page on a public address calls one on the machine itself.
    if (request['access-control-request-private-network'] === 'true')
      headers['access-control-allow-private-network'] = 'true';
    return headers;
  }
}

/** A preflight: OPTIONS from a browser, asking before it sends the real request. */
export function isPreflight(method: string, headers: IncomingHttpHeaders): boolean {
  return method === 'OPTIONS' && headers.origin !== undefined && headers['access-control-request-method'] !== undefined;
}

/** The option as a list of origins (`[]` for none), or undefined for the default; throws naming a value that is not an origin. */
export function checkedCorsOption(option: CorsOption | undefined): readonly string[] | undefined {
  if (option === undefined) return undefined;
  if (option === false) return [];
  if (option === '*') return ['*'];
  if (!Array.isArray(option)) throw new Error('cors must be "*", a list of origins or false');
  return option.map(checkedOrigin);
}

/** `--cors` values, each one origin or a comma-separated list, as one list; throws naming a value that is not an origin. */
export function parseCorsList(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((origin) => checkedOrigin(origin.trim()));
}

/** `'*'`, or an origin as browsers send it (`http://localhost:5173`, no path and no trailing slash). */
function checkedOrigin(origin: string): string {
  if (origin === '*') return origin;
  let parsed: URL | undefined;
  try {
    parsed = new URL(origin);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || parsed.origin === 'null' || parsed.origin !== origin)
    throw new Error(
      `"${origin}" is not an origin: write it as scheme://host[:port], as in http://localhost:5173, or *`,
    );
  return origin;
}

function isLoopback(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}
