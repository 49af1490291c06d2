import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SPEC_DIR, ROOT } from './helpers/paths.js';

const run = promisify(execFile);
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [path.join(ROOT, 'generator/cli.ts'), ...args], {
      cwd: work,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cli-'));
  await cp(FIXTURE_SPEC_DIR, path.join(work, 'spec'), { recursive: true });
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('npm run generate', () => {
  it('generates, then --check finds the output up to date', async () => {
    const first = await cli('--spec', 'spec', '--out', 'out', '--no-build');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^generated out: \d+ files \(types, client, schemas, docs\), 5 models, 5 methods in [\d.]+ s\n$/,
    );
    const check = await cli('--spec', 'spec', '--out', 'out', '--check');
    expect(check).toMatchObject({ code: 0 });
  }, 30_000);

  it('--check exits 1 and names the files that differ, writing nothing', async () => {
    await writeFile(path.join(work, 'out/src/types/pets.ts'), '// edited\n');
    const check = await cli('--spec', 'spec', '--out', 'out', '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('out/src/types/pets.ts: differs from a fresh generation');
    expect(await readFile(path.join(work, 'out/src/types/pets.ts'), 'utf8')).toBe('// edited\n');
  }, 30_000);

  it('a spec error exits 2 with file:line:col and leaves the output untouched', async () => {
    const pets = path.join(work, 'spec/pets.yaml');
    const text = await readFile(pets, 'utf8');
    await writeFile(pets, text.replace('oneOf: [Cat, Dog]', 'oneOf: [Cat, Dgo]'));
    const result = await cli('--spec', 'spec', '--out', 'out');
    await writeFile(pets, text);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error spec/pets.yaml:10:18: unknown type "Dgo" (did you mean "Dog"?)\n1 error in the spec; out was not changed.\n',
    );
    expect(await readFile(path.join(work, 'out/src/types/pets.ts'), 'utf8')).toBe('// edited\n');
  }, 30_000);

  it('prints help', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 done, 1 --check found differences, 2 the spec has errors');
  });
});
