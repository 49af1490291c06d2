/** The code and dist/ written from the code thread; the thread's hold on the process. */
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { generate } from '../../../generator/pipeline.js';
import { writeFilesBelow } from '../../../generator/write.js';
import { run } from '../../helpers/cli.js';
import { FIXTURE_SPEC_DIR, INPUTS, ROOT } from '../../helpers/paths.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'code-thread-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A staging folder that only collects what generate writes into it. */
const stagingIn = (folder: string) => ({
  dir: folder,
  write: (files: ReadonlyMap<string, string>) => writeFilesBelow(folder, files),
});

it('writes the code and dist/ into the staging folder from the code thread, beside the files generate returns', async () => {
  const output = await generate({ ...INPUTS, specDir: FIXTURE_SPEC_DIR, build: true }, undefined, stagingIn(dir));
  await output.written;
  expect((await readdir(dir)).sort()).toEqual(
    [...new Set([...output.files.keys()].map((file) => file.split('/')[0]!)), 'dist'].sort(),
  );
  for (const [file, text] of output.files) expect(await readFile(path.join(dir, file), 'utf8'), file).toBe(text);
  const esm = await readFile(path.join(dir, 'dist/index.js'), 'utf8');
  const cjs = await readFile(path.join(dir, 'dist/cjs/index.js'), 'utf8');
  expect(esm).toMatch(/^export /m);
  expect(cjs).toMatch(/^"use strict";/);
  expect(JSON.parse(await readFile(path.join(dir, 'dist/cjs/package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
});

it("rejects with the compilers' message when dist/ does not compile, and writes none of it", async () => {
  const runtimeDir = path.join(dir, 'runtime');
  await cp(INPUTS.runtimeDir, runtimeDir, { recursive: true });
  await appendFile(path.join(runtimeDir, 'errors.ts'), '\nexport const = ;\n');
  const out = path.join(dir, 'out');
  const output = await generate(
    { ...INPUTS, runtimeDir, specDir: FIXTURE_SPEC_DIR, build: true },
    undefined,
    stagingIn(out),
  );
  await expect(output.written).rejects.toThrow(
    /the generated package does not compile:\nsrc\/runtime\/errors\.ts\(\d+,\d+\): /,
  );
  await expect(readdir(path.join(out, 'dist'))).rejects.toThrow(/ENOENT/);
});

it('compiles dist/ only into a staging folder', async () => {
  await expect(generate({ ...INPUTS, specDir: FIXTURE_SPEC_DIR, build: true })).rejects.toThrow(
    'dist/ is compiled only into a staging folder',
  );
});

it('keeps the process alive until the code and dist/ are written, and no longer', async () => {
  const out = path.join(dir, 'out');
  const script = [
    `import { generate } from ${JSON.stringify(path.join(ROOT, 'generator/pipeline.ts'))};`,
    `import { writeFilesBelow } from ${JSON.stringify(path.join(ROOT, 'generator/write.ts'))};`,
    `const staging = { dir: ${JSON.stringify(out)}, write: (files) => writeFilesBelow(${JSON.stringify(out)}, files) };`,
    `const output = await generate(${JSON.stringify({ ...INPUTS, specDir: FIXTURE_SPEC_DIR, build: true })}, undefined, staging);`,
    `console.log(output.written ? 'generated, writing' : 'generated, not writing');`,
  ].join('\n');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    timeout: 60_000,
  });
  expect(stdout.trim()).toBe('generated, writing');
  // Nobody waited for the writing: the process lived until it was done.
  expect(await readFile(path.join(out, 'dist/cjs/package.json'), 'utf8')).toContain('commonjs');
  expect(await readFile(path.join(out, 'dist/index.d.ts'), 'utf8')).toMatch(/^export /m);
  expect(await readFile(path.join(out, 'src/index.ts'), 'utf8')).toMatch(/^export /m);
});

it('without dist/, still writes the code from the code thread, and no dist/', async () => {
  const output = await generate({ ...INPUTS, specDir: FIXTURE_SPEC_DIR }, undefined, stagingIn(dir));
  await output.written;
  for (const [file, text] of output.files) expect(await readFile(path.join(dir, file), 'utf8'), file).toBe(text);
  await expect(readdir(path.join(dir, 'dist'))).rejects.toThrow(/ENOENT/);
});
