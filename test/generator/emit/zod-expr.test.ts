/** IR types written as zod 4 schema expressions. */
import { CodeBlockWriter } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { zodWriter } from '../../../generator/emit/zod-expr.js';
import { fieldOf } from '../../helpers/spec-stages.js';

function zodText(field: string, mode: 'response' | 'request' = 'response'): string {
  const writer = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true });
  const ctx = { mode, ref: (name: string) => (w: CodeBlockWriter) => void w.write(`${name}Schema`) };
  zodWriter(fieldOf(field, '  Owner: { fields: { name: string } }\n').type, ctx)(writer);
  return writer.toString();
}

describe('zodWriter', () => {
  it.each<[string, string]>([
    ['string', 'z.string()'],
    ['integer', 'z.int()'],
    ['"string[]"', 'z.array(z.string())'],
    ['"map<boolean>"', 'z.record(z.string(), z.boolean())'],
    ['{ type: string, nullable: true }', 'z.string().nullable()'],
    ['{ type: string, format: uuid }', 'z.guid()'],
    ['{ type: string, minLength: 1, maxLength: 5, pattern: "^a" }', "z.string().min(1).max(5).regex(new RegExp('^a'))"],
    ['{ type: integer, minimum: 0, maximum: 9 }', 'z.int().min(0).max(9)'],
    ['{ enum: [a, b] }', "z.enum(['a', 'b'])"],
    ['{ const: 3 }', 'z.literal(3)'],
    ['Owner', 'OwnerSchema'],
  ])('%s -> %s', (field, want) => {
    expect(zodText(field)).toBe(want);
  });

  it.each<['response' | 'request', string]>([
    ['response', 'z.object({\n  id: z.string(),\n  name: z.string().optional(),\n})'],
    ['request', 'z.object({\n  name: z.string().optional(),\n})'],
  ])('an object in a %s leaves readOnly fields out of requests', (mode, want) => {
    expect(zodText('{ fields: { id: { type: string, readOnly: true, required: true }, name: string } }', mode)).toBe(
      want,
    );
  });
});
