/** The imports of one generated file: collected while its code is built, written sorted, type-only where they can be. */
import { describe, expect, it } from 'vitest';
import { Imports } from '../../../generator/emit/imports.js';
import { StructureKind } from '../../../generator/emit/ts-morph.js';

type Add = Parameters<Imports['add']>;
type Named = { name: string; alias?: string; isTypeOnly: boolean };

const declaration = (moduleSpecifier: string, isTypeOnly: boolean, namedImports: Named[]) => ({
  kind: StructureKind.ImportDeclaration,
  moduleSpecifier,
  isTypeOnly,
  namedImports: namedImports.map(({ name, alias, isTypeOnly }) => ({ name, alias, isTypeOnly })),
});

describe('Imports', () => {
  it.each<{ name: string; file: string; given: Add[]; want: { names: string[]; imports: object[] } }>([
    { name: 'nothing', file: 'src/types/pets.ts', given: [], want: { names: [], imports: [] } },
    {
      name: 'a name of the file itself, which needs no import',
      file: 'src/types/pets.ts',
      given: [['src/types/pets.ts', 'Pet', true]],
      want: { names: ['Pet'], imports: [] },
    },
    {
      name: 'a type from another generated file, by its relative path',
      file: 'src/resources/zoo/pets.ts',
      given: [['src/types/pets.ts', 'Pet', true]],
      want: {
        names: ['Pet'],
        imports: [declaration('../../types/pets.js', true, [{ name: 'Pet', isTypeOnly: false }])],
      },
    },
    {
      name: 'packages first, then files, each sorted',
      file: 'src/mock/index.ts',
      given: [
        ['src/mock/server.ts', 'serveMock', false],
        ['src/schemas/endpoints.ts', 'ENDPOINT_SCHEMAS', false],
        ['zod', 'z', false],
      ],
      want: {
        names: ['serveMock', 'ENDPOINT_SCHEMAS', 'z'],
        imports: [
          declaration('zod', false, [{ name: 'z', isTypeOnly: false }]),
          declaration('../schemas/endpoints.js', false, [{ name: 'ENDPOINT_SCHEMAS', isTypeOnly: false }]),
          declaration('./server.js', false, [{ name: 'serveMock', isTypeOnly: false }]),
        ],
      },
    },
    {
      name: 'types and values from one module, each name marked',
      file: 'src/mock/index.ts',
      given: [
        ['src/mock/server.ts', 'serveMock', false],
        ['src/mock/server.ts', 'MockServer', true],
      ],
      want: {
        names: ['serveMock', 'MockServer'],
        imports: [
          declaration('./server.js', false, [
            { name: 'MockServer', isTypeOnly: true },
            { name: 'serveMock', isTypeOnly: false },
          ]),
        ],
      },
    },
    {
      name: 'a name used as a type and as a value, imported as a value',
      file: 'src/client.ts',
      given: [
        ['src/runtime/index.ts', 'BaseClient', true],
        ['src/runtime/index.ts', 'BaseClient', false],
        ['src/runtime/index.ts', 'BaseClient', true],
      ],
      want: {
        names: ['BaseClient', 'BaseClient', 'BaseClient'],
        imports: [declaration('./runtime/index.js', false, [{ name: 'BaseClient', isTypeOnly: false }])],
      },
    },
    {
      name: 'a class under another name, where the file declares its own',
      file: 'src/resources/zero-trust/devices/devices.ts',
      given: [['src/resources/zero-trust/devices/devices_.ts', 'Devices', false, 'DevicesOfDevices']],
      want: {
        names: ['DevicesOfDevices'],
        imports: [
          declaration('./devices_.js', false, [{ name: 'Devices', alias: 'DevicesOfDevices', isTypeOnly: false }]),
        ],
      },
    },
  ])('$name', ({ file, given, want }) => {
    const imports = new Imports(file);
    const names = given.map((args) => imports.add(...args));
    expect({ names, imports: imports.structures() }).toEqual(want);
  });

  it('refuses a name added once the imports are written, which the file would lack', () => {
    const imports = new Imports('src/types/pets.ts');
    imports.structures();
    expect(() => imports.add('zod', 'z', false)).toThrow(
      'src/types/pets.ts: import of z added after the imports were written',
    );
  });
});
