/**
 * Syntax highlighting at generation time, so the reader's browser runs no highlighter: a tiny
 * tokenizer per language (TypeScript, JSON, shell) whose tokens become `<span class="t-…">`.
 * The examples are generated code, so a handful of token kinds covers them.
 */
import { html } from '../escape.js';

export type Language = 'ts' | 'json' | 'sh';

type Rule = readonly [kind: string | undefined, pattern: RegExp];

const STRING = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/y;
const NUMBER = /-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b/y;

const RULES: Readonly<Record<Language, readonly Rule[]>> = {
  ts: [
    ['c', /\/\/[^\n]*|\/\*[\s\S]*?\*\//y],
    ['p', /[A-Za-z_$][\w$]*(?=\s*:(?!:))/y],
    ['s', STRING],
    ['n', NUMBER],
    [
      'k',
      /\b(?:const|let|var|await|async|for|of|in|if|else|return|new|import|from|export|function|true|false|null|undefined|typeof)\b/y,
    ],
    ['f', /[A-Za-z_$][\w$]*(?=\()/y],
    [undefined, /[A-Za-z_$][\w$]*|\s+|[^\sA-Za-z_$'"`\d/]+|./y],
  ],
  json: [
    ['p', /"(?:[^"\\\n]|\\.)*"(?=\s*:)/y],
    ['s', /"(?:[^"\\\n]|\\.)*"/y],
    ['n', NUMBER],
    ['k', /\b(?:true|false|null)\b/y],
    [undefined, /\s+|[^\s"\d\-tfn]+|./y],
  ],
  sh: [
    ['c', /#[^\n]*/y],
    ['s', /'[^']*'|"(?:[^"\\]|\\.)*"/y],
    ['v', /\$[A-Za-z_]\w*/y],
    ['o', /(?<=\s)--?[\w-]+/y],
    ['f', /(?<=^|\n)[\w-]+/y],
    [undefined, /\s+|[^\s'"$#-]+|./y],
  ],
};

/** `code` as HTML, each token in a span of its kind. */
export function highlight(code: string, language: Language): string {
  const rules = RULES[language];
  let out = '';
  let pos = 0;
  while (pos < code.length) {
    let matched = false;
    for (const [kind, pattern] of rules) {
      pattern.lastIndex = pos;
      const m = pattern.exec(code);
      if (!m || m[0] === '') continue;
      const text = html(m[0]);
      out += kind ? `<span class="t-${kind}">${text}</span>` : text;
      pos += m[0].length;
      matched = true;
      break;
    }
    if (!matched) {
      out += html(code[pos]!);
      pos++;
    }
  }
  return out;
}
