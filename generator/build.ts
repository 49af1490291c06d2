/**
 * Compiles a generated package to dist/ one file at a time with oxc, without a type checker:
 * JavaScript by stripping types, declarations from isolated declarations (the package's
 * `isolatedDeclarations` makes them possible). oxc is native and does this for the whole
 * package in tens of milliseconds; the tests type-check the package. A module that holds only
 * types gets its declarations and no JavaScript: it would be an empty `export {};`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Oxc from 'oxc-transform';

interface TsConfig {
  readonly compilerOptions: { readonly rootDir: string; readonly outDir: string; readonly target: string };
}

/** What one source file compiles to. */
interface Compiled {
  /** None when the module holds only types. */
  readonly js?: string;
  readonly dts: string;
  /** The relative module specifiers the JavaScript loads (`./x.js`), statically or not. */
  readonly imports: readonly string[];
}

/**
 * The compiled package: the TypeScript files of `files` (the package, as generated) under the
 * tsconfig's rootDir, compiled, by their path in its outDir (`dist/index.js`,
 * `dist/index.d.ts`); throws with the compiler's messages.
 */
export function compilePackage(files: ReadonlyMap<string, string>): Map<string, string> {
  const tsconfig = files.get('tsconfig.json');
  if (tsconfig === undefined) throw new Error('the generated package has no tsconfig.json');
  const { rootDir, outDir, target } = (JSON.parse(tsconfig) as TsConfig).compilerOptions;
  // Required, not imported: see emit/ts-morph.ts.
  const oxc = createRequire(import.meta.url)('oxc-transform') as typeof Oxc;
  const errors: string[] = [];
  const outputs = new Map<string, string>();
  const loaded: { file: string; stem: string; imports: readonly string[] }[] = [];
  for (const [file, text] of files) {
    if (!file.startsWith(`${rootDir}/`) || !file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    const result = compile(oxc, file, text, target.toLowerCase());
    if ('errors' in result) {
      errors.push(...result.errors);
      continue;
    }
    const stem = path.posix.join(outDir, file.slice(rootDir.length + 1, -'.ts'.length));
    outputs.set(`${stem}.d.ts`, result.dts);
    if (result.js !== undefined) {
      outputs.set(`${stem}.js`, result.js);
      loaded.push({ file, stem, imports: result.imports });
    }
  }
  for (const { file, stem, imports } of loaded)
    for (const specifier of imports) {
      const target = path.posix.join(path.posix.dirname(stem), specifier);
      if (target.endsWith('.js') && outputs.has(`${target.slice(0, -'.js'.length)}.d.ts`) && !outputs.has(target))
        errors.push(
          `${file}: loads ${specifier} at run time, which holds only types; import its types with import type`,
        );
    }
  if (errors.length > 0) throw new Error(`the generated package does not compile:\n${errors.join('\n')}`);
  return new Map([...outputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function compile(oxc: typeof Oxc, file: string, text: string, target: string): Compiled | { errors: string[] } {
  const js = oxc.transformSync(file, text, { lang: 'ts', sourceType: 'module', target });
  const dts = oxc.isolatedDeclarationSync(file, text);
  const errors = [...js.errors, ...dts.errors].map((e) => located(file, text, e));
  if (errors.length > 0) return { errors: [...new Set(errors)] };
  // The module's imports as the parser sees them (the runner transform lists them; its code is not used).
  const { deps, dynamicDeps } = oxc.moduleRunnerTransformSync(`${file.slice(0, -3)}.js`, js.code);
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
