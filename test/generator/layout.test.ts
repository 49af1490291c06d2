import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { Spec } from '../../generator/ir.js';
import { clientTree, importPath, RUNTIME_EXPORTS } from '../../generator/layout.js';
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

describe('clientTree', () => {
  it("lays the classes out at the SDK's paths, a child named as its folder in a module of its own", () => {
    const resource = (path: string[]) => ({
      path,
      title: '',
      typePrefix: 'X',
      module: path.join('/'),
      endpoints: [],
      loc: { file: '', line: 1, col: 1 },
    });
    const spec = {
      resources: [resource(['zeroTrust', 'devices']), resource(['zeroTrust', 'devices', 'devices'])],
    } as unknown as Spec;
    const devices = clientTree(spec).children[0]!.children[0]!;
    expect([devices.className, devices.baseClassName, devices.file, devices.folder]).toEqual([
      'Devices',
      'BaseDevices',
      'src/resources/zero-trust/devices/devices.ts',
      { reexport: 'src/resources/zero-trust/devices.ts', index: 'src/resources/zero-trust/devices/index.ts' },
    ]);
    expect([devices.children[0]!.className, devices.children[0]!.file, devices.children[0]!.folder]).toEqual([
      'Devices',
      'src/resources/zero-trust/devices/devices_.ts',
      undefined,
    ]);
  });
});

describe('importPath', () => {
  it.each<{ given: [from: string, to: string]; want: string }>([
    { given: ['src/resources/zoo/pets.ts', 'src/types/pets.ts'], want: '../../types/pets.js' },
    { given: ['src/types/pets.ts', 'src/types/shared/people.ts'], want: './shared/people.js' },
  ])('$given.0 -> $given.1', ({ given: [from, to], want }) => {
    expect(importPath(from, to)).toBe(want);
  });
});
