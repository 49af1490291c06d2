// Copied from generator/runtime/validation.ts by `npm run generate`. Edit it there.
import { CloudflareError } from './cloudflare-error.js';
import type { Endpoint } from './endpoint.js';
import { redactorOf } from './redact.js';

/**
 * `off`: no checks, and the schemas are never loaded. `warn`: the first mismatch of each endpoint
 * is logged once. `strict`: a mismatch throws a ValidationError; a bad request is never sent.
 */
export type ValidationMode = 'off' | 'warn' | 'strict';

export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** zod's issue code, e.g. 'invalid_type'. */
  readonly code?: string;
}

/** What the runtime needs of a zod schema; the runtime itself does not import zod. */
export interface Schema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/** An endpoint's params schema, and the schema of what it returns (of one item, for lists). */
export interface EndpointSchemas {
  readonly request?: Schema;
  readonly response?: Schema;
}

/** Endpoint id -> its schemas. */
export type SchemaRegistry = Readonly<Record<string, EndpointSchemas>>;

export type Direction = 'request' | 'response';

export class ValidationError extends CloudflareError {
  /** Dotted client path of the endpoint, e.g. 'zeroTrust.access.groups.create'. */
  readonly endpoint: string;
  readonly direction: Direction;
  /** Where the first mismatch is, e.g. 'params.include[0].email' or 'result[3].name'. */
  readonly path: string;
  readonly issues: readonly SchemaIssue[];

  constructor(endpoint: string, direction: Direction, path: string, issues: readonly SchemaIssue[]) {
    const what = direction === 'request' ? 'request parameters do' : 'response does';
    super(`${endpoint}: the ${what} not match the spec at ${path}: ${issues[0]?.message ?? 'invalid'}`);
    this.endpoint = endpoint;
    this.direction = direction;
    this.path = path;
    this.issues = issues;
  }
}

/** `root` followed by the issue's path: params.include[0].email */
export function issuePath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    root,
  );
}

/**
 * Checks `value` (with `list`, each of its items) and returns the error for the first mismatch.
 * Only the path and zod's message are kept: neither carries the values sent or received.
 */
export function firstMismatch(
  endpoint: string,
  direction: Direction,
  schema: Schema,
  value: unknown,
  list = false,
): ValidationError | undefined {
  const root = direction === 'request' ? 'params' : 'result';
  const checks: [string, unknown][] =
    list && Array.isArray(value) ? value.map((item, i) => [`${root}[${i}]`, item]) : [[root, value]];
  for (const [at, checked] of checks) {
    const result = schema.safeParse(checked);
    if (!result.success) {
      const issues = result.error.issues;
      return new ValidationError(endpoint, direction, issuePath(at, issues[0]?.path ?? []), issues);
    }
  }
  return undefined;
}

/** What a client keeps for validation; check() fills in the rest. */
export interface ValidationState {
  readonly loadSchemas: (() => Promise<SchemaRegistry>) | undefined;
  readonly logger: { warn(message: string): void };
  /** The client's credentials, removed from what is thrown or logged. */
  secrets(): readonly string[];
  schemas?: Promise<SchemaRegistry>;
  /** Endpoint and direction of every mismatch already logged by 'warn'. */
  warned?: Set<string>;
}

/** Validates against the endpoint's schema: logs the first mismatch once ('warn') or throws it ('strict'). */
export async function check(
  state: ValidationState,
  endpoint: Endpoint,
  direction: Direction,
  mode: ValidationMode,
  value: unknown,
  list = false,
): Promise<void> {
  if (!state.loadSchemas)
    throw new CloudflareError('Validation needs schemas, and this client was built without them.');
  const schema = (await (state.schemas ??= state.loadSchemas()))[endpoint.id]?.[direction];
  const error = schema && firstMismatch(endpoint.id, direction, schema, value, list);
  if (!error) return;
  const redactor = redactorOf(state.secrets());
  if (mode === 'strict') throw redactor.error(error);
  const key = `${endpoint.id} ${direction}`;
  const warned = (state.warned ??= new Set());
  if (warned.has(key)) return;
  warned.add(key);
  state.logger.warn(redactor.text(error.message));
}
