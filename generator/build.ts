/**
 * Compiles a generated package to dist/ one file at a time, without a type checker: the tests
 * type-check the package. Each module is compiled twice: as an ES module (`dist/x.js`,
 * `dist/x.d.ts`) and as CommonJS (`dist/cjs/x.js`, `dist/cjs/x.d.ts`), the CommonJS folder
 * holding a package.json that makes its `.js` files CommonJS. A `.cts` source is CommonJS only
 * (`dist/cjs/x.cjs`, `dist/cjs/x.d.cts`); a command (a file that starts with `#!`) is an ES module
 * only. A module that holds only types gets its declarations and no JavaScript: it would be an
 * empty `export {};`.
 *
 * oxc (native: the whole package in tens of milliseconds) strips the types and writes every
 * declaration file from isolated declarations (the package's `isolatedDeclarations` makes them
 * possible). oxc writes no CommonJS from an ES module; its module-runner transform, which lists
 * a module's imports, gives the module in a form that commonjs.ts names as CommonJS. Both builds
 * have the same file names and the same relative specifiers, so the CommonJS build's
 * declarations are the ES module's. `generate` compiles on the code thread (emit/code-thread.ts).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type * as Oxc from 'oxc-transform';
import { commonJsOf } from './commonjs.js';
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
  const target = (JSON.parse(tsconfig) as TsConfig).compilerOptions.target.toLowerCase();
  // Required, not imported: see emit/ts-morph.ts.
  const oxc = createRequire(import.meta.url)('oxc-transform') as typeof Oxc;
  const jobs: { file: string; format: ModuleFormat; compiled: Compiled | Failed }[] = [];
  for (const [file, text] of files) {
    if (!file.startsWith(`${SOURCE_ROOT}/`) || !isCompiled(file)) continue;
    // A turn of the event loop between modules: Biome, formatting meanwhile (format.ts), is
    // given its input and read from through pipes that only move while this thread's loop turns.
    await setImmediate();
    if (file.endsWith('.cts'))
      jobs.push({ file, format: 'commonjs', compiled: compileCommonJsSource(oxc, file, text, target) });
    else jobs.push(...compileModule(oxc, file, text, target).map(([format, compiled]) => ({ file, format, compiled })));
  }
  const errors: string[] = [];
  const outputs = new Map<string, string>();
  const loaded: { file: string; js: string; imports: readonly string[] }[] = [];
  for (const { file, format, compiled } of jobs) {
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

/** A module as an ES module and, unless it is a command (`#!`), as CommonJS; or why it does not compile. */
function compileModule(
  oxc: typeof Oxc,
  file: string,
  text: string,
  target: string,
): readonly (readonly [ModuleFormat, Compiled | Failed])[] {
  const js = transform(oxc, file, text, target, 'module');
  // A module that does not compile is reported once, as an ES module.
  if ('errors' in js) return [['esm', js]];
  // The module's imports as the parser sees them, and the form commonjs.ts makes CommonJS of.
  const runner = oxc.moduleRunnerTransformSync(`${file.replace(/\.ts$/, '')}.js`, js.code);
  const imports = [...new Set([...runner.deps, ...runner.dynamicDeps])].filter((specifier) =>
    specifier.startsWith('.'),
  );
  const esm: Compiled = { js: runsCode(js.code) ? js.code : undefined, dts: js.declaration, imports };
  if (text.startsWith('#!')) return [['esm', esm]];
  if (esm.js === undefined)
    return [
      ['esm', esm],
      ['commonjs', esm],
    ];
  const commonJs = commonJsText(file, esm.js, runner);
  return [
    ['esm', esm],
    ['commonjs', typeof commonJs === 'string' ? { ...esm, js: commonJs } : commonJs],
  ];
}

/** The module that oxc compiled to `js` as CommonJS, from its module-runner form. */
function commonJsText(file: string, js: string, runner: Oxc.ModuleRunnerTransformResult): string | Failed {
  if (runner.errors.length > 0) return { errors: runner.errors.map((e) => `${file}: ${e.message}`) };
  try {
    return commonJsOf(js, runner.code);
  } catch (error) {
    return { errors: [`${file}: ${(error as Error).message}`] };
  }
}

/**
 * A `.cts` source: CommonJS as it is written (`import x = require()`, `export =`). Its relative
 * requires (the require() entries) are not listed: the CommonJS consumer tests load those entries.
 */
function compileCommonJsSource(oxc: typeof Oxc, file: string, text: string, target: string): Compiled | Failed {
  const js = transform(oxc, file, text, target, 'commonjs');
  if ('errors' in js) return js;
  // A module's code is strict as an ES module; as CommonJS only with the directive.
  return { js: `"use strict";\n${js.code}`, dts: js.declaration, imports: [] };
}

/** A module's JavaScript and its declarations, from one parse; or why it does not compile. */
function transform(
  oxc: typeof Oxc,
  file: string,
  text: string,
  target: string,
  sourceType: 'module' | 'commonjs',
): { readonly code: string; readonly declaration: string } | Failed {
  const js = oxc.transformSync(file, text, { lang: 'ts', sourceType, target, typescript: { declaration: {} } });
  const errors = js.errors.map((e) => located(file, text, e));
  if (errors.length > 0) return { errors: [...new Set(errors)] };
  if (js.declaration === undefined) return { errors: [`${file}: oxc wrote no declarations`] };
  return { code: js.code, declaration: js.declaration };
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

function isCompiled(file: string): boolean {
  return /\.c?ts$/.test(file) && !/\.d\.c?ts$/.test(file);
}
