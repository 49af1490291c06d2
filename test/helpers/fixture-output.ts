import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate, type Output } from '../../generator/pipeline.js';
import { FIXTURE_SPEC_DIR, INPUTS, ROOT } from './paths.js';

let cached: Promise<Output> | undefined;

/** The generator's output for the fixture spec, computed once per test file. */
export function fixtureOutput(): Promise<Output> {
  cached ??= generate({ ...INPUTS, specDir: FIXTURE_SPEC_DIR });
  return cached;
}

export async function fixtureFile(file: string): Promise<string> {
  const text = (await fixtureOutput()).files.get(file);
  if (text === undefined) throw new Error(`the fixture output has no ${file}`);
  return text;
}

/**
 * Writes the fixture output below test/output/ (inside the repository, so that `zod` and
 * `undici` resolve) and returns that folder, for tests that import generated modules.
 */
export async function writeFixtureOutput(name: string): Promise<string> {
  const dir = path.join(ROOT, 'test/output', name);
  await rm(dir, { recursive: true, force: true });
  for (const [file, text] of (await fixtureOutput()).files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}
