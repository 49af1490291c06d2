/**
 * Compiles a generated package to dist/ one file at a time, without a type checker: JavaScript
 * by `transpileModule`, declarations by `transpileDeclaration`, which the package's
 * `isolatedDeclarations` makes possible. A whole-program compile type-checks the package first,
 * which takes seconds; the tests type-check the package instead. A module that holds only
 * types gets its declarations and no JavaScript: it would be an empty `export {};`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TypeScript from 'typescript';
import { hashOf, sourceOf, type ContentCache } from './content-cache.js';
import { installedVersion } from './versions.js';

/** What one source file compiles to. */
export interface Compiled {
  /** None when the module holds only types. */
  readonly js?: string;
  readonly dts: string;
  /** The relative module specifiers the JavaScript loads (`./x.js`), statically or not. */
  readonly imports: readonly string[];
}

interface TsConfig {
  readonly compilerOptions: { readonly rootDir: string; readonly outDir: string } & Record<string, unknown>;
}

/**
 * The compiled package: the TypeScript files of `files` (the package, as generated, to be
 * written to `dir`) under the tsconfig's rootDir, compiled, by their path in its outDir
 * (`dist/index.js`, `dist/index.d.ts`); throws with the compiler's messages. With a cache, a
 * file compiled before is taken from it, and TypeScript is not loaded when every file is there.
 */
export async function compilePackage(
  dir: string,
  files: ReadonlyMap<string, string>,
  cache?: ContentCache<Compiled>,
): Promise<Map<string, string>> {
  const tsconfig = files.get('tsconfig.json');
  if (tsconfig === undefined) throw new Error('the generated package has no tsconfig.json');
  const { rootDir, outDir } = (JSON.parse(tsconfig) as TsConfig).compilerOptions;
  const sources = [...files].filter(([file]) => file.startsWith(`${rootDir}/`) && isCompiled(file));
  const salt = [await installedVersion('typescript'), await sourceOf(import.meta.url), tsconfig];
  let compiler: Compiler | undefined;
  const errors: string[] = [];
  const outputs = new Map<string, string>();
  const loaded: { file: string; stem: string; imports: readonly string[] }[] = [];
  for (const [file, text] of sources) {
    const key = hashOf(...salt, file, text);
    let compiled = cache?.get(key);
    if (!compiled) {
      compiler ??= new Compiler(tsconfig, dir);
      const result = compiler.compile(file, text);
      if (result.errors.length > 0) {
        errors.push(...result.errors);
        continue;
      }
      compiled = result.compiled;
      cache?.set(key, compiled);
    }
    const stem = path.posix.join(outDir, file.slice(rootDir.length + 1, -'.ts'.length));
    outputs.set(`${stem}.d.ts`, compiled.dts);
    if (compiled.js !== undefined) {
      outputs.set(`${stem}.js`, compiled.js);
      loaded.push({ file, stem, imports: compiled.imports });
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
  return outputs;
}

function isCompiled(file: string): boolean {
  return file.endsWith('.ts') && !file.endsWith('.d.ts');
}

class Compiler {
  // Required, not imported: an ES import of this large CommonJS module first scans all of it for export names.
  private readonly ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;
  private readonly options: TypeScript.CompilerOptions;

  constructor(
    tsconfig: string,
    private readonly dir: string,
  ) {
    const { compilerOptions } = JSON.parse(tsconfig) as TsConfig;
    const { options, errors } = this.ts.convertCompilerOptionsFromJson(compilerOptions, dir);
    if (errors.length > 0)
      throw new Error(`the generated tsconfig.json is not valid:\n${this.format(errors).join('\n')}`);
    this.options = options;
  }

  compile(file: string, text: string): { compiled: Compiled; errors: string[] } {
    // Alone, the compiler cannot see the package.json that makes every .ts file of the package
    // an ES module (it would emit CommonJS); an .mts file is one by its name.
    const fileName = path.join(this.dir, file.replace(/\.ts$/, '.mts'));
    // transpileModule emits no declarations, and rejects options about them.
    const { declaration, isolatedDeclarations, ...jsOptions } = this.options;
    const js = this.ts.transpileModule(text, { compilerOptions: jsOptions, fileName, reportDiagnostics: true });
    const dts = this.ts.transpileDeclaration(text, {
      compilerOptions: this.options,
      fileName,
      reportDiagnostics: true,
      transformers: { afterDeclarations: [this.dropDuplicateComputedMembers] },
    });
    const diagnostics = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
    const imports = this.ts
      .preProcessFile(js.outputText, true, true)
      .importedFiles.map((f) => f.fileName)
      .filter((specifier) => specifier.startsWith('.'));
    const compiled = { js: this.runsCode(js.outputText) ? js.outputText : undefined, dts: dts.outputText, imports };
    return { compiled, errors: this.format(diagnostics, file) };
  }

  /** Whether compiled JavaScript does anything: a module that held only types compiles to `export {};`. */
  private runsCode(js: string): boolean {
    const ts = this.ts;
    const isEmptyExport = (s: TypeScript.Statement) =>
      ts.isExportDeclaration(s) &&
      !s.moduleSpecifier &&
      s.exportClause !== undefined &&
      ts.isNamedExports(s.exportClause) &&
      s.exportClause.elements.length === 0;
    const source = ts.createSourceFile('compiled.js', js, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
    return !source.statements.every(isEmptyExport);
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
