/** Target: TypeScript types for every model, and the params type of every endpoint. */
import type { WriterFunction } from 'ts-morph';
import { paramFields } from '../ir-walk.js';
import type { Endpoint, Model } from '../ir.js';
import { endpointPlan, typeRef, type Plan } from '../plan.js';
import type { Imports } from './imports.js';
import { docComment, docText, jsDoc } from './jsdoc.js';
import type { SourceFiles, Statements } from './source-files.js';
import { StructureKind, Writers } from './ts-morph.js';
import { objectWriter, propertyStructures, typeWriter, type Mode, type TypeContext } from './ts-type.js';

export const SCOPE_TYPES = {
  account: 'AccountScope',
  zone: 'ZoneScope',
  account_or_zone: 'AccountOrZoneScope',
} as const;

export function emitTypes(plan: Plan, files: SourceFiles): void {
  files.perModule(
    plan,
    { fileOf: (m) => m.typesFile, index: plan.paths.typesIndex, typeOnly: true },
    (module, statements, imports) => {
      const context = (mode: Mode): TypeContext => ({
        mode,
        ref(name, refMode) {
          const ref = typeRef(plan, name, refMode);
          return imports.add(ref.file, ref.name, true);
        },
      });
      for (const model of module.models) {
        declareModel(statements, model, model.name, context('response'));
        const request = plan.models.get(model.name)!.request;
        if (request) declareModel(statements, model, request.name, context('request'));
      }
      for (const endpoint of module.resource?.endpoints ?? [])
        declareParams(plan, statements, endpoint, context('request'), imports);
    },
  );
}

function declareModel(statements: Statements, model: Model, name: string, ctx: TypeContext): void {
  const { type } = model;
  const note = name === model.name ? [] : [`The request form of {@link ${model.name}}, without its readOnly fields.`];
  const docs = jsDoc(type, note);
  if (type.kind === 'object' && !type.meta.nullable) {
    statements.push({
      kind: StructureKind.Interface,
      name,
      isExported: true,
      docs,
      properties: propertyStructures(type.fields, ctx),
    });
  } else {
    statements.push({ kind: StructureKind.TypeAlias, name, isExported: true, docs, type: typeWriter(type, ctx) });
  }
}

function declareParams(
  plan: Plan,
  statements: Statements,
  endpoint: Endpoint,
  ctx: TypeContext,
  imports: Imports,
): void {
  const parts: (string | WriterFunction)[] = [];
  if (endpoint.scope !== 'none') parts.push(imports.add(plan.paths.runtimeIndex, SCOPE_TYPES[endpoint.scope], true));
  const fields = paramFields(endpoint);
  if (fields.length > 0) parts.push(objectWriter(fields, ctx));
  if (endpoint.body?.kind === 'type') parts.push(typeWriter(endpoint.body.type, ctx));
  if (parts.length === 0) return;
  const type = parts.length === 1 ? parts[0]! : Writers.intersectionType(parts[0]!, parts[1]!, ...parts.slice(2));
  statements.push({
    kind: StructureKind.TypeAlias,
    name: endpointPlan(plan, endpoint).paramsType,
    isExported: true,
    docs: docComment(docText(`Parameters of \`${endpoint.id}\`.`)),
    type,
  });
}
