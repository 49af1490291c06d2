/**
 * The one place where text from the spec is made safe for the output it lands in. A spec is data:
 * a description may hold `*\/`, `</script>` or a quote, and it must arrive in every output as the
 * same text, never as code or markup. Every emitter writes spec text through one of these.
 */

// A UTF-16 code unit of a surrogate pair with no partner: not encodable as UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with every lone surrogate replaced by U+FFFD, so that it can be written as UTF-8. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Text inside a `/** … *\/` comment: `*\/` would close it, and `@` at the start of a line would
 * begin a tag (`@deprecated`). Both are shown the same in editors' hovers, which render markdown.
 */
export function jsDocText(text: string): string {
  return wellFormed(text)
    .replace(/\*\//g, '*\\/')
    .replace(/^(\s*)@/gm, '$1&#64;');
}

/** A single-quoted TypeScript (and JavaScript) string literal holding exactly `text`. */
export function tsString(text: string): string {
  const body = JSON.stringify(text)
    .slice(1, -1)
    .replace(/\\"/g, '"')
    .replace(/'/g, "\\'")
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `'${body}'`;
}

/** JSON for a JavaScript file or a `<script>`: no `</script>` or `<!--` can end or change the script. */
export function jsonInScript(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

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
  return html(prose.trim())
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*\s][^*]*)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, text: string, href: string) =>
      isSafeHref(href) ? `<a href="${href}">${text}</a>` : whole,
    );
}

/** Inline code in markdown: fenced by more backticks than the text holds in a row. */
export function markdownCode(text: string): string {
  const clean = wellFormed(text).replace(/\s*\n\s*/g, ' ');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest === 0 ? `${fence}${clean}${fence}` : `${fence} ${clean} ${fence}`;
}

/**
 * Prose from the spec in markdown. Its markdown (`code`, **bold**, [links](https://…)) stays, but
 * raw HTML is shown as text, as the HTML site shows it: markdown hosts would render `<script>` or
 * `<img onerror>`. Code spans are left alone (their content is already literal), and a link whose
 * target is not safe loses its brackets.
 */
export function markdownProse(prose: string): string {
  return wellFormed(prose.trim())
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : markdownPlain(part)))
    .join('');
}

function markdownPlain(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!)
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, (whole, label: string, href: string) =>
      isSafeHref(href.trim()) ? whole : `\\[${label}\\]\\(${href}\\)`,
    );
}

/** Prose that must fit in one markdown table cell: on one line, with its pipes escaped. */
export function markdownCell(prose: string): string {
  return markdownProse(prose)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
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
