import path from 'node:path';
import ts from 'typescript';

/**
 * Type-checks one generated package after another with the package's own compiler options.
 * Files that do not change between packages (TypeScript's lib, node_modules, and the `shared`
 * folders, such as a runtime that every package has in the same place) are parsed once and
 * checked once: that is what makes checking many small packages affordable.
 */
export class TypeChecker {
  private readonly parsed = new Map<string, ts.SourceFile>();
  private readonly checkedShared = new Set<string>();

  constructor(
    private readonly options: ts.CompilerOptions,
    /** Folders whose files are the same for every package checked. */
    private readonly shared: readonly string[],
  ) {}

  /** The options of a package's tsconfig.json, without emitting. */
  static optionsOf(tsconfigPath: string): ts.CompilerOptions {
    const config = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(tsconfigPath));
    if (parsed.errors.length > 0) throw new Error(format(parsed.errors));
    return { ...parsed.options, noEmit: true };
  }

  /** `file:line: message` for every problem in `rootNames` and what they import, shared files once. */
  check(rootNames: readonly string[]): string[] {
    const host = ts.createCompilerHost(this.options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, language, onError) => {
      if (!this.isShared(fileName)) return read(fileName, language, onError);
      let file = this.parsed.get(fileName);
      if (!file) {
        file = read(fileName, language, onError);
        if (file) this.parsed.set(fileName, file);
      }
      return file;
    };
    const program = ts.createProgram({ rootNames, options: this.options, host });
    const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
    for (const file of program.getSourceFiles()) {
      if (file.isDeclarationFile) continue;
      if (this.isShared(file.fileName)) {
        if (this.checkedShared.has(file.fileName)) continue;
        this.checkedShared.add(file.fileName);
      }
      diagnostics.push(...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file));
    }
    return diagnostics.map((d) => format([d]));
  }

  private isShared(fileName: string): boolean {
    // TypeScript's own lib files are in node_modules too.
    return fileName.includes('/node_modules/') || this.shared.some((dir) => fileName.startsWith(dir + path.sep));
  }
}

function format(diagnostics: readonly ts.Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : '';
      return where + ts.flattenDiagnosticMessageText(d.messageText, ' ');
    })
    .join('\n');
}
