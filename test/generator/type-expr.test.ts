import { describe, expect, it } from 'vitest';
import { parseTypeExpr } from '../../generator/type-expr.js';

describe('parseTypeExpr', () => {
  it.each([
    ['string', { kind: 'primitive', name: 'string' }],
    ['integer', { kind: 'primitive', name: 'integer' }],
    ['AccessRule', { kind: 'ref', name: 'AccessRule' }],
    ['AccessRule[]', { kind: 'array', items: { kind: 'ref', name: 'AccessRule' } }],
    ['string[][]', { kind: 'array', items: { kind: 'array', items: { kind: 'primitive', name: 'string' } } }],
    ['map<string>', { kind: 'map', values: { kind: 'primitive', name: 'string' } }],
    [
      'map<Rule[]>[]',
      { kind: 'array', items: { kind: 'map', values: { kind: 'array', items: { kind: 'ref', name: 'Rule' } } } },
    ],
    [' Rule ', { kind: 'ref', name: 'Rule' }],
  ])('parses %j', (text, expected) => {
    expect(parseTypeExpr(text)).toEqual(expected);
  });

  it.each([
    ['Rule[', 'invalid type expression "Rule[": unexpected text at character 5'],
    ['map<string', 'invalid type expression "map<string": expected ">" at character 11'],
    ['[]', 'invalid type expression "[]": expected a type name at character 1'],
    ['Rule | Other', 'invalid type expression "Rule | Other": unexpected text at character 5'],
  ])('rejects %j', (text, message) => {
    expect(parseTypeExpr(text)).toBe(message);
  });
});
