import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isEditorTempFile, watchFolders, type ChangeBatch } from '../../generator/file-watcher.js';

describe('isEditorTempFile', () => {
  it.each([
    'pets.yaml~',
    '.pets.yaml.swp',
    'shared/.people.yaml.swx',
    '4913',
    '.#pets.yaml',
    '#pets.yaml#',
    'pets.yaml___jb_tmp___',
    'pets.yaml.tmp',
  ])('ignores %s', (file) => expect(isEditorTempFile(file)).toBe(true));

  it.each(['pets.yaml', 'shared/people.yaml', 'partials/method.md.hbs', 'shared', 'swp.yaml'])('keeps %s', (file) =>
    expect(isEditorTempFile(file)).toBe(false),
  );
});

describe('watchFolders', () => {
  let root: string;
  let close: (() => void) | undefined;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'watch-'));
    await mkdir(path.join(root, 'spec/shared'), { recursive: true });
    await mkdir(path.join(root, 'templates'));
  });
  afterEach(async () => {
    close?.();
    await rm(root, { recursive: true, force: true });
  });

  it('reports a burst of changes as one batch, by folder, without temp files and other kinds of file', async () => {
    const batches: ChangeBatch<'spec' | 'templates'>[] = [];
    const first = new Promise<void>((resolve) => {
      close = watchFolders(
        {
          spec: { dir: path.join(root, 'spec'), extensions: ['.yaml'] },
          templates: { dir: path.join(root, 'templates'), extensions: ['.hbs'] },
        },
        (batch) => (batches.push(batch), resolve()),
        { quietMs: 500 },
      ).close;
    });
    await writeFile(path.join(root, 'spec/.pets.yaml.swp'), 'x');
    await writeFile(path.join(root, 'spec/README.md'), 'x');
    await writeFile(path.join(root, 'spec/shared/people.yaml'), 'x');
    await writeFile(path.join(root, 'templates/index.md.hbs'), 'x');
    await first;
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual(
      new Map([
        ['spec', new Set(['shared/people.yaml'])],
        ['templates', new Set(['index.md.hbs'])],
      ]),
    );
  });
});
