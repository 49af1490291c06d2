/**
 * Compiles a generated package to dist/ one file at a time, without a type checker: the tests
 * type-check the package. Each module is compiled twice: as an ES module (`dist/x.js`,
 * `dist/x.d.ts`) and as CommonJS (`dist/cjs/x.cjs`, `dist/cjs/x.d.cts`, its relative imports
 * pointing at `.cjs` files). A `.cts` source is CommonJS only; a command (a file that starts
 * with `#!`) is an ES module only. A module that holds only types gets its declarations and no
 * JavaScript: it would be an empty `export {};`.
 *
 * The ES modules are compiled by oxc (native: the whole package in tens of milliseconds),
 * JavaScript by stripping types and declarations from isolated declarations (the package's
 * `isolatedDeclarations` makes them possible). oxc writes no CommonJS, so the CommonJS build is
 * TypeScript's `transpileModule` and `transpileDeclaration`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
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

interface TsConfig {
  readonly compilerOptions: { readonly rootDir: string; readonly outDir: string; readonly target: string } & Record<
    string,
    unknown
  >;
}

/** Where the CommonJS compiler believes the package lies: only its file names' extensions matter to it. */
const VIRTUAL_DIR = '/package';

/**
 * The compiled package: the TypeScript files of `files` (the package, as generated) under the
 * tsconfig's rootDir, compiled, by their path in its outDir (`dist/index.js`,
 * `dist/index.d.ts`, `dist/cjs/index.cjs`); throws with the compilers' messages.
 */
export function compilePackage(files: ReadonlyMap<string, string>): Map<string, string> {
  const tsconfig = files.get('tsconfig.json');
  if (tsconfig === undefined) throw new Error('the generated package has no tsconfig.json');
  const { rootDir, outDir, target } = (JSON.parse(tsconfig) as TsConfig).compilerOptions;
  // Required, not imported: see emit/ts-morph.ts.
  const oxc = createRequire(import.meta.url)('oxc-transform') as typeof Oxc;
  let commonJs: CommonJsCompiler | undefined;
  const errors: string[] = [];
  const outputs = new Map<string, string>();
  const loaded: { file: string; stem: string; imports: readonly string[] }[] = [];
  for (const [file, text] of files) {
    if (!file.startsWith(`${rootDir}/`) || !isCompiled(file)) continue;
    const relative = file.slice(rootDir.length + 1).replace(/\.c?ts$/, '');
    for (const format of formatsOf(file, text)) {
      const result =
        format === 'esm'
          ? compileEsm(oxc, file, text, target.toLowerCase())
          : (commonJs ??= new CommonJsCompiler(tsconfig)).compile(file, text);
      if ('errors' in result) {
        errors.push(...result.errors);
        break;
      }
      const { js, dts } = EXTENSIONS[format];
      const stem = path.posix.join(outDir, format === 'commonjs' ? CJS_DIR : '', relative);
      outputs.set(`${stem}${dts}`, result.dts);
      if (result.js !== undefined) {
        outputs.set(`${stem}${js}`, result.js);
        loaded.push({ file, stem, imports: result.imports });
      }
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

function compileEsm(oxc: typeof Oxc, file: string, text: string, target: string): Compiled | { errors: string[] } {
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
  // Required, not imported: an ES import of this large CommonJS module first scans all of it for export names.
  private readonly ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;
  private readonly options: TypeScript.CompilerOptions;

  constructor(tsconfig: string) {
    const { compilerOptions } = JSON.parse(tsconfig) as TsConfig;
    const { options, errors } = this.ts.convertCompilerOptionsFromJson(compilerOptions, VIRTUAL_DIR);
    if (errors.length > 0)
      throw new Error(`the generated tsconfig.json is not valid:\n${this.format(errors).join('\n')}`);
    this.options = options;
  }

  compile(file: string, text: string): Compiled | { errors: string[] } {
    // A .cts file is CommonJS by its name, whatever the package.json the compiler cannot see says.
    const fileName = path.posix.join(VIRTUAL_DIR, file.replace(/\.c?ts$/, '.cts'));
    // `import()` becomes `require()`, which test runners that load CommonJS only (Jest) can follow.
    // verbatimModuleSyntax forbids the import syntax of the sources in a CommonJS file.
    const options: TypeScript.CompilerOptions = {
      ...this.options,
      module: this.ts.ModuleKind.CommonJS,
      moduleResolution: this.ts.ModuleResolutionKind.Node10,
      verbatimModuleSyntax: false,
    };
    const rewrite = [this.rewriteSpecifiers];
    // transpileModule emits no declarations, and rejects options about them.
    const { declaration, isolatedDeclarations, ...jsOptions } = options;
    const js = this.ts.transpileModule(text, {
      compilerOptions: jsOptions,
      fileName,
      reportDiagnostics: true,
      transformers: { before: rewrite },
    });
    const dts = this.ts.transpileDeclaration(text, {
      compilerOptions: options,
      fileName,
      reportDiagnostics: true,
      transformers: { afterDeclarations: [this.dropDuplicateComputedMembers, ...rewrite] },
    });
    const errors = this.format([...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])], file);
    if (errors.length > 0) return { errors };
    const imports = this.ts
      .preProcessFile(js.outputText, true, true)
      .importedFiles.map((f) => f.fileName)
      .filter((specifier) => specifier.startsWith('.'));
    return { js: this.runsCode(js.outputText) ? js.outputText : undefined, dts: dts.outputText, imports };
  }

  /** Points the relative module specifiers of imports, exports, `import()` and `require()` at `.cjs` files. */
  private readonly rewriteSpecifiers = (context: TypeScript.TransformationContext) => {
    const ts = this.ts;
    const { factory } = context;
    const rewritten = (node: TypeScript.Expression | undefined) =>
      node && ts.isStringLiteral(node) && commonJsSpecifier(node.text) !== node.text
        ? factory.createStringLiteral(commonJsSpecifier(node.text))
        : undefined;
    const visit = (node: TypeScript.Node): TypeScript.Node => {
      if (ts.isImportDeclaration(node)) {
        const specifier = rewritten(node.moduleSpecifier);
        if (specifier)
          return factory.updateImportDeclaration(node, node.modifiers, node.importClause, specifier, node.attributes);
      } else if (ts.isExportDeclaration(node)) {
        const specifier = rewritten(node.moduleSpecifier);
        if (specifier)
          return factory.updateExportDeclaration(
            node,
            node.modifiers,
            node.isTypeOnly,
            node.exportClause,
            specifier,
            node.attributes,
          );
      } else if (ts.isExternalModuleReference(node)) {
        const specifier = rewritten(node.expression);
        if (specifier) return factory.updateExternalModuleReference(node, specifier);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const specifier = rewritten(node.arguments[0]);
        if (specifier) return factory.updateCallExpression(node, node.expression, undefined, [specifier]);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
        const specifier = rewritten(node.argument.literal as TypeScript.Expression);
        if (specifier)
          return factory.updateImportTypeNode(
            node,
            factory.updateLiteralTypeNode(node.argument, specifier),
            node.attributes,
            node.qualifier,
            node.typeArguments,
            node.isTypeOf,
          );
      }
      return ts.visitEachChild(node, visit, context);
    };
    return <T extends TypeScript.Node>(file: T): T => visit(file) as T;
  };

  /**
   * Whether compiled JavaScript does anything: a module that held only types compiles to
   * `export {};`, or in CommonJS to `"use strict";` and the `__esModule` mark.
   */
  private runsCode(js: string): boolean {
    const ts = this.ts;
    const isEmptyExport = (s: TypeScript.Statement) =>
      ts.isExportDeclaration(s) &&
      !s.moduleSpecifier &&
      s.exportClause !== undefined &&
      ts.isNamedExports(s.exportClause) &&
      s.exportClause.elements.length === 0;
    const isBoilerplate = (s: TypeScript.Statement) =>
      ts.isExpressionStatement(s) &&
      ((ts.isStringLiteral(s.expression) && s.expression.text === 'use strict') ||
        /^Object\.defineProperty\(exports, "__esModule"/.test(s.expression.getText()));
    const source = ts.createSourceFile('compiled.js', js, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    return !source.statements.every((s) => isEmptyExport(s) || isBoilerplate(s));
  }

  /**
   * Alone, the compiler does not know that `Symbol.asyncIterator` is a unique symbol (its
   * stand-in lib lacks it), so a class member named by it is declared twice: once as the
   * member, and once more, first, as a property of the same name and type. A whole-program
   * compile writes the member only; so does this.
   */
  private readonly dropDuplicateComputedMembers = (context: TypeScript.TransformationContext) => {
    const ts = this.ts;
    const printer = ts.createPrinter();
    return (file: TypeScript.SourceFile | TypeScript.Bundle) => {
      if (!ts.isSourceFile(file)) return file;
      const nameOf = (member: TypeScript.ClassElement) =>
        member.name && ts.isComputedPropertyName(member.name)
          ? printer.printNode(ts.EmitHint.Unspecified, member.name, file)
          : undefined;
      const isDuplicate = (member: TypeScript.ClassElement, i: number, members: readonly TypeScript.ClassElement[]) => {
        const name = nameOf(member);
        return (
          name !== undefined && ts.isPropertyDeclaration(member) && members.slice(i + 1).some((m) => nameOf(m) === name)
        );
      };
      const visit = (node: TypeScript.Node): TypeScript.Node => {
        if (!ts.isClassDeclaration(node)) return ts.visitEachChild(node, visit, context);
        if (!node.members.some(isDuplicate)) return node;
        return context.factory.updateClassDeclaration(
          node,
          node.modifiers,
          node.name,
          node.typeParameters,
          node.heritageClauses,
          node.members.filter((member, i, members) => !isDuplicate(member, i, members)),
        );
      };
      return visit(file) as TypeScript.SourceFile;
    };
  };

  /** `src/x.ts(3,5): message` */
  private format(diagnostics: readonly TypeScript.Diagnostic[], file?: string): string[] {
    return diagnostics.map((d) => {
      const message = this.ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (!d.file || d.start === undefined) return message;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return `${file}(${line + 1},${character + 1}): ${message}`;
    });
  }
}
