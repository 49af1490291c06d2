import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { RUNTIME_EXPORTS } from '../../generator/layout.js';
import { ROOT } from '../helpers/paths.js';

it("RUNTIME_EXPORTS is what the runtime's index exports, so no model can take one of those names", () => {
  const index = path.join(ROOT, 'generator/runtime/index.ts');
  const program = ts.createProgram([index], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  const exported = checker.getExportsOfModule(symbol).map((s) => s.name);
  expect([...RUNTIME_EXPORTS].sort()).toEqual(exported.sort());
});
