// Copied from generator/runtime/body-problems.ts by `npm run generate`. Edit it there.
/**
 * The check of a request body that JSON cannot write (a cycle, a BigInt) or would silently change (NaN and
 * Infinity become null): loaded only for a body whose JSON text has a null, or that JSON.stringify refused.
 */
import type { Endpoint } from './endpoint.js';
import { InvalidParameterError } from './cloudflare-error.js';

interface Problem {
  readonly path: readonly (string | number)[];
  readonly problem: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function problemAt(value: unknown, key: string, path: (string | number)[], ancestors: object[]): Problem | undefined {
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  if (value instanceof Number) value = Number(value);
  if (typeof value === 'bigint')
    return { path, problem: 'is a BigInt, which JSON cannot carry: pass a number or a string' };
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { path, problem: `is ${value}, which JSON would send as null` };
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (ancestors.includes(value)) return { path, problem: 'contains itself (a cycle), which JSON cannot carry' };
  ancestors.push(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = problemAt(value[i], String(i), [...path, i], ancestors);
        if (found) return found;
      }
    } else {
      for (const [name, item] of Object.entries(value)) {
        const found = problemAt(item, name, [...path, name], ancestors);
        if (found) return found;
      }
    }
  } finally {
    ancestors.pop();
  }
  return undefined;
}

function bodyName(endpoint: Endpoint): string {
  return endpoint.body !== undefined && endpoint.body !== 'params' ? `params.${endpoint.body.param}` : 'params';
}

/** 'params.include[0].email': as the caller wrote it, with the params key rather than the API's name. */
function parameterName(endpoint: Endpoint, path: readonly (string | number)[]): string {
  const segments = [...path];
  const wire = segments[0];
  if (endpoint.body === 'params' && typeof wire === 'string') {
    segments[0] = Object.entries(endpoint.wireNames ?? {}).find(([, name]) => name === wire)?.[0] ?? wire;
  }
  let name = bodyName(endpoint);
  for (const segment of segments) {
    if (typeof segment === 'number') name += `[${segment}]`;
    else name += IDENTIFIER.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return name;
}

function problemIn(body: unknown): Problem | undefined {
  try {
    return problemAt(body, '', [], []);
  } catch {
    // A getter or toJSON that throws; the caller reports what JSON.stringify said.
    return undefined;
  }
}

/**
 * The JSON text of a request body. A body that JSON cannot write (a cycle, a BigInt) or would silently
 * change (NaN and Infinity become null) is an InvalidParameterError naming the field, and nothing is sent.
 */
export function jsonBody(endpoint: Endpoint, body: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(body);
  } catch (cause) {
    const found = problemIn(body);
    if (found) throw new InvalidParameterError(endpoint.id, parameterName(endpoint, found.path), found.problem);
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new InvalidParameterError(endpoint.id, bodyName(endpoint), `cannot be written as JSON: ${reason}`, {
      cause,
    });
  }
  if (text === undefined) throw new InvalidParameterError(endpoint.id, bodyName(endpoint), 'cannot be written as JSON');
  // Only a body whose JSON has a null can hold a number that JSON wrote as null.
  if (text.includes('null')) {
    const found = problemIn(body);
    if (found) throw new InvalidParameterError(endpoint.id, parameterName(endpoint, found.path), found.problem);
  }
  return text;
}
