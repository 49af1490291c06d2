/** The errors of values that cannot be sent, which request-fill.ts finds. */
import { CloudflareError, InvalidParameterError } from './cloudflare-error.js';
import type { RequestProblem } from './request-fill.js';

const LONE_SURROGATE = 'contains a lone surrogate (half of a UTF-16 pair), which a URL cannot carry';

/** The error of the problem; the problem's class is not imported here, which would put request-fill.ts in a chunk of its own. */
export function problemError({ endpoint, code, parameter, value }: RequestProblem): CloudflareError {
  const invalid = (problem: string) => new InvalidParameterError(endpoint.id, parameter, problem);
  switch (code) {
    case 'unlisted':
      return new CloudflareError(`${endpoint.id}: path placeholder {${parameter}} is not listed in pathParams.`);
    case 'both-scopes':
      return new CloudflareError('You cannot provide both account_id and zone_id.');
    case 'no-scope':
      return new CloudflareError('You must provide either account_id or zone_id.');
    case 'missing':
      return new CloudflareError(`${endpoint.id}: missing ${parameter}.`);
    case 'empty':
      return invalid('must be a non-empty string');
    case 'dot-segment':
      return invalid("must not be '.' or '..'");
    case 'lone-surrogate':
      return invalid(LONE_SURROGATE);
    case 'not-finite':
      return invalid(`is ${String(value)}, not a finite number`);
    case 'invalid-date':
      return invalid('is an invalid Date');
    case 'cycle':
      return invalid('contains itself (a cycle)');
    case 'too-deep':
      return invalid(`is nested more than ${String(value)} levels deep`);
    case 'not-a-query-value':
      return invalid('must be a string, number, boolean, an object or an array of them');
  }
}
