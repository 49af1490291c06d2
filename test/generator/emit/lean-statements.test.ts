import { describe, expect, it } from 'vitest';
import { sourceFilePrinter, type Statements } from '../../../generator/emit/source-files.js';
import { StructureKind, VariableDeclarationKind } from '../../../generator/emit/ts-morph.js';

describe('leanStatement', () => {
  const lean = sourceFilePrinter('lean');
  const structures = sourceFilePrinter('structures');

  it.each<[string, Statements, string]>([
    [
      'an import of types, some aliased, and of a value beside types',
      [
        {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: './a.js',
          isTypeOnly: true,
          namedImports: [{ name: 'A' }, { name: 'B', alias: 'C' }],
        },
        {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: './b.js',
          namedImports: [{ name: 'D', isTypeOnly: true }, 'e', { name: 'f', alias: 'g' }],
        },
      ],
      'import type { A, B as C } from "./a.js";\nimport { type D, e, f as g } from "./b.js";\n',
    ],
    [
      // Left to ts-morph's printer: a default import, a namespace import.
      'an import of a default beside names, after a statement; a namespace import',
      [
        'const a = 1;',
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'x', defaultImport: 'X', namedImports: ['y'] },
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'zod', namespaceImport: 'z' },
      ],
      'const a = 1;\nimport X, { y } from "x";\nimport * as z from "zod";\n',
    ],
    [
      'a documented, typed constant whose initializer a writer writes over several lines',
      [
        {
          kind: StructureKind.VariableStatement,
          isExported: true,
          declarationKind: VariableDeclarationKind.Const,
          docs: ['A pet.\n\nWith a name.'],
          declarations: [
            {
              name: 'Pet',
              type: 'z.ZodType<Pet>',
              initializer: (w) =>
                w
                  .write('z.object(')
                  .inlineBlock(() => w.writeLine('name: z.string(),'))
                  .write(')'),
            },
          ],
        },
      ],
      '/**\n * A pet.\n *\n * With a name.\n */\nexport const Pet: z.ZodType<Pet> = z.object({\n        name: z.string(),\n    });\n',
    ],
    [
      'a statement of two declarations, and one without an initializer',
      [
        { kind: StructureKind.VariableStatement, declarations: [{ name: 'a', initializer: '1' }, { name: 'b' }] },
        { kind: StructureKind.VariableStatement, declarations: [{ name: 'c', type: 'number' }] },
      ],
      'let a = 1, b;\nlet c: number;\n',
    ],
    [
      'a constant, then interfaces that extend others, with readonly, optional and object-typed properties',
      [
        { kind: StructureKind.VariableStatement, declarations: [{ name: 'a', initializer: '1' }] },
        {
          kind: StructureKind.Interface,
          name: 'A',
          isExported: true,
          docs: ['An A.'],
          extends: ['B', 'C'],
          properties: [
            { name: 'id', isReadonly: true, type: 'string', docs: ['The id.\n\nNever changes.'] },
            {
              name: 'tags',
              hasQuestionToken: true,
              type: (w) =>
                w
                  .write('{')
                  .indent(() => w.write('name: string;'))
                  .write('}[]'),
            },
          ],
        },
        { kind: StructureKind.Interface, name: 'D', properties: [] },
      ],
      'let a = 1;\n\n/** An A. */\nexport interface A extends B, C {\n    /**\n     * The id.\n     *\n     * Never changes.\n     */\n    readonly id: string;\n    tags?: {\n            name: string;\n        }[];\n}\n\ninterface D {\n}\n',
    ],
    [
      'type aliases, one of a type a writer writes over several lines, and a constant of such a type',
      [
        { kind: StructureKind.TypeAlias, name: 'K', isExported: true, docs: ['A kind.'], type: "'a' | 'b'" },
        {
          kind: StructureKind.TypeAlias,
          name: 'O',
          type: (w) =>
            w
              .write('{')
              .indent(() => w.write('k: K;'))
              .write('}'),
        },
        {
          kind: StructureKind.VariableStatement,
          declarationKind: VariableDeclarationKind.Const,
          declarations: [{ name: 'o', type: (w) => w.write('O'), initializer: "{ k: 'a' }" }],
        },
      ],
      "/** A kind. */\nexport type K = 'a' | 'b';\ntype O = {\n        k: K;\n    };\nconst o: O = { k: 'a' };\n",
    ],
  ])('prints %s as the structure printer of ts-morph does', (_, statements, want) => {
    expect(lean('/a.ts', statements)).toBe(want);
    expect(structures('/a.ts', statements)).toBe(want);
  });
});
