import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './paths.js';

/**
 * Type-checks files as a user's strict NodeNext project would (or with `options` changed, such
 * as another moduleResolution), and returns each error as `file:line message` (the file relative
 * to the repository), or `[]`.
 */
export function typeErrors(files: readonly string[], options: ts.CompilerOptions = {}): string[] {
  const program = ts.createProgram({
    rootNames: files,
    options: {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ['node'],
      // Found from any folder, also a consumer project outside the repository.
      typeRoots: [path.join(ROOT, 'node_modules/@types')],
      ...options,
    },
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${path.relative(ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}
