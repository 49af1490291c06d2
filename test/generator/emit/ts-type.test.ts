/** IR types written as TypeScript types. */
import { CodeBlockWriter } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { typeWriter, type Mode } from '../../../generator/emit/ts-type.js';
import { fieldOf } from '../../helpers/spec-stages.js';

function typeText(field: string, mode: Mode = 'response'): string {
  const writer = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true });
  typeWriter(fieldOf(field, '  Owner: { fields: { name: string } }\n').type, { mode, ref: (name) => `Ref${name}` })(
    writer,
  );
  return writer.toString();
}

describe('typeWriter', () => {
  it.each<[string, string]>([
    ['string', 'string'],
    ['integer', 'number'],
    ['"string[]"', 'Array<string>'],
    ['"map<boolean>"', 'Record<string, boolean>'],
    ['{ type: string, nullable: true }', 'string | null'],
    ['{ enum: [a, b] }', "'a' | 'b'"],
    ['{ const: 3 }', '3'],
    ['Owner', 'RefOwner'],
    ['{ fields: {} }', 'object'],
  ])('%s -> %s', (field, want) => {
    expect(typeText(field)).toBe(want);
  });

  it.each<[Mode, string]>([
    ['response', '{\n  /** Returned by the API; not accepted in requests. */\n  id: string;\n  name?: string;\n}'],
    ['request', '{\n  name?: string;\n}'],
  ])('an object in a %s leaves readOnly fields out of requests', (mode, want) => {
    expect(typeText('{ fields: { id: { type: string, readOnly: true, required: true }, name: string } }', mode)).toBe(
      want,
    );
  });
});
