/**
 * What the docs say about errors and retries, asked of the runtime itself: its error classes,
 * the class of each status, and whether each kind of failure is retried for each kind of call.
 * When the runtime changes, the docs change with it.
 */
import type { HttpMethod } from '../runtime/endpoint.js';
import * as errors from '../runtime/errors.js';
import { ValidationError } from '../runtime/validation.js';
import {
  BASE_DELAY_MS,
  DEFAULT_MAX_RETRIES,
  MAX_BACKOFF_MS,
  MAX_RETRY_AFTER_MS,
  isIdempotent,
  shouldRetryError,
  shouldRetryStatus,
} from '../runtime/retry.js';

export interface ErrorClassFact {
  readonly name: string;
  /** The class it extends, or undefined for the base class. */
  readonly parent?: string;
  /** The statuses it stands for: `404`, `≥ 500`. */
  readonly statuses: string[];
  readonly meaning: string;
}

type ErrorClass = abstract new (...args: never[]) => Error;

const isErrorClass = (value: unknown): value is ErrorClass =>
  typeof value === 'function' && (value as { prototype?: unknown }).prototype instanceof Error;
const CLASSES: readonly ErrorClass[] = [...(Object.values(errors) as unknown[]).filter(isErrorClass), ValidationError];

/** Every error class, base classes first, with the statuses it stands for. */
export function errorClasses(): ErrorClassFact[] {
  const statuses = new Map<string, string[]>();
  for (const status of Object.keys(errors.ERROR_CLASS_BY_STATUS)) {
    const name = errors.errorClassForStatus(Number(status)).name;
    statuses.set(name, [...(statuses.get(name) ?? []), status]);
  }
  const server = errors.errorClassForStatus(599).name;
  statuses.set(server, [...(statuses.get(server) ?? []), '≥ 500']);
  const other = errors.errorClassForStatus(418).name;
  statuses.set(other, [...(statuses.get(other) ?? []), 'any other']);
  const depth = (c: ErrorClass): number => (c === errors.CloudflareError ? 0 : 1 + depth(Object.getPrototypeOf(c)));
  return [...CLASSES]
    // Module namespaces list their exports in an order that depends on the loader: sort on what is stable.
    .sort(
      (a, b) =>
        depth(a) - depth(b) ||
        statusOrder(statuses.get(a.name)) - statusOrder(statuses.get(b.name)) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    )
    .map((c) => {
      const parent = (Object.getPrototypeOf(c) as ErrorClass).name;
      return {
        name: c.name,
        parent: c === errors.CloudflareError ? undefined : parent,
        statuses: statuses.get(c.name) ?? [],
        meaning: errors.ERROR_MEANINGS[c.name] ?? '',
      };
    });
}

function statusOrder(statuses: string[] | undefined): number {
  const first = statuses?.[0];
  if (!first) return 0;
  return /^\d+$/.test(first) ? Number(first) : first.startsWith('≥') ? 600 : 700;
}

/** The kinds of call whose retries differ. */
export const CALL_KINDS = [
  { label: 'GET, PUT, DELETE', method: 'GET', optIn: false },
  { label: 'POST, PATCH', method: 'POST', optIn: false },
  { label: 'POST, PATCH with `retryNonIdempotent: true`', method: 'POST', optIn: true },
] as const satisfies readonly { label: string; method: HttpMethod; optIn: boolean }[];

const request = { method: 'POST', path: '/' };
const networkError = (code: string) => Object.assign(new Error(code), { code });
const FAILURES: readonly { label: string; retried: (idempotent: boolean) => boolean }[] = [
  { label: '408 Request Timeout', retried: (i) => shouldRetryStatus(i, 408) },
  { label: '429 Too Many Requests', retried: (i) => shouldRetryStatus(i, 429) },
  { label: '5xx', retried: (i) => shouldRetryStatus(i, 503) },
  { label: 'Other 4xx', retried: (i) => shouldRetryStatus(i, 404) },
  {
    label: 'Timeout (`timeout` ms per attempt)',
    retried: (i) => shouldRetryError(i, new errors.APIConnectionTimeoutError('timeout', request)),
  },
  {
    label: 'Connection lost after the request was sent',
    retried: (i) =>
      shouldRetryError(i, new errors.APIConnectionError('reset', { ...request, cause: networkError('ECONNRESET') })),
  },
  {
    label: 'Connection never opened (refused, DNS)',
    retried: (i) =>
      shouldRetryError(i, new errors.APIConnectionError('refused', { ...request, cause: networkError('ECONNREFUSED') })),
  },
];

/** Rows of failures, a column per kind of call: whether the client tries again. */
export function retryTable(): { label: string; retried: boolean[] }[] {
  return FAILURES.map((f) => ({
    label: f.label,
    retried: CALL_KINDS.map((kind) => f.retried(isIdempotent(kind.method) || kind.optIn)),
  }));
}

export const RETRY_LIMITS = {
  maxRetries: DEFAULT_MAX_RETRIES,
  baseDelayMs: BASE_DELAY_MS,
  maxBackoffMs: MAX_BACKOFF_MS,
  maxRetryAfterMs: MAX_RETRY_AFTER_MS,
};

/** Whether a method's calls are retried as GET's are, or only when the server cannot have acted. */
export function isRetriedLikeGet(method: HttpMethod): boolean {
  return isIdempotent(method);
}
