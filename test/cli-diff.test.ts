import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { FIXTURE_SPEC_DIR } from './helpers/paths.js';

const FEED = `  feed:
    title: Feed a pet
    http: POST /accounts/{account_id}/pets/{pet_id}/feed
    pathParams:
      pet_id: string
    response: Pet
`;

describe('npm run generate -- --diff', () => {
  let dir: string;
  let pets: string;
  let original: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cli-diff-'));
    await cp(FIXTURE_SPEC_DIR, path.join(dir, 'spec'), { recursive: true });
    pets = path.join(dir, 'spec/pets.yaml');
    original = await readFile(pets, 'utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const diff = () => runCli(dir, ['--spec', 'spec', '--out', 'out', '--diff']);

  it('reports no change right after a generation', async () => {
    expect((await runCli(dir, ['--spec', 'spec', '--out', 'out', '--no-build'])).code).toBe(0);
    expect(await diff()).toEqual({ code: 0, stdout: '0 changes, 0 breaking\n', stderr: '' });
  }, 30_000);

  it('lists a removed field as breaking and an added method, exits 1, and writes nothing', async () => {
    const withoutLives = original.replace(/^ {6}lives: .*\n/m, '');
    expect(withoutLives).not.toBe(original);
    await writeFile(pets, withoutLives + FEED);
    const apiJson = await readFile(path.join(dir, 'out/api.json'), 'utf8');
    expect(await diff()).toEqual({
      code: 1,
      stdout: '+ method zoo.pets.feed\n- Cat.lives (breaking)\n2 changes, 1 breaking\n',
      stderr: '',
    });
    expect(await readFile(path.join(dir, 'out/api.json'), 'utf8')).toBe(apiJson);
  }, 30_000);

  it('exits 0 when no change is breaking', async () => {
    await writeFile(pets, original.replace('kind: { enum: [cat, dog],', 'kind: { enum: [cat, dog, owl],'));
    expect(await diff()).toEqual({
      code: 0,
      stdout: '~ zoo.pets.list params.kind: enum + "owl"\n1 change, 0 breaking\n',
      stderr: '',
    });
  }, 30_000);

  it('exits 2 on spec errors, and 3 without an api.json to compare with', async () => {
    const missing = await runCli(dir, ['--spec', 'spec', '--out', 'nowhere', '--diff']);
    expect(missing).toMatchObject({
      code: 3,
      stderr: 'nowhere/api.json: not found; nothing to compare the spec with\n',
    });
    await writeFile(pets, original.replace('oneOf: [Cat, Dog]', 'oneOf: [Cat, Dgo]'));
    expect(await diff()).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'error spec/pets.yaml:10:18: unknown type "Dgo" (did you mean "Dog"?)\n' +
        '1 error in the spec; nothing to compare with out/api.json (--diff writes nothing).\n',
    });
  }, 30_000);
});
