/** The site's search entries: the words of a name, the description words worth keeping, a stable order. */
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../generator/emit/search-index.js';

describe('SearchIndex', () => {
  it('keeps the words of the name, and the description words that are not in it, short or stop words', () => {
    const index = new SearchIndex();
    index.add('field', 'dexTests', 'a model', 'page.html#f', '', 'The DEX tests of the device, by its ID');
    expect(index.list()).toEqual([
      { k: 4, n: 'dexTests', c: 'a model', h: 'page.html#f', t: 'dex tests dextests', d: 'device' },
    ]);
  });

  it('keeps the first 24 description words', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`);
    const index = new SearchIndex();
    index.add('model', 'Thing', '', 'a.html', '', words.join(' '));
    expect(index.list()[0]!.d).toBe(words.slice(0, 24).join(' '));
  });

  it('leaves out, for each entry, the words of its own name from a description entries share', () => {
    const index = new SearchIndex();
    const shared = 'Account identifier tag';
    index.add('field', 'account_id', 'list params', 'a.html#x', '', shared);
    index.add('field', 'tag', 'get params', 'a.html#y', '', shared);
    expect(index.list().map((e) => [e.n, e.d])).toEqual([
      ['account_id', 'identifier tag'],
      ['tag', 'account identifier'],
    ]);
  });

  it('lists an entry once, by kind, then name, then link', () => {
    const index = new SearchIndex();
    index.add('field', 'b', '', 'p.html#b', '');
    index.add('method', 'z', '', 'p.html#z', '');
    index.add('field', 'a', '', 'q.html#a', '');
    index.add('field', 'a', '', 'p.html#a', '');
    index.add('field', 'a', 'again', 'p.html#a', '');
    expect(index.list().map((e) => [e.k, e.n, e.h, e.c])).toEqual([
      [1, 'z', 'p.html#z', ''],
      [4, 'a', 'p.html#a', ''],
      [4, 'a', 'q.html#a', ''],
      [4, 'b', 'p.html#b', ''],
    ]);
  });
});
