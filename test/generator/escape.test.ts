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
  propertyName,
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
    ['makes every line break a newline', 'a\rb\r\nc\u2028d\u2029@e', 'a\nb\nc\nd\n&#64;e'],
  ])('jsDocText %s', (_name, given, want) => {
    expect(jsDocText(given)).toBe(want);
  });

  it.each([
    ['plain', 'Devs', "'Devs'"],
    ['quotes and backslashes', `it's "a" \\ b`, `'it\\'s "a" \\x5C b'`],
    ['a backslash before a quote', `a\\'`, `'a\\x5C\\''`],
    ['an escape sequence as text', '\\n\\u0041', "'\\x5Cn\\x5Cu0041'"],
    ['newlines and line separators', 'a\nb\u2028c\u2029d', "'a\\nb\\u2028c\\u2029d'"],
    ['a template placeholder stays text', '${process.exit()}`', "'${process.exit()}`'"],
    ['a lone surrogate as an escape', '\uDC00', "'\\udc00'"],
  ])('tsString %s', (_name, given, want) => {
    expect(tsString(given)).toBe(want);
    // The literal means exactly the text it was made from.
    expect(new Function(`return ${want};`)()).toBe(given);
  });

  it('quotes property names that are not identifiers', () => {
    expect(propertyName('name')).toBe('name');
    expect(propertyName('x-chip')).toBe("'x-chip'");
    expect(propertyName("it's a\\b")).toBe("'it\\'s a\\x5Cb'");
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
    ['an unsafe link loses its brackets', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    // In `[{{title}}](page.md)` a bracket of the title would end the label and give the link another target.
    ['a bracket that could close a label', 'x](javascript:alert(1))', 'x\\](javascript:alert(1))'],
    ['an escaped backslash before a bracket', 'x\\\\](y)', 'x\\\\\\](y)'],
    ['an escaped bracket', 'x\\] y', 'x\\] y'],
    // CommonMark: an escaped backtick opens no code span, so what follows is not code.
    ['markup after an escaped backtick', '\\`<img onerror=x>`', '\\`&lt;img onerror=x&gt;`'],
    // A run of three backticks is closed only by three: the single one at the end is text.
    ['markup after an unclosed run', '```<img onerror=x>`', '```&lt;img onerror=x&gt;`'],
    ['a span of two backticks', '``a`<b>``', '``a`<b>``'],
    ['a link reference definition', 'x\n[r]: javascript:alert(1)', 'x\n\\[r\\]: javascript:alert(1)'],
    // The second line starts an HTML block, which no code span of the first line runs into.
    ['a code span that would run into a new block', '`a\n<script>x</script>`', '`a\n&lt;script&gt;x&lt;/script&gt;`'],
  ])('markdownProse %s', (_name, given, want) => {
    expect(markdownProse(given)).toBe(want);
  });

  it('markdownCell keeps a cell on one line and escapes its pipes', () => {
    expect(markdownCell('one | two\n  three <b>')).toBe('one \\| two three &lt;b&gt;');
  });

  it('markdownCell escapes a pipe after a backslash, in code spans too', () => {
    // Two backslashes escape each other in a GitHub table: the pipe would split the row and leave the rest of the span raw.
    expect(markdownCell('`a\\\\|<img onerror=x>`')).toBe('`a\\\\\\|<img onerror=x>`');
    expect(markdownCell('a \\| b')).toBe('a \\| b');
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
    ['unlinks a javascript: link', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
  ])('openApiProse %s', (_name, given, want) => {
    expect(openApiProse(given)).toBe(want);
  });

  it('openApiText keeps text as it is, only encodable', () => {
    expect(openApiText('List <groups> & "rules"')).toBe('List <groups> & "rules"');
    expect(openApiText('a\uD800b')).toBe('a\uFFFDb');
  });
});

describe('shell words, fences, anchors', () => {
  it('a single-quoted shell word holds quotes, $ and backticks as text', async () => {
    const { shellWord } = await import('../../generator/escape.js');
    expect(shellWord(`it's $HOME \`x\``)).toBe(`'it'\\''s $HOME \`x\`'`);
  });

  it('a double-quoted shell word expands only the named variables', async () => {
    const { shellWordWithVariables } = await import('../../generator/escape.js');
    expect(shellWordWithVariables('Bearer $TOKEN and $(rm) "q" `x`', ['TOKEN'])).toBe(
      '"Bearer $TOKEN and \\$(rm) \\"q\\" \\`x\\`"',
    );
    // A variable name that is not one is never left to expand.
    expect(shellWordWithVariables('$(id)', ['(id)'])).toBe('"\\$(id)"');
    // A `!` is single-quoted: bash would keep the backslash of `\!` in double quotes.
    expect(shellWordWithVariables('Key: $KEY!', ['KEY'])).toBe(`"Key: $KEY"'!'""`);
    // Nor is a longer name that starts with a variable's.
    expect(shellWordWithVariables('$KEYS $KEY', ['KEY'])).toBe('"\\$KEYS $KEY"');
  });

  it('markdownInCell escapes the pipes of written markdown, once', async () => {
    const { markdownCode, markdownInCell } = await import('../../generator/escape.js');
    expect(markdownInCell(markdownCode('a|b'))).toBe('`a\\|b`');
    expect(markdownInCell('`a\\|b` \\\\|')).toBe('`a\\|b` \\\\\\|');
  });

  it('a markdown fence is longer than any backtick run inside', async () => {
    const { markdownFence } = await import('../../generator/escape.js');
    expect(markdownFence('a ```` b', 'ts')).toBe('`````ts\na ```` b\n`````');
    expect(markdownFence('plain', 'sh')).toBe('```sh\nplain\n```');
  });

  it('anchors are lower case words and dashes; breakable HTML is escaped first', async () => {
    const { anchorId, htmlBreakable } = await import('../../generator/escape.js');
    expect(anchorId('include[].email "x"')).toBe('include-email-x');
    expect(htmlBreakable('/a/<b>.c')).toBe('/<wbr>a/<wbr>&lt;b&gt;.<wbr>c');
  });
});
