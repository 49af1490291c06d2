import { describe, expect, it } from 'vitest';
import {
  html,
  htmlProse,
  isSafeHref,
  jsDocText,
  jsonInScript,
  markdownCell,
  markdownCode,
  markdownProse,
  openApiProse,
  openApiText,
  tsString,
  wellFormed,
} from '../../generator/escape.js';

describe('escape', () => {
  it.each([
    ['closes no comment', 'A group. */ export const X = 1; /* end', 'A group. *\\/ export const X = 1; /* end'],
    ['keeps a path with a glob', 'example.com/*/admin', 'example.com/*\\/admin'],
    ['starts no tag on a line', 'one\n  @deprecated not really', 'one\n  &#64;deprecated not really'],
    ['leaves an @ inside a line', 'mail a@example.com', 'mail a@example.com'],
    ['replaces a lone surrogate', 'a\uD800b', 'a\uFFFDb'],
  ])('jsDocText %s', (_name, given, want) => {
    expect(jsDocText(given)).toBe(want);
  });

  it.each([
    ['plain', 'Devs', "'Devs'"],
    ['quotes and backslashes', `it's "a" \\ b`, `'it\\'s "a" \\\\ b'`],
    ['newlines and line separators', 'a\nb\u2028c\u2029d', "'a\\nb\\u2028c\\u2029d'"],
    ['a template placeholder stays text', '${process.exit()}`', "'${process.exit()}`'"],
    ['a lone surrogate as an escape', '\uDC00', "'\\udc00'"],
  ])('tsString %s', (_name, given, want) => {
    expect(tsString(given)).toBe(want);
    // The literal means exactly the text it was made from.
    expect(new Function(`return ${want};`)()).toBe(given);
  });

  it('jsonInScript cannot end a script or open a comment', () => {
    const text = jsonInScript({ title: '</script><!-- \u2028' });
    expect(text).toBe('{"title":"\\u003c/script>\\u003c!-- \\u2028"}');
    expect(JSON.parse(text)).toEqual({ title: '</script><!-- \u2028' });
  });

  it.each([
    ['markup', '<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ['an ampersand', 'A & B', 'A &amp; B'],
    ['an apostrophe', "it's", 'it&#39;s'],
  ])('html escapes %s', (_name, given, want) => {
    expect(html(given)).toBe(want);
  });

  it.each([
    [
      'code, bold and emphasis',
      'Use `a<b>` **now** *here*',
      'Use <code>a&lt;b&gt;</code> <strong>now</strong> <em>here</em>',
    ],
    ['a web link', '[docs](https://example.com/x)', '<a href="https://example.com/x">docs</a>'],
    ['a script link stays text', '[x](javascript:alert(1))', '[x](javascript:alert(1))'],
    ['a script element', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ])('htmlProse %s', (_name, given, want) => {
    expect(htmlProse(given)).toBe(want);
  });

  it.each([
    ['https', 'https://developers.cloudflare.com/', true],
    ['an anchor', '#method-list', true],
    ['a relative page', '../models/shared.md#accessrule', true],
    ['javascript', 'javascript:alert(1)', false],
    ['data', 'data:text/html,<b>', false],
  ])('isSafeHref %s', (_name, given, want) => {
    expect(isSafeHref(given)).toBe(want);
  });

  it.each([
    ['plain', 'a|b', '`a|b`'],
    ['holding a backtick', 'a`b', '`` a`b ``'],
    ['holding two', 'a``b', '``` a``b ```'],
  ])('markdownCode %s', (_name, given, want) => {
    expect(markdownCode(given)).toBe(want);
  });

  it.each([
    ['raw HTML becomes text', 'x <script>alert(1)</script>', 'x &lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an event attribute', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['code spans stay literal', 'use `<b>` & more', 'use `<b>` &amp; more'],
    ['a safe link stays', '[docs](https://example.com)', '[docs](https://example.com)'],
    ['an unsafe link loses its brackets', '[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert(1\\))'],
  ])('markdownProse %s', (_name, given, want) => {
    expect(markdownProse(given)).toBe(want);
  });

  it('markdownCell keeps a cell on one line and escapes its pipes', () => {
    expect(markdownCell('one | two\n  three <b>')).toBe('one \\| two three &lt;b&gt;');
  });

  it('wellFormed keeps pairs and replaces halves', () => {
    expect(wellFormed('😀\uD83D')).toBe('😀\uFFFD');
  });

  it.each([
    ['shows markup as text', 'A <script>alert(1)</script> rule', 'A &lt;script&gt;alert(1)&lt;/script&gt; rule'],
    [
      'keeps markdown and safe links',
      'See `id` in [the docs](https://example.com).',
      'See `id` in [the docs](https://example.com).',
    ],
    ['unlinks a javascript: link', '[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert(1\\))'],
  ])('openApiProse %s', (_name, given, want) => {
    expect(openApiProse(given)).toBe(want);
  });

  it('openApiText keeps text as it is, only encodable', () => {
    expect(openApiText('List <groups> & "rules"')).toBe('List <groups> & "rules"');
    expect(openApiText('a\uD800b')).toBe('a\uFFFDb');
  });
});
