/**
 * Target: the registry the runtime validates with, endpoint id -> params and result schemas.
 * The client loads it with a dynamic import, so that zod is loaded only when validation is on.
 */
import { discriminatorOptionalInResponses, paramsArity } from '../ir-walk.js';
import { endpointPlan, importPath, schemaRef, type Plan } from '../plan.js';
import { Imports } from './imports.js';
import { literal, type Data } from './literal.js';
import type { SourceFiles } from './source-files.js';
import { StructureKind, VariableDeclarationKind } from './ts-morph.js';
import { zodWriter, type ZodContext } from './zod-expr.js';

export function emitEndpointSchemas(plan: Plan, files: SourceFiles): void {
  const { spec, paths } = plan;
  const imports = new Imports(paths.endpointSchemas);
  const response: ZodContext = {
    mode: 'response',
    discriminatorOptional: (node) => discriminatorOptionalInResponses(spec, node),
    ref: (name) => {
      const schema = schemaRef(plan, name, 'response');
      const id = imports.add(schema.file, schema.name, false);
      return (w) => w.write(id);
    },
  };
  const registry: Record<string, Data> = {};
  for (const resource of spec.resources) {
    for (const e of resource.endpoints) {
      const planned = endpointPlan(plan, e);
      const request =
        paramsArity(e) === 'none' ? undefined : imports.add(planned.schemasFile, planned.paramsSchema, false);
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
  files.create(paths.endpointSchemas, imports).push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Each endpoint's params schema and the schema of its result (of one item, for lists)."],
    declarations: [
      {
        name: 'ENDPOINT_SCHEMAS',
        // Annotated, not inferred: the inferred type of every schema at once is too large to declare.
        type: imports.add(paths.runtimeIndex, 'SchemaRegistry', true),
        initializer: literal(registry),
      },
    ],
  });
  files.get(paths.schemasIndex).push({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: importPath(paths.schemasIndex, paths.endpointSchemas),
    namedExports: ['ENDPOINT_SCHEMAS'],
  });
}
