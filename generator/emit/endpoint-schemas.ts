/**
 * Target: the registry the runtime validates with, endpoint id -> params and result schemas.
 * The client loads it with a dynamic import, so that zod is loaded only when validation is on.
 */
import { discriminatorOptionalInResponses, paramsArity } from '../ir-walk.js';
import type { Spec } from '../ir.js';
import { ENDPOINT_SCHEMAS_FILE, runtimeFile, SCHEMAS_INDEX_FILE, schemaName, schemasFile } from '../layout.js';
import { Imports } from './imports.js';
import { literal, type Data } from './literal.js';
import type { SourceFiles } from './source-files.js';
import { StructureKind, VariableDeclarationKind } from './ts-morph.js';
import { zodWriter, type ZodContext } from './zod-expr.js';

export function emitEndpointSchemas(spec: Spec, files: SourceFiles): void {
  const imports = new Imports(ENDPOINT_SCHEMAS_FILE);
  const response: ZodContext = {
    mode: 'response',
    discriminatorOptional: (node) => discriminatorOptionalInResponses(spec, node),
    ref: (name) => {
      const id = imports.add(schemasFile(spec.models.get(name)!.module), schemaName(name), false);
      return (w) => w.write(id);
    },
  };
  const registry: Record<string, Data> = {};
  for (const resource of spec.resources) {
    for (const e of resource.endpoints) {
      const request =
        paramsArity(e) === 'none'
          ? undefined
          : imports.add(schemasFile(resource.module), schemaName(e.paramsType), false);
      registry[e.id] = {
        request: request === undefined ? undefined : (w) => w.write(request),
        // For a list, the schema of one item.
        response: e.response && zodWriter(e.response, response),
      };
    }
  }
  // Results typed inline (not by a model) are written as zod expressions.
  if (spec.resources.some((r) => r.endpoints.some((e) => e.response && e.response.kind !== 'ref')))
    imports.add('zod', 'z', false);
  files.create(ENDPOINT_SCHEMAS_FILE, imports).push({
    kind: StructureKind.VariableStatement,
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
  files.get(SCHEMAS_INDEX_FILE).push({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: './endpoints.js',
    namedExports: ['ENDPOINT_SCHEMAS'],
  });
}
