/**
 * Golden files: what the emitters write for the fixture spec, as real files under
 * test/golden/. A changed emitter shows up as a readable diff; `npm run test:update-golden`
 * rewrites them on purpose.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COPIED_HEADER } from '../generator/format.js';
import { generate } from '../generator/pipeline.js';
import { FIXTURE_SPEC_DIR, INPUTS } from './helpers/paths.js';

const GOLDEN_DIR = path.join(import.meta.dirname, 'golden');
// The runtime and the mock server are copied, not emitted: they have their own tests.
const emitted = (text: string) => !text.startsWith(COPIED_HEADER);

const output = await generate({ ...INPUTS, specDir: FIXTURE_SPEC_DIR });
const files = [...output.files].filter(([, text]) => emitted(text));

describe('golden files for the fixture spec', () => {
  it.each(files)('%s', async (file, text) => {
    await expect(text).toMatchFileSnapshot(path.join(GOLDEN_DIR, file));
  });

  it('has no golden file that is not generated any more', async () => {
    const entries = await readdir(GOLDEN_DIR, { recursive: true, withFileTypes: true });
    const golden = entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(GOLDEN_DIR, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    expect(golden.sort()).toEqual(files.map(([file]) => file).sort());
  });
});
