/**
 * Results of slow pure functions (prettier, the TypeScript compiler) kept between runs, keyed by
 * a hash of everything the result depends on. One JSON file per kind of result, under the
 * cache folder; a missing or unreadable file is an empty cache, and a cache that cannot be
 * written is only slower next time.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Entries beyond this many characters, least recently used first, are dropped when saving. */
const MAX_CHARS = 16_000_000;

export class ContentCache<Value> {
  private readonly used = new Set<string>();
  private changed = false;

  private constructor(
    private readonly file: string,
    /** Least recently used first. */
    private readonly entries: Map<string, Value>,
  ) {}

  /** The cache `name` in `dir`, or an empty one when there is none yet. */
  static async open<Value>(dir: string, name: string): Promise<ContentCache<Value>> {
    const file = path.join(dir, `${name}.json`);
    let entries = new Map<string, Value>();
    try {
      entries = new Map(JSON.parse(await readFile(file, 'utf8')) as [string, Value][]);
    } catch {
      // No cache yet, or one cut short: start empty.
    }
    return new ContentCache(file, entries);
  }

  get(key: string): Value | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) this.used.add(key);
    return value;
  }

  set(key: string, value: Value): void {
    this.entries.set(key, value);
    this.used.add(key);
    this.changed = true;
  }

  /**
   * Writes the cache if an entry was added, the entries of this run last, dropping the least
   * recently used beyond MAX_CHARS. The file is replaced whole by a rename, so that a reader
   * never sees half of it.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const order = [...this.entries].filter(([key]) => !this.used.has(key));
    order.push(...[...this.used].map((key): [string, Value] => [key, this.entries.get(key)!]));
    const kept: [string, Value][] = [];
    let chars = 0;
    for (const entry of order.reverse()) {
      chars += JSON.stringify(entry[1]).length;
      if (chars > MAX_CHARS) break;
      kept.push(entry);
    }
    const temporary = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temporary, JSON.stringify(kept.reverse()));
      await rename(temporary, this.file);
      this.changed = false;
    } catch {
      await rm(temporary, { force: true });
    }
  }
}

/** A hash of `parts`, each told apart from the next (`ab`, `c` differs from `a`, `bc`). */
export function hashOf(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

/**
 * The source of the module at `moduleUrl` (its `import.meta.url`), for the keys of what it
 * caches: an edit to the code that makes an entry makes the old entries unreachable.
 */
export function sourceOf(moduleUrl: string): Promise<string> {
  return readFile(fileURLToPath(moduleUrl), 'utf8');
}
