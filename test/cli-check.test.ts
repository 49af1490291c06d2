/**
 * `--check` answers from the record of an earlier run when its inputs are those of that run,
 * and must never say "up to date" when a generation would give other files: any change to
 * the output folder or to an input sends it back to generating and comparing.
 */
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { FIXTURE_SPEC_DIR, ROOT } from './helpers/paths.js';

const SHORTCUT = 'the inputs are those of an earlier run, and the files what it gave: nothing generated';

let work: string;
const cli = (...args: string[]) =>
  runCli(work, ['--spec', 'spec', '--out', 'out', '--templates', 'templates', ...args]);
const check = () => cli('--check', '--verbose');

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cli-check-'));
  await cp(FIXTURE_SPEC_DIR, path.join(work, 'spec'), { recursive: true });
  await cp(path.join(ROOT, 'templates'), path.join(work, 'templates'), { recursive: true });
  // Inputs of their own, so that no other test's run is on record for them.
  const pets = path.join(work, 'spec/pets.yaml');
  await writeFile(
    pets,
    (await readFile(pets, 'utf8')).replace('title: Pets\n', `title: Pets ${path.basename(work)}\n`),
  );
});
afterAll(() => rm(work, { recursive: true, force: true }));

beforeEach(async () => {
  expect((await cli('--no-build')).code).toBe(0);
}, 30_000);

/** Edits a file for the length of `run`. */
async function editing<T>(file: string, edit: (text: string) => string, run: () => Promise<T>): Promise<T> {
  const text = await readFile(path.join(work, file), 'utf8');
  await writeFile(path.join(work, file), edit(text));
  try {
    return await run();
  } finally {
    await writeFile(path.join(work, file), text);
  }
}

describe('npm run generate -- --check', () => {
  it('after a run, finds the output up to date without generating', async () => {
    const result = await check();
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(new RegExp(`^  ${SHORTCUT}\\nout is up to date \\(\\d+ files, [\\d.]+ s\\)\\n$`));
  }, 30_000);

  it('generates and compares when an output file was edited, added or removed', async () => {
    await writeFile(path.join(work, 'out/src/types/pets.ts'), '// edited\n');
    await writeFile(path.join(work, 'out/docs/extra.md'), 'extra\n');
    await unlink(path.join(work, 'out/api.json'));
    const result = await check();
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain(SHORTCUT);
    expect(result.stderr).toContain('out/src/types/pets.ts: differs from a fresh generation\n');
    expect(result.stderr).toContain('out/api.json: missing\n');
    expect(result.stderr).toContain('out/docs/extra.md: not generated any more\n');
  }, 30_000);

  it('generates and compares when the spec changed since the run', async () => {
    const result = await editing(
      'spec/pets.yaml',
      (text) => text.replace('A cat or a dog.', 'A cat, a dog or a fox.'),
      check,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('out/src/types/pets.ts: differs from a fresh generation\n');
  }, 30_000);

  it('generates and compares when a template changed since the run', async () => {
    const result = await editing('templates/resource.md.hbs', (text) => `${text}\nA new line.\n`, check);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain(SHORTCUT);
    expect(result.stderr).toMatch(/^out\/docs\/.*\.md: differs from a fresh generation$/m);
  }, 30_000);

  it('generates and compares when a change to the spec leaves the output as it is', async () => {
    const result = await editing('spec/pets.yaml', (text) => `${text}\n# A comment.\n`, check);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(SHORTCUT);
    expect(result.stdout).toMatch(/^out is up to date/m);
  }, 30_000);

  it('on a spec with errors, exits 2 saying that nothing could be checked', async () => {
    const result = await editing(
      'spec/pets.yaml',
      (text) => text.replace('oneOf: [Cat, Dog]', 'oneOf: [Cat, Dgo]'),
      () => cli('--check'),
    );
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error spec/pets.yaml:10:18: unknown type "Dgo" (did you mean "Dog"?)\n' +
        '1 error in the spec; cannot tell whether out is up to date (--check writes nothing).\n',
    });
  }, 30_000);

  it('with --no-cache, always generates and compares', async () => {
    const result = await cli('--check', '--verbose', '--no-cache');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(SHORTCUT);
  }, 30_000);
});
