/**
 * Target: the mock server's route table, and the entry points that bind it to the hand-written
 * server (generator/mock, shipped in src/mock): `startMockServer` and the `npm run mock` command.
 */
import type { StatementStructures } from 'ts-morph';
import { importPath, type Plan } from '../plan.js';
import { Imports } from './imports.js';
import { literal, type Data } from './literal.js';
import { mockRoutes } from './mock-routes.js';
import type { SourceFiles } from './source-files.js';
import { StructureKind, VariableDeclarationKind } from './ts-morph.js';

export function emitMock(plan: Plan, files: SourceFiles): void {
  const { paths } = plan;
  const routeImports = new Imports(paths.mockRoutes);
  files.create(paths.mockRoutes, routeImports).push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['What the mock server does for each endpoint of the spec.'],
    declarations: [
      {
        name: 'MOCK_ROUTES',
        type: `readonly ${routeImports.add(paths.mockRoute, 'MockRoute', true)}[]`,
        initializer: literal(mockRoutes(plan.spec) as unknown as Data),
      },
    ],
  });

  const imports = new Imports(paths.mockIndex);
  const server = paths.mockServer;
  const options = imports.add(server, 'MockServerOptions', true);
  const running = imports.add(server, 'MockServer', true);
  const serve = imports.add(server, 'serveMock', false);
  const registry = imports.add(paths.endpointSchemas, 'ENDPOINT_SCHEMAS', false);
  const table = imports.add(paths.mockRoutes, 'MOCK_ROUTES', false);
  const reexport = (moduleSpecifier: string, namedExports: string[], isTypeOnly: boolean): StatementStructures => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier,
    namedExports,
    isTypeOnly,
  });
  const sibling = (file: string) => importPath(paths.mockIndex, file);
  files.create(paths.mockIndex, imports).push(
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
    reexport(sibling(paths.mockServer), ['BASE_PATH'], false),
    reexport(sibling(paths.mockServer), ['MockServer', 'MockServerOptions'], true),
    reexport(sibling(paths.mockFaults), ['Faults'], false),
    reexport(sibling(paths.mockFaults), ['FaultSpec'], true),
    reexport(sibling(paths.mockStore), ['Store'], false),
    reexport(sibling(paths.mockStore), ['Item', 'Snapshot'], true),
  );

  const cliImports = new Imports(paths.mockCli);
  const run = cliImports.add(paths.mockCommand, 'runMockCommand', false);
  const start = cliImports.add(paths.mockIndex, 'startMockServer', false);
  files.create(paths.mockCli, cliImports).push(`process.exitCode = await ${run}(process.argv.slice(2), ${start});`);
}
