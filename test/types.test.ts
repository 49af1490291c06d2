import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.js';

/** Type-checks files against the built package, as a user's project would. */
function typeErrors(files: string[]): string[] {
  const program = ts.createProgram({
    rootNames: files,
    options: {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      types: ['node'],
      skipLibCheck: false,
    },
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${path.relative(ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

describe('types of the generated package', () => {
  it('reject wrong scopes and params, and type the responses', () => {
    expect(typeErrors([path.join(ROOT, 'test/types/scope-and-params.ts')])).toEqual([]);
  }, 60_000);

  it('cover every resource family; wrong application-type fields do not compile', () => {
    expect(typeErrors([path.join(ROOT, 'test/types/resources.ts')])).toEqual([]);
  }, 60_000);
});
