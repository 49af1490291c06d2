/**
 * Type expressions, the short way to write a type in the spec:
 * `string`, `AccessRule`, `AccessRule[]`, `map<string>`, `map<Rule[]>[]`.
 */
import type { PrimitiveName } from './ir.js';

export type TypeExpr =
  | { readonly kind: 'primitive'; readonly name: PrimitiveName }
  | { readonly kind: 'ref'; readonly name: string }
  | { readonly kind: 'array'; readonly items: TypeExpr }
  | { readonly kind: 'map'; readonly values: TypeExpr };

const PRIMITIVES: ReadonlySet<string> = new Set(['string', 'number', 'integer', 'boolean', 'unknown']);

/** Parses a type expression; returns an error message when it is not one. */
export function parseTypeExpr(text: string): TypeExpr | string {
  const source = text.trim();
  let pos = 0;
  const fail = (what: string) => `invalid type expression "${text}": ${what} at character ${pos + 1}`;

  function parse(): TypeExpr | string {
    let base: TypeExpr | string;
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(pos))?.[0];
    if (!name) return fail('expected a type name');
    pos += name.length;
    if (name === 'map' && source[pos] === '<') {
      pos++;
      const values = parse();
      if (typeof values === 'string') return values;
      if (source[pos] !== '>') return fail('expected ">"');
      pos++;
      base = { kind: 'map', values };
    } else if (PRIMITIVES.has(name)) {
      base = { kind: 'primitive', name: name as PrimitiveName };
    } else {
      base = { kind: 'ref', name };
    }
    while (source.startsWith('[]', pos)) {
      pos += 2;
      base = { kind: 'array', items: base };
    }
    return base;
  }

  const result = parse();
  if (typeof result !== 'string' && pos !== source.length) return fail('unexpected text');
  return result;
}
