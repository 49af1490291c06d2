import { describe, expect, it } from 'vitest';
import { sourceFilePrinter, type Statements } from '../../../generator/emit/source-files.js';
import { StructureKind, VariableDeclarationKind } from '../../../generator/emit/ts-morph.js';

describe('sourceFilePrinter', () => {
  const direct = sourceFilePrinter();
  const parsed = sourceFilePrinter({ parse: true });

  it.each<[string, Statements, string]>([
    ['nothing', [], ''],
    ['a writer', [(w) => w.write('export type A = 1;')], 'export type A = 1;\n'],
    [
      'an import, a blank line and a constant',
      [
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'zod', namedImports: ['z'] },
        (w) => w.blankLineIfLastNot(),
        {
          kind: StructureKind.VariableStatement,
          isExported: true,
          declarationKind: VariableDeclarationKind.Const,
          declarations: [{ name: 'S', initializer: 'z.string()' }],
        },
      ],
      'import { z } from "zod";\n\nexport const S = z.string();\n',
    ],
    [
      'an interface with a documented property',
      [
        {
          kind: StructureKind.Interface,
          name: 'Pet',
          isExported: true,
          properties: [{ name: 'name', type: 'string', hasQuestionToken: true, docs: ['The name.'] }],
        },
      ],
      'export interface Pet {\n    /** The name. */\n    name?: string;\n}\n',
    ],
  ])('prints %s as ts-morph does when it parses the file', (_, statements, want) => {
    expect(direct('/a.ts', statements)).toBe(want);
    expect(parsed('/a.ts', statements)).toBe(want);
  });
});
