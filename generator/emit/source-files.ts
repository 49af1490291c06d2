import type { CodeBlockWriter, StatementStructures, WriterFunction } from 'ts-morph';
import type { SpecModule } from '../ir.js';
import { importPath, type ModulePlan, type Plan } from '../plan.js';
import { Imports } from './imports.js';
import { leanStatement, type JsDocPrinter } from './lean-statements.js';
import { Project, StructureKind } from './ts-morph.js';

/** What a generated file is made of, in order: structures, or code written by a writer. */
export type Statements = (string | WriterFunction | StatementStructures)[];

interface PendingFile {
  readonly statements: Statements;
  readonly imports: Imports | undefined;
}

/**
 * The code files being generated, each a list of statements that emitters add to. A file is
 * printed once, when its text is asked for: adding statements one at a time to a ts-morph
 * source file re-parses the whole file after each one.
 */
export class SourceFiles {
  private readonly files = new Map<string, PendingFile>();

  /** A new file; the imports given are collected while its statements are printed, and put first. */
  create(path: string, imports?: Imports): Statements {
    if (this.files.has(path)) throw new Error(`generated file ${path} is written twice`);
    const statements: Statements = [];
    this.files.set(path, { statements, imports });
    return statements;
  }

  /**
   * Runs `emit` for every spec module that declares something, each in its own file
   * (`fileOf`), with the imports it collects, and lists the file in `index`.
   */
  perModule(
    plan: Plan,
    target: { fileOf: (module: ModulePlan) => string; index: string; typeOnly: boolean },
    emit: (module: SpecModule, statements: Statements, imports: Imports) => void,
  ): void {
    const index = this.create(target.index);
    for (const module of plan.spec.modules) {
      const planned = plan.modules.get(module.name);
      if (!planned) continue;
      const file = target.fileOf(planned);
      const imports = new Imports(file);
      emit(module, this.create(file, imports), imports);
      index.push(exportAll(importPath(target.index, file), target.typeOnly));
    }
  }

  /** The statements of a file created earlier, to add to them. */
  get(path: string): Statements {
    const file = this.files.get(path);
    if (!file) throw new Error(`generated file ${path} does not exist yet`);
    return file.statements;
  }

  texts(print: Printer = sourceFilePrinter()): Map<string, string> {
    const texts = new Map<string, string>();
    for (const [path, { statements, imports }] of this.files) {
      const head = imports?.structures() ?? [];
      texts.set(
        path,
        print(`/${path}`, head.length > 0 ? [...head, (w) => w.blankLineIfLastNot(), ...statements] : statements),
      );
    }
    return texts;
  }
}

/** The printed text of a source file made of `statements`. */
export type Printer = (path: string, statements: Statements) => string;

/** ts-morph's project internals that print a structure; not in its typings. */
interface StructurePrinting {
  readonly _context?: {
    readonly structurePrinterFactory?: {
      forSourceFile(options: { isAmbient: boolean }): { printText(writer: CodeBlockWriter, structure: object): void };
      forJSDoc(): JsDocPrinter;
    };
  };
}

/**
 * How a file's statements become text. `parse`: as ts-morph does it, its structure printer
 * printing them, then the text parsed into a syntax tree, which takes more time than the printing
 * and is not needed here. `structures`: by the structure printer alone. `lean`: by the structure
 * printer, given the statements it is slow at as `leanStatement` writes them. The three give
 * the same text for the package (a test compares them); the generator prints `lean`.
 */
export type PrintWay = 'lean' | 'structures' | 'parse';

export function sourceFilePrinter(way: PrintWay = 'lean'): Printer {
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    skipFileDependencyResolution: true,
  });
  const factory = (project as unknown as StructurePrinting)._context?.structurePrinterFactory;
  if (!factory || way === 'parse')
    return (path, statements) => project.createSourceFile(path, { statements }, { overwrite: true }).getFullText();
  const printer = factory.forSourceFile({ isAmbient: false });
  const jsDoc = factory.forJSDoc();
  return (_path, statements) => {
    const writer = project.createWriter();
    const given = way === 'lean' ? statements.map((statement) => leanStatement(statement, jsDoc)) : statements;
    printer.printText(writer, { kind: StructureKind.SourceFile, statements: given });
    return writer.toString();
  };
}

function exportAll(moduleSpecifier: string, isTypeOnly: boolean): StatementStructures {
  return { kind: StructureKind.ExportDeclaration, moduleSpecifier, isTypeOnly };
}
