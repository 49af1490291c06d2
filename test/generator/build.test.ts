/**
 * compilePackage compiles file by file; what it gives for dist/ must be what a whole-program
 * compile (`tsc -p`) writes, for the same package, but for the `export {};` modules that a
 * whole-program compile writes for files holding only types, which it leaves out.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePackage, type Compiled } from '../../generator/build.js';
import { ContentCache } from '../../generator/content-cache.js';
import { isEmptyModule } from '../helpers/empty-module.js';
import { fixtureOutput } from '../helpers/fixture-output.js';
import { ROOT } from '../helpers/paths.js';
import { readTree } from '../helpers/tree-hash.js';

// Inside the repository, so that the packages find zod, undici and @types/node.
const OUT = path.join(ROOT, 'test/output/build');

let files: ReadonlyMap<string, string>;
beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  files = (await fixtureOutput()).files;
});
afterAll(() => rm(OUT, { recursive: true, force: true }));

async function writePackage(dir: string, contents: ReadonlyMap<string, string>): Promise<void> {
  for (const [file, text] of contents) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
}

/** dist/ as `tsc -p <dir>` writes it. */
async function compileWithProgram(dir: string): Promise<Map<string, Buffer> | undefined> {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(dir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  )!;
  const emitted = ts.createProgram({ rootNames: config.fileNames, options: config.options }).emit();
  expect(emitted.diagnostics).toEqual([]);
  return readTree(path.join(dir, 'dist'));
}

describe('compilePackage', () => {
  it('gives the dist/ of a whole-program compile: ES modules, declarations with every member once', async () => {
    const dir = path.join(OUT, 'program');
    await writePackage(dir, files);
    // The ES modules: the CommonJS build (.cts sources, and dist/cjs/) is checked below.
    const isCommonJs = (file: string) => /\.(?:cjs|d\.cts)$/.test(file);
    const program = new Map([...(await compileWithProgram(dir))!].filter(([file]) => !isCommonJs(file)));
    const empty = [...program].filter(([file, bytes]) => file.endsWith('.js') && isEmptyModule(bytes.toString()));
    expect(empty.map(([file]) => file)).toContain('types/pets.js');
    const expected = new Map([...program].filter(([file]) => !empty.some(([name]) => name === file)));
    const dist = await compilePackage(dir, files);
    const esm = [...dist].filter(([file]) => !file.startsWith('dist/cjs/'));
    expect(new Map(esm.map(([file, text]) => [file.slice('dist/'.length), Buffer.from(text)]))).toEqual(expected);
    expect(dist.has('dist/types/pets.d.ts')).toBe(true);
    expect(dist.get('dist/runtime/pagination.d.ts')).toContain(
      '[Symbol.asyncIterator](): AsyncIterator<T, undefined>;',
    );
  }, 60_000);

  it('gives a CommonJS build beside it: each module once more, requiring .cjs files, and the require() entries', async () => {
    const dir = path.join(OUT, 'commonjs');
    const dist = await compilePackage(dir, files);
    const cjs = [...dist.keys()].filter((file) => file.startsWith('dist/cjs/'));
    const esmModules = [...dist.keys()].filter((file) => !file.startsWith('dist/cjs/') && file.endsWith('.js'));
    // Every ES module but the command, which runs as an ES module only.
    const expected = esmModules
      .filter((file) => file !== 'dist/mock/cli.js')
      .map((file) => file.replace(/^dist\//, 'dist/cjs/').replace(/\.js$/, '.cjs'));
    const modules = cjs.filter((file) => file.endsWith('.cjs'));
    expect(modules.sort()).toEqual([...expected, 'dist/cjs/require-node.cjs', 'dist/cjs/require.cjs'].sort());
    expect(cjs.filter((file) => file.endsWith('.d.cts'))).toContain('dist/cjs/types/pets.d.cts');
    for (const file of modules) {
      const text = dist.get(file)!;
      expect(text, file).not.toMatch(/^(?:import|export) /m);
      for (const [, specifier] of text.matchAll(/require\("(\.[^"]+)"\)/g))
        expect(dist.has(path.posix.join(path.posix.dirname(file), specifier!)), `${file}: ${specifier}`).toBe(true);
    }
    expect(dist.get('dist/cjs/require.cjs')).toContain('module.exports = Cloudflare;');
  }, 60_000);

  it('gives the same files from its cache', async () => {
    const cacheDir = path.join(OUT, 'cache');
    const cache = await ContentCache.open<Compiled>(cacheDir, 'compiled');
    const first = await compilePackage(OUT, files, cache);
    await cache.save();
    const reopened = await ContentCache.open<Compiled>(cacheDir, 'compiled');
    expect(await compilePackage(OUT, files, reopened)).toEqual(first);
  }, 60_000);

  it('fails with the file and line of code that does not parse', async () => {
    const broken = new Map(files).set('src/types/pets.ts', 'export type Pet = {;\n');
    await expect(compilePackage(OUT, broken)).rejects.toThrow(
      /the generated package does not compile:\nsrc\/types\/pets\.ts\(1,20\): /,
    );
  });

  it('fails when a module loads, at run time, one that holds only types', async () => {
    const loading = new Map(files).set('src/extra.ts', "export * from './types/pets.js';\n");
    await expect(compilePackage(OUT, loading)).rejects.toThrow(
      'src/extra.ts: loads ./types/pets.js at run time, which holds only types; import its types with import type',
    );
  });

  it('fails when a declaration cannot be written without a type checker', async () => {
    const inferred = new Map(files).set('src/types/pets.ts', 'export const count = [1, 2].length;\n');
    await expect(compilePackage(OUT, inferred)).rejects.toThrow(
      /src\/types\/pets\.ts\(1,14\): Variable must have an explicit type annotation with --isolatedDeclarations/,
    );
  });
});
