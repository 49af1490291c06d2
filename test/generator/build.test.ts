/**
 * compilePackage compiles file by file with oxc; what it gives for dist/ must mean what a
 * whole-program compile (`tsc -p`) writes for the same package: the same files (but for the
 * `export {};` modules that tsc writes for files holding only types, which it leaves out), each
 * declaring and exporting the same things with the same types. The bytes differ: oxc prints
 * its own way.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePackage } from '../../generator/build.js';
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

async function writePackage(dir: string, contents: ReadonlyMap<string, string | Buffer>): Promise<void> {
  for (const [file, text] of contents) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
}

/** dist/ as `tsc -p <dir>` writes it. */
async function compileWithProgram(dir: string): Promise<Map<string, Buffer>> {
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
  return (await readTree(path.join(dir, 'dist')))!;
}

/**
 * What each compiled module of `dir` exports, as the type checker sees it: every exported
 * name with the type of its value and its declared type, and the declared type's members.
 * Quotes are made alike: how a property name is quoted shows through in the printed type.
 */
function exportedSurface(dir: string, names: readonly string[]): Map<string, string[]> {
  const options = { allowJs: true, noEmit: true, module: ts.ModuleKind.NodeNext, target: ts.ScriptTarget.ES2022 };
  const program = ts.createProgram({ rootNames: names.map((name) => path.join(dir, name)), options });
  const checker = program.getTypeChecker();
  // A module's type (`typeof import("…")`, a dynamic import's) names it by its path, which is relative here.
  const show = (type: ts.Type) =>
    checker
      .typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation)
      .replaceAll("'", '"')
      .replaceAll(`"${dir}/`, '"./');
  const surface = new Map<string, string[]>();
  for (const name of names) {
    const source = program.getSourceFile(path.join(dir, name))!;
    const module = checker.getSymbolAtLocation(source);
    const lines: string[] = [];
    for (const symbol of module ? checker.getExportsOfModule(module) : []) {
      const exported = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declared = checker.getDeclaredTypeOfSymbol(exported);
      lines.push(
        `${symbol.name}: ${show(checker.getTypeOfSymbol(exported))}`,
        `type ${symbol.name}: ${show(declared)}`,
      );
      for (const member of declared.getProperties())
        lines.push(
          `type ${symbol.name}.${checker.symbolToString(member).replaceAll("'", '"')}: ${show(checker.getTypeOfSymbol(member))}`,
        );
    }
    surface.set(name, lines.sort());
  }
  return surface;
}

describe('compilePackage', () => {
  it('gives the files of a whole-program compile, exporting the same things with the same types', async () => {
    const dir = path.join(OUT, 'program');
    await writePackage(dir, files);
    // The ES modules: the CommonJS build (.cts sources, and dist/cjs/) is checked below.
    const isCommonJs = (file: string) => /\.(?:cjs|d\.cts)$/.test(file);
    const program = new Map([...(await compileWithProgram(dir))].filter(([file]) => !isCommonJs(file)));
    const empty = [...program].filter(([file, bytes]) => file.endsWith('.js') && isEmptyModule(bytes.toString()));
    expect(empty.map(([file]) => file)).toContain('types/pets.js');
    const expected = [...program.keys()].filter((file) => !empty.some(([name]) => name === file)).sort();
    const dist = await compilePackage(files);
    const esm = [...dist].filter(([file]) => !file.startsWith('dist/cjs/'));
    const compiled = new Map(esm.map(([file, text]) => [file.slice('dist/'.length), text]));
    expect([...compiled.keys()]).toEqual(expected);

    const ours = path.join(OUT, 'ours');
    await writePackage(ours, new Map([...compiled, ['package.json', files.get('package.json')!]]));
    const surface = exportedSurface(ours, expected);
    expect(surface).toEqual(exportedSurface(path.join(dir, 'dist'), expected));
    expect(surface.get('client.d.ts')!.length).toBeGreaterThan(10);
    expect(dist.get('dist/runtime/pagination.d.ts')).toContain(
      '[Symbol.asyncIterator](): AsyncIterator<T, undefined>;',
    );
  }, 60_000);

  it('gives a CommonJS build beside it: each module once more, in a CommonJS folder, and the require() entries', async () => {
    const dist = await compilePackage(files);
    const cjs = [...dist.keys()].filter((file) => file.startsWith('dist/cjs/'));
    const esm = [...dist.keys()].filter((file) => !file.startsWith('dist/cjs/'));
    // Every ES module but the command, which runs as an ES module only, under the same name.
    const expected = esm
      .filter((file) => /\.(?:js|d\.ts)$/.test(file) && !file.startsWith('dist/mock/cli.'))
      .map((file) => file.replace(/^dist\//, 'dist/cjs/'));
    const entries = [
      'dist/cjs/require-node.cjs',
      'dist/cjs/require-node.d.cts',
      'dist/cjs/require.cjs',
      'dist/cjs/require.d.cts',
    ];
    expect(cjs.sort()).toEqual([...expected, ...entries, 'dist/cjs/package.json'].sort());
    expect(JSON.parse(dist.get('dist/cjs/package.json')!)).toEqual({ type: 'commonjs' });
    expect(dist.get('dist/cjs/types/pets.d.ts')).toBe(dist.get('dist/types/pets.d.ts'));
    const modules = cjs.filter((file) => /\.c?js$/.test(file));
    for (const file of modules) {
      const text = dist.get(file)!;
      expect(text, file).not.toMatch(/^(?:import|export) /m);
      for (const [, specifier] of text.matchAll(/require\("(\.[^"]+)"\)/g))
        expect(dist.has(path.posix.join(path.posix.dirname(file), specifier!)), `${file}: ${specifier}`).toBe(true);
    }
    expect(dist.get('dist/cjs/require.cjs')).toContain('module.exports = Cloudflare;');
  }, 60_000);

  it('fails with the file and line of code that does not parse', async () => {
    const broken = new Map(files).set('src/types/pets.ts', 'export type Pet = {;\n');
    await expect(compilePackage(broken)).rejects.toThrow(
      /the generated package does not compile:\nsrc\/types\/pets\.ts\(1,20\): /,
    );
  });

  it('fails when a module loads, at run time, one that holds only types', async () => {
    const loading = new Map(files).set('src/extra.ts', "export * from './types/pets.js';\n");
    await expect(compilePackage(loading)).rejects.toThrow(
      'src/extra.ts: loads ./types/pets.js at run time, which holds only types; import its types with import type',
    );
  });

  it('fails, naming the module, when a module has no CommonJS form', async () => {
    const meta = new Map(files).set('src/extra.ts', 'export const here: string = import.meta.url;\n');
    await expect(compilePackage(meta)).rejects.toThrow(
      'the generated package does not compile:\nsrc/extra.ts: uses import.meta, which CommonJS has no form of',
    );
  });

  it('fails when a declaration cannot be written without a type checker', async () => {
    const inferred = new Map(files).set('src/types/pets.ts', 'export const count = [1, 2].length;\n');
    await expect(compilePackage(inferred)).rejects.toThrow(
      /src\/types\/pets\.ts\(1,14\): TS9010: Variable must have an explicit type annotation with --isolatedDeclarations/,
    );
  });
});
