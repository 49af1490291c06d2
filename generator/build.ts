/**
 * Compiles a generated package to dist/ one file at a time, without a type checker: the tests
 * type-check the package. Each module is compiled twice: as an ES module (`dist/x.js`,
 * `dist/x.d.ts`) and as CommonJS (`dist/cjs/x.cjs`, `dist/cjs/x.d.cts`, its relative imports
 * pointing at `.cjs` files). A `.cts` source is CommonJS only; a command (a file that starts
 * with `#!`) is an ES module only. A module that holds only types gets its declarations and no
 * JavaScript: it would be an empty `export {};`.
 *
 * oxc (native: the whole package in tens of milliseconds) strips the types for the ES modules
 * and writes every declaration file from isolated declarations (the package's
 * `isolatedDeclarations` makes them possible). oxc writes no CommonJS: esbuild (native too)
 * turns each compiled module into CommonJS. The CommonJS build's declarations and JavaScript are
 * the ES module's, with their relative specifiers, found by TypeScript's import scanner,
 * pointing at `.cjs` files. `generate` compiles on the code thread (emit/code-thread.ts).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Esbuild from 'esbuild';
import type * as Oxc from 'oxc-transform';
import type * as TypeScript from 'typescript';
import { CJS_DIR } from './layout.js';

/** What one source file compiles to. */
interface Compiled {
  /** None when the module holds only types. */
  readonly js?: string;
  readonly dts: string;
  /** The relative module specifiers the JavaScript loads (`./x.js`), statically or not. */
  readonly imports: readonly string[];
}

type Failed = { readonly errors: string[] };

interface TsConfig {
  readonly compilerOptions: { readonly rootDir: string; readonly outDir: string; readonly target: string } & Record<
    string,
    unknown
  >;
}

/**
 * The compiled package: the TypeScript files of `files` (the package, as generated) under the
 * tsconfig's rootDir, compiled, by their path in its outDir (`dist/index.js`,
 * `dist/index.d.ts`, `dist/cjs/index.cjs`); throws with the compilers' messages.
 */
export async function compilePackage(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const tsconfig = files.get('tsconfig.json');
  if (tsconfig === undefined) throw new Error('the generated package has no tsconfig.json');
  const { rootDir, outDir, target } = (JSON.parse(tsconfig) as TsConfig).compilerOptions;
  // Required, not imported: see emit/ts-morph.ts.
  const require = createRequire(import.meta.url);
  const oxc = require('oxc-transform') as typeof Oxc;
  let commonJs: CommonJsCompiler | undefined;
  // Every module at once: esbuild compiles them side by side, one round trip each.
  const jobs: { file: string; stem: string; format: ModuleFormat; result: Promise<Compiled | Failed> }[] = [];
  for (const [file, text] of files) {
    if (!file.startsWith(`${rootDir}/`) || !isCompiled(file)) continue;
    const relative = file.slice(rootDir.length + 1).replace(/\.c?ts$/, '');
    let esm: Compiled | Failed | undefined;
    for (const format of formatsOf(file, text)) {
      const stem = path.posix.join(outDir, format === 'commonjs' ? CJS_DIR : '', relative);
      const result =
        format === 'esm'
          ? Promise.resolve((esm = compileEsm(oxc, file, text, target.toLowerCase())))
          : (commonJs ??= new CommonJsCompiler(require, oxc, target.toLowerCase()))
              .compile(file, text, esm)
              // Handled at once: the jobs are awaited in order, and a failure must not wait unhandled.
              .catch((error: Error): Failed => ({ errors: [`${file}: ${error.message}`] }));
      jobs.push({ file, stem, format, result });
    }
  }
  const errors: string[] = [];
  const outputs = new Map<string, string>();
  const loaded: { file: string; stem: string; imports: readonly string[] }[] = [];
  for (const { file, stem, format, result } of jobs) {
    const compiled = await result;
    if ('errors' in compiled) {
      errors.push(...compiled.errors);
      continue;
    }
    const { js, dts } = EXTENSIONS[format];
    outputs.set(`${stem}${dts}`, compiled.dts);
    if (compiled.js !== undefined) {
      outputs.set(`${stem}${js}`, compiled.js);
      loaded.push({ file, stem, imports: compiled.imports });
    }
  }
  for (const { file, stem, imports } of loaded)
    for (const specifier of imports) {
      const target = path.posix.join(path.posix.dirname(stem), specifier);
      const declarations = target.replace(/\.(c?)js$/, '.d.$1ts');
      if (declarations !== target && outputs.has(declarations) && !outputs.has(target))
        errors.push(
          `${file}: loads ${specifier} at run time, which holds only types; import its types with import type`,
        );
    }
  if (errors.length > 0) throw new Error(`the generated package does not compile:\n${[...new Set(errors)].join('\n')}`);
  return new Map([...outputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function compileEsm(oxc: typeof Oxc, file: string, text: string, target: string): Compiled | Failed {
  const js = oxc.transformSync(file, text, { lang: 'ts', sourceType: 'module', target });
  const dts = oxc.isolatedDeclarationSync(file, text);
  const errors = [...js.errors, ...dts.errors].map((e) => located(file, text, e));
  if (errors.length > 0) return { errors: [...new Set(errors)] };
  // The module's imports as the parser sees them (the runner transform lists them; its code is not used).
  const { deps, dynamicDeps } = oxc.moduleRunnerTransformSync(`${file.replace(/\.ts$/, '')}.js`, js.code);
  const imports = [...new Set([...deps, ...dynamicDeps])].filter((specifier) => specifier.startsWith('.'));
  return { js: runsCode(js.code) ? js.code : undefined, dts: dts.code, imports };
}

/**
 * Whether compiled JavaScript does anything: a module that held only types compiles to
 * nothing but its comments (and an `export {};`).
 */
function runsCode(js: string): boolean {
  return !/^(?:#![^\n]*\n)?(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*(?:export \{\};\s*)?$/.test(js);
}

/** `src/x.ts(3,5): message` */
function located(file: string, text: string, error: Oxc.OxcError): string {
  const start = error.labels[0]?.start;
  if (start === undefined) return `${file}: ${error.message}`;
  const before = text.slice(0, start).split('\n');
  return `${file}(${before.length},${before.at(-1)!.length + 1}): ${error.message}`;
}

export type ModuleFormat = 'esm' | 'commonjs';

const EXTENSIONS: Readonly<Record<ModuleFormat, { readonly js: string; readonly dts: string }>> = {
  esm: { js: '.js', dts: '.d.ts' },
  commonjs: { js: '.cjs', dts: '.d.cts' },
};

function isCompiled(file: string): boolean {
  return /\.c?ts$/.test(file) && !/\.d\.c?ts$/.test(file);
}

function formatsOf(file: string, text: string): readonly ModuleFormat[] {
  if (file.endsWith('.cts')) return ['commonjs'];
  if (text.startsWith('#!')) return ['esm'];
  return ['esm', 'commonjs'];
}

/** `./x.js` -> `./x.cjs`: in the CommonJS build, relative imports load the CommonJS files. */
function commonJsSpecifier(specifier: string): string {
  return specifier.startsWith('.') && specifier.endsWith('.js')
    ? `${specifier.slice(0, -'.js'.length)}.cjs`
    : specifier;
}

class CommonJsCompiler {
  private readonly ts: typeof TypeScript;
  private readonly esbuild: typeof Esbuild;

  constructor(
    require: NodeJS.Require,
    private readonly oxc: typeof Oxc,
    private readonly target: string,
  ) {
    // The TypeScript inside ts-morph: on the code thread (code-thread.ts) it is loaded already,
    // and loading the compiler a second time would take longer than compiling the package.
    // Required, not imported: an ES import of this large CommonJS module first scans all of it for export names.
    this.ts = (require('ts-morph') as { ts: unknown }).ts as typeof TypeScript;
    this.esbuild = require('esbuild') as typeof Esbuild;
  }

  /** `esm`: what the module compiled to as an ES module; none for a `.cts` source. */
  async compile(file: string, text: string, esm: Compiled | Failed | undefined): Promise<Compiled | Failed> {
    // A module that failed as an ES module is reported once, from there.
    if (esm && 'errors' in esm) return { errors: [] };
    return esm ? this.fromEsModule(file, esm) : this.fromSource(file, text);
  }

  /** The ES module's declarations and JavaScript, their specifiers pointed at `.cjs` files. */
  private async fromEsModule(file: string, esm: Compiled): Promise<Compiled | Failed> {
    const dts = this.withCommonJsSpecifiers(file, esm.dts).text;
    if (esm.js === undefined) return { dts, imports: [] };
    return this.toCommonJs(file, this.withCommonJsSpecifiers(file, esm.js), 'js', dts);
  }

  /** A `.cts` source, compiled from its text. */
  private async fromSource(file: string, text: string): Promise<Compiled | Failed> {
    const source = this.withCommonJsSpecifiers(file, text);
    const dts = this.oxc.isolatedDeclarationSync(file, source.text);
    if (dts.errors.length > 0) return { errors: [...new Set(dts.errors.map((e) => located(file, text, e)))] };
    return this.toCommonJs(file, source, 'ts', dts.code);
  }

  private async toCommonJs(
    file: string,
    source: { text: string; specifiers: string[] },
    loader: 'js' | 'ts',
    dts: string,
  ): Promise<Compiled | Failed> {
    let js: string;
    try {
      js = (
        await this.esbuild.transform(source.text, {
          loader,
          format: 'cjs',
          target: this.target,
          sourcefile: file,
          // `import()` becomes `require()`, which test runners that load CommonJS only (Jest) can follow.
          supported: { 'dynamic-import': false },
          // A module's code is strict as an ES module; as CommonJS only with the directive.
          banner: '"use strict";',
        })
      ).code;
    } catch (error) {
      return { errors: [`${file}: ${(error as Error).message}`] };
    }
    // esbuild keeps every specifier, an `import()` becoming a `require()` of the same one.
    return { js, dts, imports: source.specifiers.filter((specifier) => specifier.startsWith('.')) };
  }

  /**
   * The code with the relative specifiers of its imports, exports, `import()` and `require()`
   * pointing at `.cjs` files, and every specifier it now has.
   */
  private withCommonJsSpecifiers(file: string, text: string): { text: string; specifiers: string[] } {
    let rewritten = '';
    let at = 0;
    const specifiers: string[] = [];
    const found = this.ts.preProcessFile(text, true, true).importedFiles;
    for (const { fileName, pos } of [...found].sort((a, b) => a.pos - b.pos)) {
      const cjs = commonJsSpecifier(fileName);
      specifiers.push(cjs);
      if (cjs === fileName) continue;
      // The scanner's position is that of the string literal, its quote included.
      const start = text.startsWith(fileName, pos + 1) ? pos + 1 : pos;
      if (!text.startsWith(fileName, start) || start < at)
        throw new Error(`${file}: the module specifier ${fileName} is not where the scanner puts it`);
      rewritten += text.slice(at, start) + cjs;
      at = start + fileName.length;
    }
    return { text: rewritten + text.slice(at), specifiers };
  }
}
