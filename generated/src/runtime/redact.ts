// Copied from generator/runtime/redact.ts by `npm run generate`. Edit it there.
/**
 * Removes the client's credentials from what it reports: error messages, stacks, the body excerpt, the headers
 * and causes kept on errors, and logger lines.
 */

/**
 * The shortest piece of a secret that is removed wherever it appears. Removing pieces, not only the whole secret,
 * keeps a prefix cut off by a length limit, or a secret the server echoes in part, out of the output.
 */
export const SECRET_RUN = 6;
/** Secrets shorter than SECRET_RUN are removed where they appear whole; shorter than this, they are ignored. */
const SHORTEST_SECRET = 4;
const MARK = '[redacted]';
/** How far the causes of an error are followed. */
const MAX_DEPTH = 8;

/**
 * How much text past a cut the redactor must see so that the text before the cut is redacted as if it
 * were whole: `redact(text.slice(0, n + REDACTION_LOOKAHEAD)).slice(0, n)`.
 */
export const REDACTION_LOOKAHEAD: number = SECRET_RUN - 1;

export interface Redactor {
  /** The text with every run of SECRET_RUN or more characters of a secret replaced by '[redacted]'. */
  text(text: string): string;
  /**
   * Redacts the error in place: message, stack, every string, array and Headers among its own properties,
   * and the errors of its cause chain. Returns the error.
   */
  error<E>(error: E): E;
}

type Range = [start: number, end: number];

/** Where a secret, or a run of SECRET_RUN characters of one, appears; sorted, overlaps merged. */
function markedRanges(text: string, windows: ReadonlySet<string>, whole: readonly string[]): Range[] {
  const found: Range[] = [];
  if (windows.size > 0) {
    for (let i = 0; i + SECRET_RUN <= text.length; i++) {
      if (windows.has(text.slice(i, i + SECRET_RUN))) found.push([i, i + SECRET_RUN]);
    }
  }
  for (const secret of whole) {
    for (let i = text.indexOf(secret); i >= 0; i = text.indexOf(secret, i + 1)) found.push([i, i + secret.length]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const ranges: Range[] = [];
  for (const range of found) {
    const last = ranges.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else ranges.push(range);
  }
  return ranges;
}

function textRedactor(secrets: readonly string[]): (text: string) => string {
  const windows = new Set<string>();
  const whole: string[] = [];
  for (const secret of secrets) {
    if (secret.length < SHORTEST_SECRET) continue;
    if (secret.length < SECRET_RUN) whole.push(secret);
    else for (let i = 0; i + SECRET_RUN <= secret.length; i++) windows.add(secret.slice(i, i + SECRET_RUN));
  }
  if (windows.size === 0 && whole.length === 0) return (text) => text;
  return (text) => {
    const ranges = markedRanges(text, windows, whole);
    if (ranges.length === 0) return text;
    let out = '';
    let from = 0;
    for (const [start, end] of ranges) {
      out += text.slice(from, start) + MARK;
      from = end;
    }
    return out + text.slice(from);
  };
}

function redactedHeaders(headers: Headers, redact: (text: string) => string): Headers {
  const entries = [...headers];
  if (entries.every(([name, value]) => redact(name) === name && redact(value) === value)) return headers;
  const out = new Headers();
  for (const [name, value] of entries) {
    // A header whose name carries a secret is dropped: '[redacted]' is not a valid header name.
    if (redact(name) === name) out.append(name, redact(value));
  }
  return out;
}

function setIfChanged(target: object, key: PropertyKey, value: unknown, before: unknown): void {
  if (value === before) return;
  try {
    const enumerable = Reflect.getOwnPropertyDescriptor(target, key)?.enumerable ?? false;
    Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable });
  } catch {
    // A frozen foreign object: nothing to do but leave it.
  }
}

/** Errors, arrays and plain records: what errors carry. Other objects (a socket, a dispatcher) are left alone. */
function walked(item: object): boolean {
  if (item instanceof Error || Array.isArray(item)) return true;
  const prototype: unknown = Object.getPrototypeOf(item);
  return prototype === Object.prototype || prototype === null;
}

export function createRedactor(secrets: readonly string[]): Redactor {
  const text = textRedactor(secrets);
  if (secrets.every((s) => s.length < SHORTEST_SECRET)) return { text, error: (error) => error };

  const value = (item: unknown, seen: Set<object>, depth: number): unknown => {
    if (typeof item === 'string') return text(item);
    if (typeof item !== 'object' || item === null || depth > MAX_DEPTH || seen.has(item)) return item;
    seen.add(item);
    if (item instanceof Headers) return redactedHeaders(item, text);
    if (!walked(item)) return item;
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) setIfChanged(item, i, value(item[i], seen, depth + 1), item[i]);
      return item;
    }
    // The stack is read first: V8 formats it from the message on first access.
    const keys = ['stack', 'message', ...Reflect.ownKeys(item).filter((k) => k !== 'stack' && k !== 'message')];
    for (const key of keys) {
      const descriptor = Reflect.getOwnPropertyDescriptor(item, key);
      if (!descriptor) continue;
      // Some engines give errors an own accessor for the stack; other accessors are not called.
      if (!('value' in descriptor) && key !== 'stack') continue;
      const before: unknown = 'value' in descriptor ? descriptor.value : Reflect.get(item, key);
      setIfChanged(item, key, value(before, seen, depth + 1), before);
    }
    return item;
  };
  return { text, error: (error) => value(error, new Set(), 0) as typeof error };
}

const redactors = new WeakMap<readonly string[], Redactor>();

/** The redactor of a client's secrets, made on first use: a client whose calls all succeed never makes one. */
export function redactorOf(secrets: readonly string[]): Redactor {
  let redactor = redactors.get(secrets);
  if (!redactor) {
    redactor = createRedactor(secrets);
    redactors.set(secrets, redactor);
  }
  return redactor;
}
