/**
 * Compiles a generated package to dist/ one file at a time, without a type checker: the tests
 * type-check the package. Each module is compiled twice: as an ES module (`dist/x.js`,
 * `dist/x.d.ts`) and as CommonJS (`dist/cjs/x.js`, `dist/cjs/x.d.ts`), the CommonJS folder
 * holding a package.json that makes its `.js` files CommonJS. A `.cts` source is CommonJS only
 * (`dist/cjs/x.cjs`, `dist/cjs/x.d.cts`); a command (a file that starts with `#!`) is an ES module
 * only. A module that holds only types gets its declarations and no JavaScript: it would be an
 * empty `export {};`.
 *
 * oxc (native: the whole package in tens of milliseconds) strips the types for the ES modules
 * and writes every declaration file from isolated declarations (the package's
 * `isolatedDeclarations` makes them possible). oxc writes no CommonJS: esbuild (native too)
 * turns each compiled module into CommonJS. Both builds have the same file names and the same
 * relative specifiers, so the CommonJS build's declarations are the ES module's, and its
 * JavaScript is esbuild's as it is. `generate` compiles on the code thread (emit/code-thread.ts).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Esbuild from 'esbuild';
import type * as Oxc from 'oxc-transform';
import { COMMONJS_MANIFEST_FILE, compiledFile, SOURCE_ROOT } from './layout.js';

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
  readonly compilerOptions: { readonly target: string };
}

/** Makes the `.js` files of the CommonJS build's folder CommonJS in a package whose type is module. */
const COMMONJS_MANIFEST = `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`;

/**
 * The compiled package: the TypeScript files of `files` (the package, as generated) below src/,
 * compiled, by the paths layout.ts gives them (`dist/index.js`, `dist/index.d.ts`,
 * `dist/cjs/index.js`), and the CommonJS folder's package.json; throws with the compilers'
 * messages. The tsconfig gives the target.
 */
export async function compilePackage(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const tsconfig = files.get('tsconfig.json');
  if (tsconfig === undefined) throw new Error('the generated package has no tsconfig.json');
  const { target } = (JSON.parse(tsconfig) as TsConfig).compilerOptions;
  // Required, not imported: see emit/ts-morph.ts.
  const require = createRequire(import.meta.url);
  const oxc = require('oxc-transform') as typeof Oxc;
  let commonJs: CommonJsCompiler | undefined;
  // Every module at once: esbuild compiles them side by side, one round trip each.
  const jobs: { file: string; format: ModuleFormat; result: Promise<Compiled | Failed> }[] = [];
  for (const [file, text] of files) {
    if (!file.startsWith(`${SOURCE_ROOT}/`) || !isCompiled(file)) continue;
    let esm: Compiled | Failed | undefined;
    for (const format of formatsOf(file, text)) {
      const result =
        format === 'esm'
          ? Promise.resolve((esm = compileEsm(oxc, file, text, target.toLowerCase())))
          : (commonJs ??= new CommonJsCompiler(require, oxc, target.toLowerCase()))
              .compile(file, text, esm)
              // Handled at once: the jobs are awaited in order, and a failure must not wait unhandled.
              .catch((error: Error): Failed => ({ errors: [`${file}: ${error.message}`] }));
      jobs.push({ file, format, result });
    }
  }
  const errors: string[] = [];
  const outputs = new Map<string, string>();
  const loaded: { file: string; js: string; imports: readonly string[] }[] = [];
  for (const { file, format, result } of jobs) {
    const compiled = await result;
    if ('errors' in compiled) {
      errors.push(...compiled.errors);
      continue;
    }
    outputs.set(compiledFile(file, format, 'types'), compiled.dts);
    if (compiled.js !== undefined) {
      const js = compiledFile(file, format, 'code');
      outputs.set(js, compiled.js);
      loaded.push({ file, js, imports: compiled.imports });
    }
  }
  if (jobs.some(({ format }) => format === 'commonjs')) outputs.set(COMMONJS_MANIFEST_FILE, COMMONJS_MANIFEST);
  for (const { file, js, imports } of loaded)
    for (const specifier of imports) {
      const target = path.posix.join(path.posix.dirname(js), specifier);
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
  // The declarations from the same parse as the JavaScript.
  const js = oxc.transformSync(file, text, {
    lang: 'ts',
    sourceType: 'module',
    target,
    typescript: { declaration: {} },
  });
  const errors = js.errors.map((e) => located(file, text, e));
  if (errors.length > 0) return { errors: [...new Set(errors)] };
  if (js.declaration === undefined) return { errors: [`${file}: oxc wrote no declarations`] };
  // The module's imports as the parser sees them (the runner transform lists them; its code is not used).
  const { deps, dynamicDeps } = oxc.moduleRunnerTransformSync(`${file.replace(/\.ts$/, '')}.js`, js.code);
  const imports = [...new Set([...deps, ...dynamicDeps])].filter((specifier) => specifier.startsWith('.'));
  return { js: runsCode(js.code) ? js.code : undefined, dts: js.declaration, imports };
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

/**
 * Starts esbuild's service process now, so that it is up by the time compilePackage needs it
 * (its start is otherwise waited for by the first module). Once per thread.
 */
export function startCompilers(): void {
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof Esbuild;
  void esbuild.initialize({});
}

export type ModuleFormat = 'esm' | 'commonjs';

function isCompiled(file: string): boolean {
  return /\.c?ts$/.test(file) && !/\.d\.c?ts$/.test(file);
}

function formatsOf(file: string, text: string): readonly ModuleFormat[] {
  if (file.endsWith('.cts')) return ['commonjs'];
  if (text.startsWith('#!')) return ['esm'];
  return ['esm', 'commonjs'];
}

class CommonJsCompiler {
  private readonly esbuild: typeof Esbuild;

  constructor(
    require: NodeJS.Require,
    private readonly oxc: typeof Oxc,
    private readonly target: string,
  ) {
    this.esbuild = require('esbuild') as typeof Esbuild;
  }

  /** `esm`: what the module compiled to as an ES module; none for a `.cts` source. */
  async compile(file: string, text: string, esm: Compiled | Failed | undefined): Promise<Compiled | Failed> {
    // A module that failed as an ES module is reported once, from there.
    if (esm && 'errors' in esm) return { errors: [] };
    if (esm) return esm.js === undefined ? esm : { ...esm, js: await this.toCommonJs(file, esm.js, 'js') };
    const dts = this.oxc.isolatedDeclarationSync(file, text);
    if (dts.errors.length > 0) return { errors: [...new Set(dts.errors.map((e) => located(file, text, e)))] };
    // The relative requires of a `.cts` source (the require() entries) are not listed: esbuild
    // gives none, and the CommonJS consumer tests load those entries.
    return { js: await this.toCommonJs(file, text, 'ts'), dts: dts.code, imports: [] };
  }

  private async toCommonJs(file: string, text: string, loader: 'js' | 'ts'): Promise<string> {
    const result = await this.esbuild.transform(text, {
      loader,
      format: 'cjs',
      target: this.target,
      sourcefile: file,
      // `import()` becomes `require()`, which test runners that load CommonJS only (Jest) can follow.
      supported: { 'dynamic-import': false },
      // A module's code is strict as an ES module; as CommonJS only with the directive.
      banner: '"use strict";',
    });
    return result.code;
  }
}
