// Copied from generator/mock/auth.ts by `npm run generate`. Edit it there.
/** Who may call the mock server: any API token or key, or with a token given, only that one, on every route. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ERROR_CODES, failure, type Answer } from './actions.js';

/**
 * The refusal for a request without the right credential, or undefined. Without a token, API
 * calls need some token or key (as the API does) and the control endpoints none.
 */
export function checkAuth(
  headers: IncomingHttpHeaders,
  token: string | undefined,
  control: boolean,
): Answer | undefined {
  const given = credentialOf(headers);
  if (given === undefined && (token !== undefined || !control))
    return failure(401, ERROR_CODES.authentication, 'Authentication error: no API token or key');
  if (token !== undefined && !sameSecret(given!, token))
    return failure(403, ERROR_CODES.authentication, 'Authentication error');
  return undefined;
}

/** An `Authorization: Bearer` token, or an `X-Auth-Key` sent with its `X-Auth-Email`. */
function credentialOf(headers: IncomingHttpHeaders): string | undefined {
  const bearer = /^Bearer (.+)$/i.exec(headers.authorization ?? '')?.[1];
  const key = headers['x-auth-key'];
  return bearer ?? (typeof key === 'string' && headers['x-auth-email'] ? key : undefined);
}

/** Compared in constant time, so that answer times tell nothing about the token. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
