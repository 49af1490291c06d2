/**
 * How deeply a YAML text nests its collections, read from the text before the yaml library
 * parses it. The parser recurses into each level, so a file nested thousands of levels deep
 * would exhaust the stack wherever the stack happened to give out (or worse); the count here
 * stops it first, at a fixed place. It is an upper bound of the parser's nesting: a block level
 * per deeper indentation and per `- ` entry, a flow level per `[` or `{` that opens a
 * collection; quoted scalars, comments and block scalars (`|`, `>`) are passed over. On the
 * way it notes whether a flow collection goes on past the end of a line (see yaml-data.ts).
 */

/** Far deeper than any spec needs, and far shallower than the parser's stack allows. */
export const MAX_NESTING = 100;

export interface Nesting {
  /** The offset of the first collection nested deeper than the limit, if there is one. */
  readonly tooDeepAt: number | undefined;
  /** Whether a flow collection spans lines (as far as the text is read: up to `tooDeepAt`). */
  readonly flowAcrossLines: boolean;
}

export function measureNesting(text: string, limit = MAX_NESTING): Nesting {
  // Indentation of each open block level; and within a line, flow collections.
  const blocks: number[] = [];
  let flow = 0;
  let flowAcrossLines = false;
  const tooDeep = (at: number): Nesting => ({ tooDeepAt: at, flowAcrossLines });
  // While the lines of a block scalar are read: the indentation of the line that opened it.
  let scalarOwner = -1;
  let i = 0;
  while (i < text.length) {
    let indent = 0;
    while (text[i] === ' ') (indent++, i++);
    const blank = i >= text.length || text[i] === '\n' || text[i] === '\r' || text[i] === '#';
    if (scalarOwner >= 0 && (blank || indent > scalarOwner)) {
      i = lineEnd(text, i) + 1;
      continue;
    }
    scalarOwner = -1;
    if (blank) {
      i = lineEnd(text, i) + 1;
      continue;
    }
    if (flow === 0) {
      while (blocks.length > 0 && blocks.at(-1)! >= indent) blocks.pop();
      blocks.push(indent);
      if (blocks.length > limit) return tooDeep(i);
    }
    // Whether the next character may begin a node (rather than continue a plain scalar).
    let nodeStart = true;
    for (; i < text.length && text[i] !== '\n'; i++) {
      const c = text[i]!;
      if (c === ' ' || c === '\t' || c === '\r') continue;
      PLAIN_RUN.lastIndex = i;
      if (PLAIN_RUN.test(text)) {
        // Characters that only continue a plain scalar, passed over at once.
        i = PLAIN_RUN.lastIndex - 1;
        nodeStart = false;
        continue;
      }
      const spaced = isSpace(text[i + 1]);
      if (c === '#' && isSpace(text[i - 1])) {
        i = lineEnd(text, i) - 1;
      } else if (nodeStart && (c === '"' || c === "'")) {
        const end = quoteEnd(text, i);
        if (flow > 0 && text.slice(i, end).includes('\n')) flowAcrossLines = true;
        i = end;
        nodeStart = false;
      } else if (nodeStart && (c === '[' || c === '{')) {
        flow++;
        if (blocks.length + flow > limit) return tooDeep(i);
      } else if (flow > 0 && (c === ']' || c === '}')) {
        flow--;
        nodeStart = false;
      } else if (flow > 0 && c === ',') {
        nodeStart = true;
      } else if ((c === ':' || ((c === '-' || c === '?') && nodeStart)) && (spaced || (flow > 0 && c === ':'))) {
        if (c === '-' && flow === 0) {
          // The entry's node starts after the dash and its space.
          blocks.push(column(text, i) + 2);
          if (blocks.length > limit) return tooDeep(i);
        }
        nodeStart = true;
      } else if (nodeStart && flow === 0 && (c === '|' || c === '>')) {
        scalarOwner = indent;
        i = lineEnd(text, i) - 1;
      } else if (nodeStart && (c === '&' || c === '!')) {
        // An anchor or a tag: the node follows it.
        while (i + 1 < text.length && !isSpace(text[i + 1])) i++;
      } else {
        nodeStart = false;
      }
    }
    if (flow > 0) flowAcrossLines = true;
    i++;
  }
  return { tooDeepAt: undefined, flowAcrossLines };
}

/** A run of characters none of which opens, closes or separates anything, nor is a space. */
const PLAIN_RUN = /[^ \t\r\n"'[\]{},:#?|>&!-]+/y;

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function column(text: string, at: number): number {
  return at - (text.lastIndexOf('\n', at - 1) + 1);
}

/** The offset of the quote that closes the scalar opened at `open` (`''` and `\"` escape one). */
function quoteEnd(text: string, open: number): number {
  const closing = text[open] === '"' ? DOUBLE_QUOTED_END : SINGLE_QUOTED_END;
  closing.lastIndex = open + 1;
  return closing.exec(text) ? closing.lastIndex - 1 : text.length - 1;
}

/** Up to the quote that closes a scalar, past escaped characters in a double-quoted one and `''` in a single-quoted one. */
const DOUBLE_QUOTED_END = /(?:[^"\\]|\\[^])*"/y;
const SINGLE_QUOTED_END = /(?:[^']|'')*'(?!')/y;
