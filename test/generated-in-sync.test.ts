import { describe, expect, it } from 'vitest';
import { generate } from '../generator/pipeline.js';
import { diffOutput } from '../generator/write.js';
import { GENERATED_DIR, INPUTS, SPEC_DIR } from './helpers/paths.js';

// That every run gives the same bytes (any clock, any read order, any folder) is test/determinism.test.ts.
describe('the committed generated/ folder', () => {
  it('equals a fresh generation from spec/, byte for byte', async () => {
    const output = await generate({ ...INPUTS, specDir: SPEC_DIR });
    expect(await diffOutput(GENERATED_DIR, output.files)).toEqual({ changed: [], added: [], removed: [] });
  });
});
