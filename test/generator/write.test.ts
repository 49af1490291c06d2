import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffOutput, writeChangedFiles, writeFilesBelow, writeOutput } from '../../generator/write.js';

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

describe('writeOutput', () => {
  it('replaces the folder with exactly the new files, keeping node_modules', async () => {
    await mkdir(path.join(out, 'node_modules/x'), { recursive: true });
    await writeOutput(out, files);
    expect(await diffOutput(out, files)).toEqual({ changed: [], added: [], removed: [] });
    expect(await readFile(path.join(out, 'src/a.ts'), 'utf8')).toBe('a');
    await expect(readFile(path.join(out, 'src/old.ts'))).rejects.toThrow();
    await expect(readFile(path.join(out, 'node_modules/x'), 'utf8')).rejects.toThrow(/EISDIR/);
  });

  it('leaves the folder as it was when writing fails', async () => {
    await expect(writeOutput(out, unwritable)).rejects.toThrow();
    expect(await readFile(path.join(out, 'src/old.ts'), 'utf8')).toBe('old');
    expect(await diffOutput(out, new Map([['src/old.ts', 'old']]))).toEqual({ changed: [], added: [], removed: [] });
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('swaps in what another writer writes into the same folder (dist/), and nothing when it fails', async () => {
    const dist = new Map([['dist/a.js', 'compiled']]);
    await writeOutput(out, files, async (staging) => writeFilesBelow(staging, dist));
    expect(await diffOutput(out, files)).toEqual({ changed: [], added: [], removed: [] });
    expect(await readFile(path.join(out, 'dist/a.js'), 'utf8')).toBe('compiled');

    await expect(
      writeOutput(out, new Map([['src/new.ts', 'new']]), () => Promise.reject(new Error('no dist'))),
    ).rejects.toThrow('no dist');
    expect(await readFile(path.join(out, 'src/a.ts'), 'utf8')).toBe('a');
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('when its own files fail, waits for the other writer to stop before removing the staging folder', async () => {
    const late = (staging: string) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          writeFilesBelow(staging, new Map([['dist/a.js', 'compiled']]));
          resolve();
        }, 50),
      );
    await expect(writeOutput(out, unwritable, late)).rejects.toThrow();
    // Long after the late writer has written: nothing of the failed run is left.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await readFile(path.join(out, 'src/old.ts'), 'utf8')).toBe('old');
    expect(await readdir(root)).toEqual(['generated']);
  });

  it('puts the old folder back after a run killed between its renames', async () => {
    await rm(out, { recursive: true });
    await mkdir(path.join(root, '.generated-old/src'), { recursive: true });
    await writeFile(path.join(root, '.generated-old/src/old.ts'), 'old');
    await expect(writeOutput(out, unwritable)).rejects.toThrow();
    expect(await readFile(path.join(out, 'src/old.ts'), 'utf8')).toBe('old');
  });

  it('gets node_modules back from the staging folder of a run killed in the middle of its swap', async () => {
    await rm(out, { recursive: true });
    await mkdir(path.join(root, '.generated-old/src'), { recursive: true });
    await writeFile(path.join(root, '.generated-old/src/old.ts'), 'old');
    await mkdir(path.join(root, '.generated-tmp/node_modules/x'), { recursive: true });
    await writeFile(path.join(root, '.generated-tmp/node_modules/x/index.js'), 'x');
    await writeOutput(out, files);
    expect(await diffOutput(out, files)).toEqual({ changed: [], added: [], removed: [] });
    expect(await readFile(path.join(out, 'node_modules/x/index.js'), 'utf8')).toBe('x');
    expect(await readdir(root)).toEqual(['generated']);
  });
});

describe('diffOutput', () => {
  it('lists changed, missing and extra files', async () => {
    await writeOutput(out, files);
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
    await writeOutput(out, files);
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
