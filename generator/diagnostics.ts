/** A problem in the spec, located at `file:line:col` (1-based). */
export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly code: DiagnosticCode;
  readonly message: string;
}

/** Stable codes, documented in spec/README.md. */
export type DiagnosticCode =
  | 'SPEC_SYNTAX'
  | 'SPEC_FORMAT'
  | 'SPEC_UNKNOWN_TYPE'
  | 'SPEC_DUPLICATE_NAME'
  | 'SPEC_PATH_PARAMS'
  | 'SPEC_DISCRIMINATOR'
  | 'SPEC_CONSTRAINT'
  | 'SPEC_REFERENCE'
  | 'SPEC_EMPTY';

export class SpecError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(formatDiagnostics(diagnostics));
    this.name = 'SpecError';
  }
}

/** Sorted by position, each problem once (a field inherited through `extends` is checked wherever it appears). */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const unique = new Map(list.map((d) => [formatDiagnostic(d), d]));
  return [...unique.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.message}`;
}

export function formatDiagnostics(list: readonly Diagnostic[]): string {
  return sortDiagnostics(list).map(formatDiagnostic).join('\n');
}
