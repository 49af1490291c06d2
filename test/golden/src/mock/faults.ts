// Copied from generator/mock/faults.ts by `npm run generate`. Edit it there.
/**
 * Injected failures, for testing how code copes with them. A fault is an HTTP status (429 with
 * Retry-After, 500, ...), `slow` (answers after a delay) or `reset` (the connection is dropped).
 * It is set for the next N matching calls through the control endpoint, or on a request with the
 * `x-mock-fault` header: the first N requests carrying the same header value to the same
 * method and path fail, later ones go through (so a client's retries get through in the end).
 */
import { isObject, own } from './records.js';

export interface FaultSpec {
  /** '429', '500' or any other 4xx/5xx status, 'slow' or 'reset'. */
  readonly kind: string;
  /** How many matching calls it applies to; 1 by default. */
  readonly count?: number;
  /** Only calls with this method, and whose path (below the base path) contains this text. */
  readonly method?: string;
  readonly path?: string;
  /** Seconds sent in Retry-After with a 429; 1 by default. */
  readonly retryAfter?: number;
  /** Delay of a `slow` answer, in ms; 2000 by default. */
  readonly delayMs?: number;
}

export type Fault =
  | { readonly type: 'status'; readonly status: number; readonly retryAfter: number }
  | { readonly type: 'slow'; readonly delayMs: number }
  | { readonly type: 'reset' };

interface Armed {
  readonly spec: FaultSpec;
  readonly fault: Fault;
  remaining: number;
}

export const FAULT_HEADER = 'x-mock-fault';
/** The longest delay a `slow` fault may ask for: 10 minutes. */
const MAX_DELAY_MS = 600_000;
/** How many distinct header values (with method and path) are counted before the oldest are forgotten. */
const MAX_COUNTED_HEADERS = 10_000;

/** A spec reduced to the fields a fault has, each checked, with its fault; throws with the reason when it is not one. */
function checkFault(input: unknown): { readonly spec: FaultSpec & { readonly count: number }; readonly fault: Fault } {
  if (!isObject(input)) throw new Error('a fault must be an object with a "kind"');
  const kind = typeof input['kind'] === 'number' ? String(input['kind']) : input['kind'];
  if (typeof kind !== 'string') throw new Error('kind must be a 4xx or 5xx status, "slow" or "reset"');
  const count = input['count'] ?? 1;
  if (!Number.isInteger(count) || (count as number) < 1) throw new Error('count must be a whole number of 1 or more');
  const spec = {
    kind,
    count: count as number,
    ...optional(input, 'method', 'string'),
    ...optional(input, 'path', 'string'),
    ...optional(input, 'retryAfter', 'number'),
    ...optional(input, 'delayMs', 'number'),
  };
  return { spec, fault: faultOf(spec) };
}

function faultOf(spec: FaultSpec): Fault {
  const { kind } = spec;
  if (kind === 'slow') return { type: 'slow', delayMs: withinRange(spec.delayMs, 'delayMs', MAX_DELAY_MS) ?? 2000 };
  if (kind === 'reset') return { type: 'reset' };
  if (!/^[45]\d\d$/.test(kind)) throw new Error(`kind must be a 4xx or 5xx status, "slow" or "reset", not "${kind}"`);
  return { type: 'status', status: Number(kind), retryAfter: withinRange(spec.retryAfter, 'retryAfter') ?? 1 };
}

/** `{ [name]: value }` when the input has the field, of that type; `{}` when it has none. */
function optional(input: Record<string, unknown>, name: keyof FaultSpec, type: 'string' | 'number') {
  const value = own(input, name);
  if (value === undefined) return {};
  if (typeof value !== type) throw new Error(`${name} must be a ${type}`);
  return { [name]: value };
}

/** `429; count=2; retry-after=0` -> a fault spec. */
export function parseFaultHeader(value: string): FaultSpec {
  const [kind = '', ...options] = value.split(';').map((part) => part.trim());
  const option = (name: string) => {
    const found = options.find((o) => o.toLowerCase().startsWith(`${name}=`));
    return found === undefined ? undefined : Number(found.slice(name.length + 1));
  };
  return { kind, count: option('count'), retryAfter: option('retry-after'), delayMs: option('delay') };
}

function withinRange(value: number | undefined, name: string, max = Infinity): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value < 0 || value > max)
    throw new Error(`${name} must be a number of 0 or more${max === Infinity ? '' : ` and at most ${max}`}`);
  return value;
}

export class Faults {
  #armed: Armed[] = [];
  /** header value + method + path -> how many requests it has failed so far. */
  readonly #headerCounts = new Map<string, number>();

  /** Arms a fault for the next `count` matching calls; throws with the reason when the spec is not one. */
  add(input: FaultSpec): void {
    const { spec, fault } = checkFault(input);
    this.#armed.push({ spec, fault, remaining: spec.count });
  }

  list(): FaultSpec[] {
    return this.#armed.map((a) => ({ ...a.spec, count: a.remaining }));
  }

  clear(): void {
    this.#armed = [];
    this.#headerCounts.clear();
  }

  /** The fault this call meets, if any; each use counts against the fault's calls. */
  take(method: string, path: string, header: string | undefined): Fault | undefined {
    if (header !== undefined) {
      const { spec, fault } = checkFault(parseFaultHeader(header));
      const key = `${header}\n${method}\n${path}`;
      const seen = this.#headerCounts.get(key) ?? 0;
      if (seen >= spec.count) return undefined;
      this.#headerCounts.delete(key);
      this.#headerCounts.set(key, seen + 1);
      if (this.#headerCounts.size > MAX_COUNTED_HEADERS)
        this.#headerCounts.delete(this.#headerCounts.keys().next().value!);
      return fault;
    }
    const armed = this.#armed.find(
      (a) => (!a.spec.method || a.spec.method.toUpperCase() === method) && (!a.spec.path || path.includes(a.spec.path)),
    );
    if (!armed) return undefined;
    if (--armed.remaining === 0) this.#armed = this.#armed.filter((a) => a !== armed);
    return armed.fault;
  }
}
