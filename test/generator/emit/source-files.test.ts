import { describe, expect, it } from 'vitest';
import { emitCode } from '../../../generator/emit/code.js';
import { sourceFilePrinter, type Statements } from '../../../generator/emit/source-files.js';
import { StructureKind, VariableDeclarationKind } from '../../../generator/emit/ts-morph.js';
import { readSpec } from '../../../generator/pipeline.js';
import { makePlan } from '../../../generator/plan.js';
import { SPEC_DIR } from '../../helpers/paths.js';

describe('sourceFilePrinter', () => {
  const lean = sourceFilePrinter('lean');
  const structures = sourceFilePrinter('structures');
  const parsed = sourceFilePrinter('parse');

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
  ])('prints %s as the structure printer of ts-morph does', (_, statements, want) => {
    expect(lean('/a.ts', statements)).toBe(want);
    expect(structures('/a.ts', statements)).toBe(want);
  });

  it('prints every code file of the package from spec/ as ts-morph does when it parses it', async () => {
    const plan = makePlan(await readSpec({ specDir: SPEC_DIR }), []);
    const want = emitCode(plan, new Map(), parsed);
    expect(want.size).toBeGreaterThan(100);
    expect(emitCode(plan, new Map(), lean)).toEqual(want);
    expect(emitCode(plan, new Map(), structures)).toEqual(want);
  });
});
