import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffOutput, openStaging, writeChangedFiles, writeFilesBelow } from '../../generator/write.js';

let root: string;
let out: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'write-'));
  out = path.join(root, 'generated');
  await mkdir(path.join(out, 'src'), { recursive: true });
  await writeFile(path.join(out, 'src/old.ts'), 'old');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const files = new Map([
  ['src/a.ts', 'a'],
  ['docs/b.md', 'b'],
]);
/** `src/a.ts` cannot be a file and a folder at once. */
const unwritable = new Map([...files, ['src/a.ts/c.ts', 'c']]);

/** Writes `files` through a staging folder and swaps it in, as a run does. */
function writeOutput(outDir: string, written: ReadonlyMap<string, string>): void {
  const staging = openStaging(outDir);
  try {
    staging.write(written);
  } catch (error) {
    staging.discard();
    throw error;
  }
  staging.commit();
}

describe('openStaging', () => {
  it('replaces the folder with exactly the new files, keeping node_modules', async () => {
    await mkdir(path.join(out, 'node_modules/x'), { recursive: true });
    writeOutput(out, files);
    expect(await diffOutput(out, files)).toEqual({ changed: [], added: [], removed: [] });
    expect(await readFile(path.join(out, 'src/a.ts'), 'utf8')).toBe('a');
    await expect(readFile(path.join(out, 'src/old.ts'))).rejects.toThrow();
    await expect(readFile(path.join(out, 'node_modules/x'), 'utf8')).rejects.toThrow(/EISDIR/);
  });

  it('swaps in the files of every write together, and leaves the folder alone until then', async () => {
    const staging = openStaging(out);
    staging.write(new Map([['docs/b.md', 'b']]));
    staging.write(new Map([['src/a.ts', 'a']]));
    writeFilesBelow(staging.dir, new Map([['dist/a.js', 'compiled']]));
    expect(await readFile(path.join(out, 'src/old.ts'), 'utf8')).toBe('old');
    staging.commit();
    expect(await diffOutput(out, files)).toEqual({ changed: [], added: [], removed: [] });
    expect(await readFile(path.join(out, 'dist/a.js'), 'utf8')).toBe('compiled');
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('leaves the folder as it was when writing fails, or the staging folder is discarded', async () => {
    expect(() => writeOutput(out, unwritable)).toThrow();
    expect(await readFile(path.join(out, 'src/old.ts'), 'utf8')).toBe('old');
    expect(await diffOutput(out, new Map([['src/old.ts', 'old']]))).toEqual({ changed: [], added: [], removed: [] });
    expect(await readdir(root)).toEqual(['generated']);

    const staging = openStaging(out);
    staging.write(files);
    staging.discard();
    expect(await readFile(path.join(out, 'src/old.ts'), 'utf8')).toBe('old');
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('starts empty, whatever an earlier run left in the staging folder', async () => {
    await mkdir(path.join(root, '.generated-tmp/src'), { recursive: true });
    await writeFile(path.join(root, '.generated-tmp/src/stale.ts'), 'stale');
    writeOutput(out, files);
    expect(await diffOutput(out, files)).toEqual({ changed: [], added: [], removed: [] });
  });

  it('puts the old folder back after a run killed between its renames', async () => {
    await rm(out, { recursive: true });
    await mkdir(path.join(root, '.generated-old/src'), { recursive: true });
    await writeFile(path.join(root, '.generated-old/src/old.ts'), 'old');
    expect(() => writeOutput(out, unwritable)).toThrow();
    expect(await readFile(path.join(out, 'src/old.ts'), 'utf8')).toBe('old');
  });

  it('gets node_modules back from the staging folder of a run killed in the middle of its swap', async () => {
    await rm(out, { recursive: true });
    await mkdir(path.join(root, '.generated-old/src'), { recursive: true });
    await writeFile(path.join(root, '.generated-old/src/old.ts'), 'old');
    await mkdir(path.join(root, '.generated-tmp/node_modules/x'), { recursive: true });
    await writeFile(path.join(root, '.generated-tmp/node_modules/x/index.js'), 'x');
    writeOutput(out, files);
    expect(await diffOutput(out, files)).toEqual({ changed: [], added: [], removed: [] });
    expect(await readFile(path.join(out, 'node_modules/x/index.js'), 'utf8')).toBe('x');
    expect(await readdir(root)).toEqual(['generated']);
  });
});

describe('diffOutput', () => {
  it('lists changed, missing and extra files', async () => {
    writeOutput(out, files);
    await writeFile(path.join(out, 'src/a.ts'), 'edited by hand');
    await writeFile(path.join(out, 'extra.ts'), '');
    await mkdir(path.join(out, 'dist'), { recursive: true });
    await writeFile(path.join(out, 'dist/index.js'), '');
    const expected = new Map([...files, ['src/new.ts', 'n']]);
    expect(await diffOutput(out, expected)).toEqual({
      changed: ['src/a.ts'],
      added: ['src/new.ts'],
      removed: ['extra.ts'],
    });
  });
});

describe('writeChangedFiles', () => {
  it('rewrites only the files whose content differs, leaving the others and dist/ alone', async () => {
    writeOutput(out, files);
    await mkdir(path.join(out, 'dist'));
    await writeFile(path.join(out, 'dist/index.js'), 'built');
    const untouched = await stat(path.join(out, 'src/a.ts'));
    const written = await writeChangedFiles(
      out,
      new Map([
        ['src/a.ts', 'a'],
        ['docs/b.md', 'b, edited'],
        ['docs/c.md', 'c'],
      ]),
    );
    expect(written).toEqual(['docs/b.md', 'docs/c.md']);
    expect(await readFile(path.join(out, 'docs/b.md'), 'utf8')).toBe('b, edited');
    expect(await readFile(path.join(out, 'docs/c.md'), 'utf8')).toBe('c');
    expect((await stat(path.join(out, 'src/a.ts'))).ino).toBe(untouched.ino);
    expect((await stat(path.join(out, 'src/a.ts'))).mtimeMs).toBe(untouched.mtimeMs);
    expect(await readFile(path.join(out, 'dist/index.js'), 'utf8')).toBe('built');
    // No temporary file left behind.
    expect((await readdir(path.join(out, 'docs'))).sort()).toEqual(['b.md', 'c.md']);
  });
});
