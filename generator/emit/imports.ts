import type { ImportDeclarationStructure } from 'ts-morph';
import { importPath } from '../plan.js';
import { StructureKind } from './ts-morph.js';

/**
 * Collects the imports of one generated file; emits them sorted, type-only where possible.
 * Names are added when the code that uses them is built, so that the imports are known before
 * the file is printed; one added after that would be missing from the file, and throws.
 */
export class Imports {
  private readonly modules = new Map<string, Map<string, boolean>>();
  private written = false;

  constructor(private readonly file: string) {}

  /**
   * Imports `name` from the generated file `from` (a path like `src/types/x.ts`) or a package name;
   * as `alias` when given (a class named as one the file declares). Returns the local name.
   */
  add(from: string, name: string, typeOnly: boolean, alias?: string): string {
    if (this.written) throw new Error(`${this.file}: import of ${name} added after the imports were written`);
    if (from === this.file) return name;
    const specifier = from.startsWith('src/') ? importPath(this.file, from) : from;
    const names = this.modules.get(specifier) ?? new Map<string, boolean>();
    const imported = alias === undefined ? name : `${name} as ${alias}`;
    names.set(imported, (names.get(imported) ?? true) && typeOnly);
    this.modules.set(specifier, names);
    return alias ?? name;
  }

  structures(): ImportDeclarationStructure[] {
    this.written = true;
    return [...this.modules]
      .sort(([a], [b]) => Number(a.startsWith('.')) - Number(b.startsWith('.')) || (a < b ? -1 : a > b ? 1 : 0))
      .map(([moduleSpecifier, names]) => {
        const sorted = [...names].sort(([a], [b]) => (a < b ? -1 : 1));
        const allTypes = sorted.every(([, typeOnly]) => typeOnly);
        return {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier,
          isTypeOnly: allTypes,
          namedImports: sorted.map(([imported, typeOnly]) => {
            const [name, alias] = imported.split(' as ') as [string, string | undefined];
            return { name, alias, isTypeOnly: !allTypes && typeOnly };
          }),
        };
      });
  }
}
