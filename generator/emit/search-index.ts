/**
 * The site's prebuilt search index: every method (with its verb and path), resource, model,
 * field, enum value and error class, with the words a reader may type for it. The page script
 * (templates/site/site.js) ranks the entries; the index only says what each one is called.
 */
import { tokens } from './search-tokens.js';

/** Most important first: the page script ranks a method above a field that mentions the same words. */
export const SEARCH_KINDS = ['resource', 'method', 'error', 'model', 'field', 'value'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchEntry {
  /** Kind, as an index into SEARCH_KINDS. */
  readonly k: number;
  /** Name shown. */
  readonly n: string;
  /** Context shown after the name: a title, where a field belongs. */
  readonly c: string;
  /** Link from the site's root. */
  readonly h: string;
  /** Words of the name (and, for methods, verb and path), space separated. */
  readonly t: string;
  /** Words of the description, space separated; they rank below the name's. */
  readonly d: string;
}

// Words that say nothing about what a reader is after.
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in is it its of on or that the this to was were which with will you your can not'.split(
    ' ',
  ),
);

/** How many description words an entry keeps: enough to find it, few enough to keep the index small. */
const DESCRIPTION_WORDS = 24;

export class SearchIndex {
  private readonly entries: SearchEntry[] = [];
  private readonly seen = new Set<string>();
  /** The words worth keeping of each description, by its text: fields shared by many methods repeat theirs. */
  private readonly describedBy = new Map<string, string[]>();

  add(kind: SearchKind, name: string, context: string, href: string, words: string, description = ''): void {
    const key = `${kind}\u0000${name}\u0000${href}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const nameTokens = tokens(`${name} ${words}`);
    const named = new Set(nameTokens);
    const described: string[] = [];
    for (const word of this.descriptionWords(description)) {
      if (described.length === DESCRIPTION_WORDS) break;
      if (!named.has(word)) described.push(word);
    }
    this.entries.push({
      k: SEARCH_KINDS.indexOf(kind),
      n: name,
      c: context,
      h: href,
      t: nameTokens.join(' '),
      d: described.join(' '),
    });
  }

  private descriptionWords(description: string): string[] {
    let words = this.describedBy.get(description);
    if (!words) {
      words = tokens(description).filter((w) => w.length > 2 && !STOP_WORDS.has(w));
      this.describedBy.set(description, words);
    }
    return words;
  }

  /** The entries, in a stable order. */
  list(): SearchEntry[] {
    const keyed = this.entries.map((e) => ({ key: `${e.k}\u0000${e.n}\u0000${e.h}`, e }));
    return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ e }) => e);
  }
}
