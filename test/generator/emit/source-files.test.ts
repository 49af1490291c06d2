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
  ])('prints %s the same three ways', (_, statements, want) => {
    expect(lean('/a.ts', statements)).toBe(want);
    expect(structures('/a.ts', statements)).toBe(want);
    expect(parsed('/a.ts', statements)).toBe(want);
  });

  it('prints every code file of the package from spec/ as ts-morph does when it parses it', async () => {
    const plan = makePlan(await readSpec({ specDir: SPEC_DIR }), []);
    const want = emitCode(plan, new Map(), parsed);
    expect(want.size).toBeGreaterThan(100);
    expect(emitCode(plan, new Map(), lean)).toEqual(want);
    expect(emitCode(plan, new Map(), structures)).toEqual(want);
  });
});
