/**
 * The one place where text from the spec is made safe for the output it lands in. A spec is data:
 * a description may hold `*\/`, `</script>` or a quote, and it must arrive in every output as the
 * same text, never as code or markup. Every emitter writes spec text through one of these.
 */

/**
 * Text with every lone surrogate (a UTF-16 code unit of a surrogate pair with no partner) replaced
 * by U+FFFD, so that it can be written as UTF-8.
 */
export function wellFormed(text: string): string {
  return text.toWellFormed();
}

/**
 * Text inside a `/** … *\/` comment: `*\/` would close it, and `@` at the start of a line would
 * begin a tag (`@deprecated`). Both are shown the same in editors' hovers, which render markdown.
 * Every line break (CR, U+2028, U+2029 too: they end a line in a comment) becomes `\n`, so that
 * each line gets its ` * `.
 */
export function jsDocText(text: string): string {
  return wellFormed(text)
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/^(\s*)@/gm, '$1&#64;');
}

/** A name TypeScript accepts bare: as an identifier (unless reserved), or after a dot. */
export const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property name as it must be written in TypeScript: bare when possible, quoted otherwise. */
export function propertyName(name: string): string {
  return IDENTIFIER_NAME.test(name) ? name : tsString(name);
}

/**
 * A single-quoted TypeScript (and JavaScript) string literal holding exactly `text`. A backslash
 * of the text is written `\x5C`, so that every backslash in the literal starts an escape: the code
 * writer that assembles the files (ts-morph's) takes `\\'` for an escaped quote and would lose
 * track of where the string ends.
 */
export function tsString(text: string): string {
  const body = JSON.stringify(text)
    .slice(1, -1)
    .replace(/\\(u[0-9a-fA-F]{4}|.)/g, (escape: string, what: string) =>
      what === '\\' ? '\\x5C' : what === '"' ? '"' : escape,
    )
    .replace(/'/g, "\\'")
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `'${body}'`;
}

/** A string, number or boolean as a TypeScript literal, in a value or in a type (`'a' | 2`). */
export function tsScalar(value: string | number | boolean): string {
  return typeof value === 'string' ? tsString(value) : String(value);
}

/** JSON for a JavaScript file or a `<script>`: no `</script>` or `<!--` can end or change the script. */
export function jsonInScript(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(SCRIPT_BREAKERS, (c) => SCRIPT_ESCAPES[c]!);
}

const SCRIPT_BREAKERS = /[<\u2028\u2029]/g;
const SCRIPT_ESCAPES: Readonly<Record<string, string>> = { '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text in HTML, as element content or a quoted attribute value. */
export function html(text: string): string {
  return wellFormed(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

// Links in spec prose may point to the web or into the docs; `javascript:` and the like are text.
const SAFE_HREF = /^(https?:\/\/|#|\.{0,2}\/|[\w-]+(\.[\w-]+)*(#[\w-]*)?$)/i;

/** Whether a link target from the spec may become a link. */
export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href) && !/^\s*(javascript|data|vbscript):/i.test(href);
}

/**
 * Prose from the spec (which may hold `code`, **bold**, *emphasis* and [links](https://…)) as HTML:
 * everything else is escaped, and only safe link targets become links.
 */
export function htmlProse(prose: string): string {
  return markdownParts(wellFormed(prose.trim()))
    .map((part) => (part.code ? `<code>${html(codeSpanText(part.text))}</code>` : htmlPlain(part.text)))
    .join('');
}

function htmlPlain(text: string): string {
  return html(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*\s][^*]*)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, text: string, href: string) =>
      isSafeHref(href) ? `<a href="${href}">${text}</a>` : whole,
    );
}

/** What a code span shows: without its backticks, and without the one space each side that pads it. */
function codeSpanText(span: string): string {
  const fence = backtickRun(span, 0);
  const inner = span.slice(fence, -fence);
  return /^ .*[^ ].* $/s.test(inner) ? inner.slice(1, -1) : inner;
}

/** Inline code in markdown: fenced by more backticks than the text holds in a row. */
export function markdownCode(text: string): string {
  const clean = wellFormed(text).replace(/\s*(\r\n?|\n)\s*/g, ' ');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest === 0 ? `${fence}${clean}${fence}` : `${fence} ${clean} ${fence}`;
}

/**
 * Prose from the spec in markdown. Its markdown (`code`, **bold**, [links](https://…)) stays, but
 * raw HTML is shown as text, as the HTML site shows it: markdown hosts would render `<script>` or
 * `<img onerror>`. Code spans are left alone (their content is already literal), and brackets are
 * escaped but those of a link to a safe target. Code spans are looked for line by line: a line
 * may start a new block (an HTML block, after a blank line), which no span runs into.
 */
export function markdownProse(prose: string): string {
  return wellFormed(prose.trim())
    .split(/\r\n?|\n/)
    .map((line) =>
      markdownParts(line)
        .map((part) => (part.code ? part.text : markdownPlain(part.text)))
        .join(''),
    )
    .join('\n');
}

/** Prose that must fit in one markdown table cell: on one line, with its pipes escaped. */
export function markdownCell(prose: string): string {
  return markdownParts(wellFormed(prose.trim()).replace(/\s*(\r\n?|\n)\s*/g, ' '))
    .map((part) => escapeCellPipes(part.code ? part.text : markdownPlain(part.text)))
    .join('');
}

/**
 * Markdown already written (code spans, chips, links) made fit for one table cell: its pipes are
 * escaped, those in code spans too, which would otherwise end the cell. Already escaped ones stay.
 */
export function markdownInCell(markdown: string): string {
  return escapeCellPipes(markdown);
}

export interface MarkdownPart {
  readonly code: boolean;
  readonly text: string;
}

/**
 * Markdown split into code spans (with their backticks) and the text between them, as CommonMark
 * finds them: a run of backticks opens a span only when a run of the same length closes it later,
 * and a backslash-escaped backtick opens none. Anything else would let text that a renderer reads
 * as markup pass for code, and stay unescaped.
 */
export function markdownParts(text: string): MarkdownPart[] {
  if (!/[`\\]/.test(text)) return text ? [{ code: false, text }] : [];
  const parts: MarkdownPart[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\' && i + 1 < text.length && ASCII_PUNCTUATION.test(text[i + 1]!)) {
      plain += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      plain += text[i];
      i += 1;
      continue;
    }
    const open = backtickRun(text, i);
    const close = closingRun(text, i + open, open);
    if (close === undefined) {
      plain += text.slice(i, i + open);
      i += open;
      continue;
    }
    if (plain) parts.push({ code: false, text: plain });
    plain = '';
    parts.push({ code: true, text: text.slice(i, close + open) });
    i = close + open;
  }
  if (plain) parts.push({ code: false, text: plain });
  return parts;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

function backtickRun(text: string, at: number): number {
  let n = 0;
  while (text[at + n] === '`') n++;
  return n;
}

/** Where the first run of exactly `length` backticks from `from` starts, if any. */
function closingRun(text: string, from: number, length: number): number | undefined {
  for (let j = from; j < text.length;) {
    if (text[j] !== '`') {
      j++;
      continue;
    }
    const run = backtickRun(text, j);
    if (run === length) return j;
    j += run;
  }
  return undefined;
}

// An inline link, `[label](target)`: the one way a bracket of spec prose stays markup.
const MARKDOWN_LINK = /\[([^\]]*)\]\(([^)]*)\)/g;

/**
 * Text outside code spans: `&`, `<` and `>` as entities, and every bracket escaped but those of a
 * link to a safe target. A bracket left alone could close the label of a link the template makes
 * (`[{{title}}](page.md)`) and give it another target, or start a reference definition.
 */
function markdownPlain(text: string): string {
  const escaped = text.replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!);
  let out = '';
  let last = 0;
  for (const link of escaped.matchAll(MARKDOWN_LINK)) {
    if (!isSafeHref(link[2]!.trim())) continue;
    out += escapeUnescaped(escaped.slice(last, link.index), UNESCAPED_BRACKET) + link[0];
    last = link.index + link[0].length;
  }
  return out + escapeUnescaped(escaped.slice(last), UNESCAPED_BRACKET);
}

// A bracket or a pipe, with the backslashes before it.
const UNESCAPED_BRACKET = /(\\*)([[\]])/g;
const UNESCAPED_PIPE = /(\\*)(\|)/g;

/** Each character `pattern` finds that an odd number of backslashes does not already escape gets one backslash more. */
function escapeUnescaped(text: string, pattern: RegExp): string {
  return text.replace(pattern, (whole, slashes: string, c: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\${c}` : whole,
  );
}

/**
 * A table row is split at every `|` that an odd number of backslashes does not escape, inside
 * code spans too (GitHub's tables).
 */
function escapeCellPipes(text: string): string {
  return escapeUnescaped(text, UNESCAPED_PIPE);
}

/** A shell word holding exactly `text`: single-quoted, each `'` closed, escaped and reopened. */
export function shellWord(text: string): string {
  return `'${wellFormed(text).replace(/'/g, `'\\''`)}'`;
}

/**
 * A shell word holding `text` with `$NAME` references to environment variables left to expand:
 * double-quoted, with every other `$`, `` ` ``, `"` and `\` escaped. A `!` is single-quoted
 * between the double-quoted parts: in double quotes an interactive bash expands it as history,
 * and keeps the backslash of a `\!`.
 */
export function shellWordWithVariables(text: string, variables: readonly string[]): string {
  const escaped = wellFormed(text)
    .replace(/[$`"\\]/g, '\\$&')
    .replace(/!/g, `"'!'"`);
  let out = escaped;
  for (const name of variables) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
    // A whole name only: `$KEYS` is not a reference to `KEY`.
    const reference = new RegExp(`\\\\\\$${name}(?![A-Za-z0-9_])`, 'g');
    out = out.replace(reference, () => `$${name}`);
  }
  return `"${out}"`;
}

/** A CSS-safe, URL-safe fragment id made of `name`: lower case, runs of other characters as `-`. */
export function anchorId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A fenced markdown code block holding `code`: the fence is longer than any run of backticks in it. */
export function markdownFence(code: string, language: string): string {
  const clean = wellFormed(code);
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${clean}\n${fence}`;
}

/** Text in HTML that may wrap after each `/` and `.` (paths, dotted names), never inside a word. */
export function htmlBreakable(text: string): string {
  return html(text).replace(/([/.])(?=[^/.])/g, '$1<wbr>');
}

/**
 * A description in the OpenAPI document. The format makes them CommonMark, and renderers (Redoc,
 * Scalar, Swagger UI) show them as HTML, not all of them sanitized: the same rules as markdown.
 */
export function openApiProse(prose: string): string {
  return markdownProse(prose);
}

/** A plain-text string of the OpenAPI document (a summary, a tag name): shown as text, only made encodable. */
export function openApiText(text: string): string {
  return wellFormed(text);
}
