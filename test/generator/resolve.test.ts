/** The resolve stage: shorthands and type expressions become IR nodes. */
import { describe, expect, it } from 'vitest';
import { fieldOf } from '../helpers/spec-stages.js';

describe('resolve', () => {
  it.each<[string, object]>([
    ['string', { required: false, readOnly: false, type: { kind: 'primitive', name: 'string' } }],
    ['{ type: integer, required: true }', { required: true, type: { kind: 'primitive', name: 'integer' } }],
    ['"string[]"', { type: { kind: 'array', items: { kind: 'primitive', name: 'string' } } }],
    ['"map<boolean>"', { type: { kind: 'map', values: { kind: 'primitive', name: 'boolean' } } }],
    [
      '{ type: string, format: uuid, nullable: true }',
      { type: { kind: 'primitive', format: 'uuid', meta: { nullable: true } } },
    ],
    [
      '{ enum: [a, { value: b, description: Bee. }] }',
      { type: { kind: 'enum', values: [{ value: 'a' }, { value: 'b', description: 'Bee.' }] } },
    ],
    ['{ const: 3 }', { type: { kind: 'literal', value: 3 } }],
    ['{ type: string, maxLength: 5, readOnly: true }', { readOnly: true, type: { constraints: { maxLength: 5 } } }],
    ['Owner', { type: { kind: 'ref', name: 'Owner' } }],
  ])('%s', (field, want) => {
    expect(fieldOf(field, '  Owner: { fields: { name: string } }\n')).toMatchObject(want);
  });

  it('gives each field the position of its key', () => {
    expect(fieldOf('string').loc).toEqual({ file: 'pets.yaml', line: 3, col: 20 });
  });
});
