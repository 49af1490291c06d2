import { describe, expect, it } from 'vitest';
import { generate } from '../generator/pipeline.js';
import { diffOutput } from '../generator/write.js';
import { GENERATED_DIR, INPUTS, SPEC_DIR } from './helpers/paths.js';

describe('the committed generated/ folder', () => {
  it('equals a fresh generation from spec/, byte for byte', async () => {
    const output = await generate({ ...INPUTS, specDir: SPEC_DIR });
    expect(await diffOutput(GENERATED_DIR, output.files)).toEqual({ changed: [], added: [], removed: [] });
  });

  it('is the same on every run (no timestamps, stable order)', async () => {
    const [a, b] = await Promise.all([
      generate({ ...INPUTS, specDir: SPEC_DIR }),
      generate({ ...INPUTS, specDir: SPEC_DIR }),
    ]);
    expect([...a.files]).toEqual([...b.files]);
  });
});
