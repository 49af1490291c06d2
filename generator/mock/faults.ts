/**
 * Injected failures, for testing how code copes with them. A fault is an HTTP status (429 with
 * Retry-After, 500, ...), `slow` (answers after a delay) or `reset` (the connection is dropped).
 * It is set for the next N matching calls through the control endpoint, or on a request with the
 * `x-mock-fault` header: the first N requests carrying the same header value to the same
 * method and path fail, later ones go through (so a client's retries get through in the end).
 */

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

/** A fault from its spec; throws with the reason when the spec is not one. */
export function parseFault(spec: FaultSpec): Fault {
  if (typeof spec !== 'object' || spec === null) throw new Error('a fault must be an object with a "kind"');
  const kind = String(spec.kind);
  if (kind === 'slow') return { type: 'slow', delayMs: nonNegative(spec.delayMs, 'delayMs') ?? 2000 };
  if (kind === 'reset') return { type: 'reset' };
  const status = Number(kind);
  if (!/^[45]\d\d$/.test(kind)) throw new Error(`kind must be a 4xx or 5xx status, "slow" or "reset", not "${kind}"`);
  return { type: 'status', status, retryAfter: nonNegative(spec.retryAfter, 'retryAfter') ?? 1 };
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

function nonNegative(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of 0 or more`);
  return value;
}

export class Faults {
  #armed: Armed[] = [];
  /** header value + method + path -> how many requests it has failed so far. */
  readonly #headerCounts = new Map<string, number>();

  add(spec: FaultSpec): void {
    const fault = parseFault(spec);
    const count = spec.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new Error('count must be a whole number of 1 or more');
    this.#armed.push({ spec, fault, remaining: count });
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
      const spec = parseFaultHeader(header);
      const key = `${header}\n${method}\n${path}`;
      const seen = this.#headerCounts.get(key) ?? 0;
      if (seen >= (spec.count ?? 1)) return undefined;
      const fault = parseFault(spec);
      this.#headerCounts.set(key, seen + 1);
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
