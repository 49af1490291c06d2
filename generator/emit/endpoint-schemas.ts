/**
 * Target: the registry the runtime validates with, endpoint id -> params and result schemas.
 * The client loads it with a dynamic import, so that zod is loaded only when validation is on.
 */
import { VariableDeclarationKind } from 'ts-morph';
import { paramsArity } from '../ir-walk.js';
import type { Spec } from '../ir.js';
import { ENDPOINT_SCHEMAS_FILE, runtimeFile, SCHEMAS_INDEX_FILE, schemaName, schemasFile } from '../layout.js';
import { Imports } from './imports.js';
import { literal, type Data } from './literal.js';
import type { SourceFiles } from './source-files.js';
import { zodWriter, type ZodContext } from './zod-expr.js';

export function emitEndpointSchemas(spec: Spec, files: SourceFiles): void {
  const source = files.create(ENDPOINT_SCHEMAS_FILE);
  const imports = new Imports(ENDPOINT_SCHEMAS_FILE);
  const response: ZodContext = {
    mode: 'response',
    ref: (name) => (w) => w.write(imports.add(schemasFile(spec.models.get(name)!.module), schemaName(name), false)),
  };
  const registry: Record<string, Data> = {};
  for (const resource of spec.resources) {
    for (const e of resource.endpoints) {
      registry[e.id] = {
        request:
          paramsArity(e) === 'none'
            ? undefined
            : (w) => w.write(imports.add(schemasFile(resource.module), schemaName(e.paramsType), false)),
        // For a list, the schema of one item.
        response: e.response && zodWriter(e.response, response),
      };
    }
  }
  source.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Each endpoint's params schema and the schema of its result (of one item, for lists)."],
    declarations: [
      {
        name: 'ENDPOINT_SCHEMAS',
        // Annotated, not inferred: the inferred type of every schema at once is too large to declare.
        type: imports.add(runtimeFile('index'), 'SchemaRegistry', true),
        initializer: literal(registry),
      },
    ],
  });
  // Results typed inline (not by a model) are written as zod expressions.
  if (/\bz\./.test(source.getFullText())) imports.add('zod', 'z', false);
  source.insertImportDeclarations(0, imports.structures());
  files
    .get(SCHEMAS_INDEX_FILE)
    .addExportDeclaration({ moduleSpecifier: './endpoints.js', namedExports: ['ENDPOINT_SCHEMAS'] });
}
