import { appendFile, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintInputs, manifestOf, matchesManifest } from '../../generator/fingerprint.js';
import type { Inputs } from '../../generator/pipeline.js';
import { FIXTURE_SPEC_DIR, INPUTS } from '../helpers/paths.js';

let work: string;
let inputs: Inputs;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'fingerprint-'));
  inputs = {
    specDir: path.join(work, 'spec'),
    templatesDir: path.join(work, 'templates'),
    runtimeDir: path.join(work, 'runtime'),
    mockDir: path.join(work, 'mock'),
    specLabel: 'spec',
  };
  await cp(FIXTURE_SPEC_DIR, inputs.specDir, { recursive: true });
  await cp(INPUTS.templatesDir, inputs.templatesDir, { recursive: true });
  await cp(INPUTS.runtimeDir, inputs.runtimeDir, { recursive: true });
  await cp(INPUTS.mockDir, inputs.mockDir, { recursive: true });
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('fingerprintInputs', () => {
  it('is the same for the same inputs, and changes with any file of the spec, templates or runtime', async () => {
    const seen = new Set([fingerprintInputs(inputs)]);
    expect(fingerprintInputs(inputs)).toBe([...seen][0]);
    for (const file of ['spec/pets.yaml', 'templates/resource.md.hbs', 'runtime/client.ts']) {
      await appendFile(path.join(work, file), '\n');
      seen.add(fingerprintInputs(inputs));
    }
    await writeFile(path.join(inputs.specDir, 'new.yaml'), '');
    seen.add(fingerprintInputs(inputs));
    seen.add(fingerprintInputs({ ...inputs, specLabel: 'other' }));
    expect(seen.size).toBe(6);
  });
});

describe('matchesManifest', () => {
  const files = new Map([
    ['src/a.ts', 'a'],
    ['docs/b.md', 'b'],
  ]);

  async function folder(contents: ReadonlyMap<string, string>): Promise<string> {
    const dir = await mkdtemp(path.join(work, 'out-'));
    for (const [file, text] of contents) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    return dir;
  }

  it('holds for exactly the same files, dist/ and node_modules/ aside', async () => {
    const extra = new Map([...files, ['dist/a.js', ''], ['node_modules/x/index.js', '']]);
    expect(await matchesManifest(await folder(extra), manifestOf(files))).toBe(true);
  });

  it('fails for a file changed, missing or added', async () => {
    const manifest = manifestOf(files);
    expect(await matchesManifest(await folder(new Map([...files, ['src/a.ts', 'b']])), manifest)).toBe(false);
    expect(await matchesManifest(await folder(new Map([['src/a.ts', 'a']])), manifest)).toBe(false);
    expect(await matchesManifest(await folder(new Map([...files, ['src/c.ts', '']])), manifest)).toBe(false);
    expect(await matchesManifest(path.join(work, 'absent'), manifest)).toBe(false);
  });
});
