/**
 * The statements that ts-morph's structure printer is slow at, written so that it prints the
 * same text faster (source-files.ts prints them so; a test compares the text with ts-morph's).
 * ts-morph prints every initializer and every type to a writer of its own, whose text it then
 * writes again character by character; prints each item of a comma-separated list (a variable
 * statement's declarations, an import's names) to a text of its own, which it scans with
 * TypeScript's scanner for where a comma goes; and looks up a printer for each property through a
 * cache keyed by its arguments as JSON. Together, a quarter of the printing time of this package
 * (BENCHMARKS.md). A variable statement of one declaration, an interface of properties only and
 * a type alias become writers that write what ts-morph's printer writes, with types and
 * initializers written in place, and so does an import of names only. Any other statement, or
 * one with a part these do not write (trivia, type parameters, methods), is left as it is.
 */
import type {
  CodeBlockWriter,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  JSDocStructure,
  OptionalKind,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
  WriterFunction,
} from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './ts-morph.js';

/** ts-morph's printer of doc comments, from its structure printer factory. */
export interface JsDocPrinter {
  printDocs(writer: CodeBlockWriter, docs: readonly (OptionalKind<JSDocStructure> | string)[]): void;
}

/** A statement of a generated file, as source-files.ts holds it. */
type Statement = string | WriterFunction | StatementStructures;

/** The statement, written so that ts-morph's structure printer prints the same text faster. */
export function leanStatement(statement: Statement, jsDoc: JsDocPrinter): Statement {
  if (typeof statement !== 'object') return statement;
  if (statement.kind === StructureKind.ImportDeclaration) return leanImport(statement);
  if (statement.kind === StructureKind.VariableStatement) return leanVariableStatement(statement, jsDoc) ?? statement;
  if (statement.kind === StructureKind.Interface) return leanInterface(statement, jsDoc) ?? statement;
  if (statement.kind === StructureKind.TypeAlias) return leanTypeAlias(statement, jsDoc) ?? statement;
  return statement;
}

function leanVariableStatement(statement: VariableStatementStructure, jsDoc: JsDocPrinter): WriterFunction | undefined {
  const { declarations, docs, isExported, declarationKind } = statement;
  const [declaration, ...more] = declarations;
  if (!declaration || more.length > 0 || declaration.hasExclamationToken || !isPlain(statement)) return undefined;
  const { name, type, initializer } = declaration;
  return (writer) => {
    writer.closeComment();
    if (docs) jsDoc.printDocs(writer, docs);
    writer.hangingIndent(() => {
      writer.write(`${isExported ? 'export ' : ''}${declarationKind ?? VariableDeclarationKind.Let} ${name}`);
      if (type) writeTypeInPlace(writer, ':', type);
      if (initializer !== undefined)
        writer.hangingIndent(() => writeInPlace(writer.spaceIfLastNot().write('= '), initializer));
      writer.write(';');
    });
  };
}

/** An interface of properties only, as ts-morph's printer writes it. */
function leanInterface(statement: InterfaceDeclarationStructure, jsDoc: JsDocPrinter): WriterFunction | undefined {
  const { name, docs, isExported, properties = [] } = statement;
  const bases = statement.extends ?? [];
  if (typeof bases === 'function' || bases.some((base) => typeof base !== 'string')) return undefined;
  const others = [
    statement.typeParameters,
    statement.callSignatures,
    statement.constructSignatures,
    statement.indexSignatures,
    statement.methods,
    statement.getAccessors,
    statement.setAccessors,
  ];
  if (others.some((list) => list && list.length > 0) || !isPlain(statement)) return undefined;
  if (properties.some((p) => p.initializer !== undefined || !isPlain(p))) return undefined;
  return (writer) => {
    // As the statement printer does for an interface.
    if (!writer.isAtStartOfFirstLineOfBlock()) writer.blankLineIfLastNot();
    writer.closeComment();
    if (docs) jsDoc.printDocs(writer, docs);
    writer.write(`${isExported ? 'export ' : ''}interface ${name} `);
    if (bases.length > 0) writer.hangingIndent(() => writer.write(`extends ${bases.join(', ')} `));
    writer.inlineBlock(() => {
      properties.forEach((property, i) => {
        writer.conditionalNewLine(i > 0);
        writer.closeComment();
        if (property.docs) jsDoc.printDocs(writer, property.docs);
        writer.write(
          `${property.isReadonly ? 'readonly ' : ''}${property.name}${property.hasQuestionToken ? '?' : ''}`,
        );
        if (property.type !== undefined) writeTypeInPlace(writer, ':', property.type);
        writer.write(';');
      });
    });
  };
}

/** A type alias as ts-morph's printer writes it, the type written in place. */
function leanTypeAlias(statement: TypeAliasDeclarationStructure, jsDoc: JsDocPrinter): WriterFunction | undefined {
  const { name, docs, isExported, type } = statement;
  if (statement.typeParameters?.length || !isPlain(statement)) return undefined;
  return (writer) => {
    writer.closeComment();
    if (docs) jsDoc.printDocs(writer, docs);
    writer.write(`${isExported ? 'export ' : ''}type ${name}`);
    writeTypeInPlace(writer, ' =', type);
    writer.write(';');
  };
}

/** Without the parts these writers leave to ts-morph: trivia, `declare`, `export default`. */
function isPlain(node: {
  readonly leadingTrivia?: unknown;
  readonly trailingTrivia?: unknown;
  readonly hasDeclareKeyword?: boolean;
  readonly isDefaultExport?: boolean;
}): boolean {
  return !node.leadingTrivia && !node.trailingTrivia && !node.hasDeclareKeyword && !node.isDefaultExport;
}

/** `separator` and the type, as ts-morph's printer of a typed node writes them, but the type written in place. */
function writeTypeInPlace(writer: CodeBlockWriter, separator: string, type: string | WriterFunction): void {
  writer.hangingIndent(() => writeInPlace(writer.write(`${separator} `), type));
}

/** Text, or what a writer writes, on `writer` itself rather than on a writer of its own. */
function writeInPlace(writer: CodeBlockWriter, code: string | WriterFunction): void {
  if (typeof code === 'string') writer.write(code);
  else code(writer);
}

function leanImport(statement: ImportDeclarationStructure): Statement {
  const names = statement.namedImports;
  if (!Array.isArray(names) || names.length === 0) return statement;
  if (statement.defaultImport != null || statement.namespaceImport != null || statement.attributes) return statement;
  if (!isPlain(statement)) return statement;
  const specifiers: string[] = [];
  for (const n of names) {
    if (typeof n === 'function') return statement;
    specifiers.push(
      typeof n === 'string' ? n : `${n.isTypeOnly ? 'type ' : ''}${n.name}${n.alias ? ` as ${n.alias}` : ''}`,
    );
  }
  const head = `import${statement.isTypeOnly ? ' type' : ''} { ${specifiers.join(', ')} } from `;
  return (writer) => writer.closeComment().write(head).quote(statement.moduleSpecifier).write(';');
}
