/** Target: TypeScript types for every model, and the params type of every endpoint. */
import type { WriterFunction } from 'ts-morph';
import { paramFields, requestVariants } from '../ir-walk.js';
import type { Endpoint, Model, Spec } from '../ir.js';
import { requestTypeName, runtimeFile, typesFile } from '../layout.js';
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

export function emitTypes(spec: Spec, files: SourceFiles): void {
  const variants = requestVariants(spec);
  files.perModule(
    spec,
    { fileOf: typesFile, index: 'src/types/index.ts', typeOnly: true },
    (module, statements, imports) => {
      const context = (mode: Mode): TypeContext => ({
        mode,
        ref(name, refMode) {
          const model = spec.models.get(name)!;
          const target = refMode === 'request' && variants.has(name) ? requestTypeName(name) : name;
          return imports.add(typesFile(model.module), target, true);
        },
      });
      for (const model of module.models) {
        declareModel(statements, model, model.name, context('response'));
        if (variants.has(model.name)) declareModel(statements, model, requestTypeName(model.name), context('request'));
      }
      for (const endpoint of module.resource?.endpoints ?? [])
        declareParams(statements, endpoint, context('request'), imports);
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

function declareParams(statements: Statements, endpoint: Endpoint, ctx: TypeContext, imports: Imports): void {
  const parts: (string | WriterFunction)[] = [];
  if (endpoint.scope !== 'none') parts.push(imports.add(runtimeFile('index'), SCOPE_TYPES[endpoint.scope], true));
  const fields = paramFields(endpoint);
  if (fields.length > 0) parts.push(objectWriter(fields, ctx));
  if (endpoint.body?.kind === 'type') parts.push(typeWriter(endpoint.body.type, ctx));
  if (parts.length === 0) return;
  const type = parts.length === 1 ? parts[0]! : Writers.intersectionType(parts[0]!, parts[1]!, ...parts.slice(2));
  statements.push({
    kind: StructureKind.TypeAlias,
    name: endpoint.paramsType,
    isExported: true,
    docs: docComment(docText(`Parameters of \`${endpoint.id}\`.`)),
    type,
  });
}
