import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, RunningCli, snapshot } from './helpers/cli.js';
import { FIXTURE_SPEC_DIR, ROOT } from './helpers/paths.js';

describe('npm run generate -- --watch', () => {
  let dir: string;
  let watcher: RunningCli | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cli-watch-'));
    await cp(FIXTURE_SPEC_DIR, path.join(dir, 'spec'), { recursive: true });
    await cp(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
  });
  afterAll(async () => {
    if (watcher?.alive) watcher.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('regenerates on changes, reports spec errors and goes on, re-renders only docs for templates, stops on Ctrl-C', async () => {
    watcher = new RunningCli(dir, [
      '--spec',
      'spec',
      '--out',
      'out',
      '--templates',
      'templates',
      '--no-build',
      '--watch',
    ]);
    await watcher.waitFor('stdout', /^wrote out\/: \d+ files .* in [\d.]+ s$/m);
    await watcher.waitFor('stdout', /^watching spec and templates for changes \(Ctrl-C to stop\)$/m);
    const typesFile = path.join(dir, 'out/src/types/pets.ts');
    expect(await readFile(typesFile, 'utf8')).toContain('A cat or a dog.');

    // A spec change regenerates everything.
    const pets = path.join(dir, 'spec/pets.yaml');
    const text = await readFile(pets, 'utf8');
    const edited = text.replace('A cat or a dog.', 'A cat, a dog or a fox.');
    await writeFile(pets, edited);
    await watcher.waitFor(
      'stdout',
      /^regenerated out\/: everything \(spec\/pets\.yaml changed\): \d+ files .*, 5 models, 5 methods in [\d.]+ s$/m,
    );
    expect(await readFile(typesFile, 'utf8')).toContain('A cat, a dog or a fox.');

    // A broken spec: the errors, as a normal run prints them; the output stays; watching goes on.
    await writeFile(pets, edited.replace('oneOf: [Cat, Dog]', 'oneOf: [Cat, Dgo]'));
    await watcher.waitFor('stderr', /^1 error in the spec; out was not changed\.$/m);
    expect(watcher.stderr).toBe(
      'error spec/pets.yaml:10:18: unknown type "Dgo" (did you mean "Dog"?)\n1 error in the spec; out was not changed.\n',
    );
    expect(watcher.alive).toBe(true);
    expect(await readFile(typesFile, 'utf8')).toContain('A cat, a dog or a fox.');

    await writeFile(pets, edited);
    await watcher.waitFor('stdout', /(^regenerated out\/: everything .*\n){2}/m);

    // A template change re-renders the docs and rewrites only the pages whose text changed.
    const before = await snapshot(path.join(dir, 'out'));
    await appendFile(path.join(dir, 'templates/resource.md.hbs'), '\nA line added by the test.\n');
    const [, rewritten, total] = await watcher.waitFor(
      'stdout',
      /^regenerated out\/: docs \(templates\/resource\.md\.hbs changed\): (\d+) of (\d+) files rewritten in [\d.]+ s$/m,
    );
    const after = await snapshot(path.join(dir, 'out'));
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...after].filter(([file, now]) => now.text !== before.get(file)!.text).map(([file]) => file);
    expect(changed.sort()).toEqual(['docs/models/shared/people.md', 'docs/zoo/pets.md']);
    for (const file of changed) expect(after.get(file)!.text).toContain('A line added by the test.');
    const touched = [...after].filter(([file, now]) => now.mtimeMs !== before.get(file)!.mtimeMs).map(([f]) => f);
    expect(touched.sort()).toEqual(changed.sort());
    expect(Number(rewritten)).toBe(2);
    expect(Number(total)).toBeGreaterThan(2);
    // What the partial run left is what a whole run gives.
    const check = await runCli(dir, ['--spec', 'spec', '--out', 'out', '--templates', 'templates', '--check']);
    expect(check).toMatchObject({ code: 0, stderr: '' });

    watcher.kill('SIGINT');
    expect(await watcher.exited).toBe(0);
  }, 60_000);

  it('exits 0 on SIGTERM too', async () => {
    const other = new RunningCli(dir, [
      '--spec',
      'spec',
      '--out',
      'out-2',
      '--templates',
      'templates',
      '--no-build',
      '--watch',
    ]);
    watcher = other;
    await other.waitFor('stdout', /^watching spec and templates for changes/m);
    other.kill('SIGTERM');
    expect(await other.exited).toBe(0);
    expect(other.stderr).toBe('');
  }, 30_000);
});
