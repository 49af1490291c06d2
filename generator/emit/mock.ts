/**
 * Target: the mock server's route table, and the entry points that bind it to the hand-written
 * server (generator/mock, shipped in src/mock): `startMockServer` and the `npm run mock` command.
 */
import type { StatementStructures } from 'ts-morph';
import type { Spec } from '../ir.js';
import { ENDPOINT_SCHEMAS_FILE, MOCK_CLI_FILE, MOCK_INDEX_FILE, MOCK_ROUTES_FILE, mockFile } from '../layout.js';
import { Imports } from './imports.js';
import { literal, type Data } from './literal.js';
import { mockRoutes } from './mock-routes.js';
import type { SourceFiles } from './source-files.js';
import { StructureKind, VariableDeclarationKind } from './ts-morph.js';

export function emitMock(spec: Spec, files: SourceFiles): void {
  const routeImports = new Imports(MOCK_ROUTES_FILE);
  files.create(MOCK_ROUTES_FILE, routeImports).push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['What the mock server does for each endpoint of the spec.'],
    declarations: [
      {
        name: 'MOCK_ROUTES',
        type: `readonly ${routeImports.add(mockFile('route'), 'MockRoute', true)}[]`,
        initializer: literal(mockRoutes(spec) as unknown as Data),
      },
    ],
  });

  const imports = new Imports(MOCK_INDEX_FILE);
  const server = mockFile('server');
  const options = imports.add(server, 'MockServerOptions', true);
  const running = imports.add(server, 'MockServer', true);
  const serve = imports.add(server, 'serveMock', false);
  const registry = imports.add(ENDPOINT_SCHEMAS_FILE, 'ENDPOINT_SCHEMAS', false);
  const table = imports.add(MOCK_ROUTES_FILE, 'MOCK_ROUTES', false);
  const reexport = (moduleSpecifier: string, namedExports: string[], isTypeOnly: boolean): StatementStructures => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier,
    namedExports,
    isTypeOnly,
  });
  files.create(MOCK_INDEX_FILE, imports).push(
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'startMockServer',
      docs: [
        'Starts the mock server (on 127.0.0.1 and a free port unless told otherwise); `url` is the base URL for clients.',
      ],
      parameters: [{ name: 'options', type: options, initializer: '{}' }],
      returnType: `Promise<${running}>`,
      statements: `return ${serve}({ routes: ${table}, schemas: ${registry} }, options);`,
    },
    reexport('./server.js', ['BASE_PATH'], false),
    reexport('./server.js', ['MockServer', 'MockServerOptions'], true),
    reexport('./faults.js', ['Faults'], false),
    reexport('./faults.js', ['FaultSpec'], true),
    reexport('./store.js', ['Store'], false),
    reexport('./store.js', ['Item', 'Snapshot'], true),
  );

  const cliImports = new Imports(MOCK_CLI_FILE);
  const run = cliImports.add(mockFile('command'), 'runMockCommand', false);
  const start = cliImports.add(MOCK_INDEX_FILE, 'startMockServer', false);
  files.create(MOCK_CLI_FILE, cliImports).push(`process.exitCode = await ${run}(process.argv.slice(2), ${start});`);
}
