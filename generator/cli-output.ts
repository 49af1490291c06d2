/** How the CLI talks: results on stdout (silenced by --quiet), errors on stderr, colours only for a person. */
import { formatDiagnostic, sortDiagnostics, type SpecError } from './diagnostics.js';

export const COLORS = { red: 31, green: 32, yellow: 33 } as const;

/** Colours only when stderr is a terminal and NO_COLOR is unset (https://no-color.org: empty counts as unset). */
export function colorEnabled(stderr: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stderr.isTTY === true && !env.NO_COLOR;
}

export class Reporter {
  constructor(private readonly options: { readonly quiet: boolean; readonly color: boolean }) {}

  paint(color: keyof typeof COLORS, text: string): string {
    return this.options.color ? `\x1b[${COLORS[color]}m${text}\x1b[0m` : text;
  }

  info(text: string): void {
    if (!this.options.quiet) console.log(text);
  }

  error(text: string): void {
    console.error(text);
  }

  /** Every problem as `error file:line:col: message`, then one line saying what that meant for the run (`outcome`). */
  specErrors(error: SpecError, outcome: string): void {
    const list = sortDiagnostics(error.diagnostics);
    for (const d of list) this.error(`${this.paint('red', 'error')} ${formatDiagnostic(d)}`);
    this.error(`${list.length} error${list.length === 1 ? '' : 's'} in the spec; ${outcome}.`);
  }
}
