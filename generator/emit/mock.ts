/**
 * Target: the mock server's route table, and the entry points that bind it to the hand-written
 * server (generator/mock, shipped in src/mock): `startMockServer` and the `npm run mock` command.
 */
import { VariableDeclarationKind } from 'ts-morph';
import type { Spec } from '../ir.js';
import { ENDPOINT_SCHEMAS_FILE, MOCK_CLI_FILE, MOCK_INDEX_FILE, MOCK_ROUTES_FILE, mockFile } from '../layout.js';
import { Imports } from './imports.js';
import { literal, type Data } from './literal.js';
import { mockRoutes } from './mock-routes.js';
import type { SourceFiles } from './source-files.js';

export function emitMock(spec: Spec, files: SourceFiles): void {
  const routes = files.create(MOCK_ROUTES_FILE);
  const routeImports = new Imports(MOCK_ROUTES_FILE);
  routes.addVariableStatement({
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
  routes.insertImportDeclarations(0, routeImports.structures());

  const index = files.create(MOCK_INDEX_FILE);
  const imports = new Imports(MOCK_INDEX_FILE);
  const server = mockFile('server');
  const options = imports.add(server, 'MockServerOptions', true);
  const running = imports.add(server, 'MockServer', true);
  const serve = imports.add(server, 'serveMock', false);
  const registry = imports.add(ENDPOINT_SCHEMAS_FILE, 'ENDPOINT_SCHEMAS', false);
  const table = imports.add(MOCK_ROUTES_FILE, 'MOCK_ROUTES', false);
  index.addFunction({
    isExported: true,
    name: 'startMockServer',
    docs: [
      'Starts the mock server (on 127.0.0.1 and a free port unless told otherwise); `url` is the base URL for clients.',
    ],
    parameters: [{ name: 'options', type: options, initializer: '{}' }],
    returnType: `Promise<${running}>`,
    statements: `return ${serve}({ routes: ${table}, schemas: ${registry} }, options);`,
  });
  index.insertImportDeclarations(0, imports.structures());
  index.addExportDeclaration({ moduleSpecifier: './server.js', namedExports: ['BASE_PATH'] });
  index.addExportDeclaration({
    isTypeOnly: true,
    moduleSpecifier: './server.js',
    namedExports: ['MockServer', 'MockServerOptions'],
  });
  index.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './faults.js', namedExports: ['FaultSpec'] });
  index.addExportDeclaration({ moduleSpecifier: './faults.js', namedExports: ['Faults'] });
  index.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './store.js', namedExports: ['Snapshot', 'Item'] });
  index.addExportDeclaration({ moduleSpecifier: './store.js', namedExports: ['Store'] });

  const cli = files.create(MOCK_CLI_FILE);
  const cliImports = new Imports(MOCK_CLI_FILE);
  const run = cliImports.add(mockFile('command'), 'runMockCommand', false);
  const start = cliImports.add(MOCK_INDEX_FILE, 'startMockServer', false);
  cli.addStatements(`process.exitCode = await ${run}(process.argv.slice(2), ${start});`);
  cli.insertImportDeclarations(0, cliImports.structures());
}
