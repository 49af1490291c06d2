/** dist/ compiled on the code thread and written from there; the thread's hold on the process. */
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { generate } from '../../../generator/pipeline.js';
import { run } from '../../helpers/cli.js';
import { FIXTURE_SPEC_DIR, INPUTS, ROOT } from '../../helpers/paths.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'code-thread-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it('writes dist/ below the folder it is given, and nothing else', async () => {
  const output = await generate({ ...INPUTS, specDir: FIXTURE_SPEC_DIR, build: true });
  await output.dist!.writeTo(dir);
  expect(await readdir(dir)).toEqual(['dist']);
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
  const output = await generate({ ...INPUTS, runtimeDir, specDir: FIXTURE_SPEC_DIR, build: true });
  await expect(output.dist!.writeTo(path.join(dir, 'out'))).rejects.toThrow(
    /the generated package does not compile:\nsrc\/runtime\/errors\.ts\(\d+,\d+\): /,
  );
  await expect(readdir(path.join(dir, 'out'))).rejects.toThrow(/ENOENT/);
});

it('a dist/ that is never written does not keep the process alive', async () => {
  const script = [
    `import { generate } from ${JSON.stringify(path.join(ROOT, 'generator/pipeline.ts'))};`,
    `const output = await generate(${JSON.stringify({ ...INPUTS, specDir: FIXTURE_SPEC_DIR, build: true })});`,
    `console.log(output.dist ? 'generated with dist' : 'generated without dist');`,
  ].join('\n');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    timeout: 60_000,
  });
  expect(stdout.trim()).toBe('generated with dist');
});
