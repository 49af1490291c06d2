/** Target: a zod schema for every model and every endpoint's params. */
import type { WriterFunction } from 'ts-morph';
import {
  allTypes,
  EMPTY_OBJECT,
  paramFields,
  paramsArity,
  refsOf,
  discriminatorOptionalInResponses,
  scopeKeys,
  stronglyConnected,
} from '../ir-walk.js';
import type { Endpoint, Field, Model, Spec } from '../ir.js';
import { endpointPlan, schemaRef, typeRef, type Plan } from '../plan.js';
import type { SourceFiles } from './source-files.js';
import { docComment, docText } from './jsdoc.js';
import { StructureKind, VariableDeclarationKind } from './ts-morph.js';
import { call, intersection, zodObject, zodWriter, type ZodContext } from './zod-expr.js';

export function emitSchemas(plan: Plan, files: SourceFiles): void {
  const { spec } = plan;
  const lazy = lazyReferences(spec);
  const discriminable = discriminatedVariants(spec);
  files.perModule(
    plan,
    { fileOf: (m) => m.schemasFile, index: plan.paths.schemasIndex, typeOnly: false },
    (module, statements, imports) => {
      imports.add('zod', 'z', false);
      const context = (mode: ZodContext['mode'], from?: string): ZodContext => ({
        mode,
        discriminatorOptional: (node) => discriminatorOptionalInResponses(spec, node),
        ref(name) {
          const schema = schemaRef(plan, name, mode);
          const id = imports.add(schema.file, schema.name, false);
          return from !== undefined && lazy.has(`${from}>${name}`)
            ? call('z.lazy', (w) => w.write(`() => ${id}`))
            : (w) => w.write(id);
        },
      });
      const declare = (model: Model, mode: ZodContext['mode']) => {
        const own = typeRef(plan, model.name, mode);
        // Typed as the model's own TypeScript type: the compiler checks that schema and type agree,
        // and declarations stay small (an inferred zod type spells out every nested field).
        // A variant of a discriminated union must also show zod that it can be told apart.
        const type = `z.ZodType<${imports.add(own.file, own.name, true)}>`;
        statements.push({
          kind: StructureKind.VariableStatement,
          isExported: true,
          declarationKind: VariableDeclarationKind.Const,
          docs: docComment(docText(model.type.meta.description)),
          declarations: [
            {
              name: schemaRef(plan, model.name, mode).name,
              type: discriminable.has(model.name) ? `${type} & z.core.$ZodTypeDiscriminable` : type,
              initializer: zodWriter(model.type, context(mode, model.name)),
            },
          ],
        });
      };

      for (const model of inDependencyOrder(module.models, lazy)) {
        declare(model, 'response');
        if (plan.models.get(model.name)!.request) declare(model, 'request');
      }
      for (const endpoint of module.resource?.endpoints ?? []) {
        if (paramsArity(endpoint) === 'none') continue;
        const planned = endpointPlan(plan, endpoint);
        const params = imports.add(planned.typesFile, planned.paramsType, true);
        // As the models' schemas, typed as the TypeScript type; the scope keys are left loose.
        const type =
          endpoint.scope === 'account_or_zone'
            ? `${imports.add(plan.paths.runtimeIndex, 'LooseScope', true)}<${params}>`
            : params;
        statements.push({
          kind: StructureKind.VariableStatement,
          isExported: true,
          declarationKind: VariableDeclarationKind.Const,
          docs: [`Parameters of \`${endpoint.id}\`.`],
          declarations: [
            {
              name: planned.paramsSchema,
              type: `z.ZodType<${type}>`,
              initializer: paramsSchema(endpoint, context('request')),
            },
          ],
        });
      }
    },
  );
}

function paramsSchema(endpoint: Endpoint, ctx: ZodContext): WriterFunction {
  // Which one of account_id and zone_id is given is the runtime's check; the schema only types them.
  const scope = scopeKeys(endpoint.scope).map((name): Field => ({
    name,
    required: endpoint.scope !== 'account_or_zone',
    readOnly: false,
    loc: endpoint.loc,
    type: { kind: 'primitive', name: 'string', meta: { nullable: false }, constraints: {}, loc: endpoint.loc },
  }));
  const parts = [zodObject([...scope, ...paramFields(endpoint)], ctx)];
  if (endpoint.body?.kind === 'type') parts.push(zodWriter(endpoint.body.type, ctx));
  return intersection(parts);
}

/**
 * References that must be `z.lazy`: within a cycle of models, or between two modules
 * that import each other (an eager reference there would read a binding before it exists).
 * Keys are `From>To`.
 */
function lazyReferences(spec: Spec): Set<string> {
  const uses = (name: string) =>
    [...refsOf(spec.models.get(name)?.type ?? EMPTY_OBJECT)].filter((n) => spec.models.has(n));
  const componentOf = new Map<string, number>();
  stronglyConnected(spec.models.keys(), uses).forEach((c, i) => c.forEach((n) => componentOf.set(n, i)));
  const moduleOf = (name: string) => spec.models.get(name)!.module;
  const moduleUses = (module: string) =>
    [...spec.models.values()].filter((m) => m.module === module).flatMap((m) => uses(m.name).map(moduleOf));
  const moduleComponent = new Map<string, number>();
  stronglyConnected(new Set([...spec.models.values()].map((m) => m.module)), moduleUses).forEach((c, i) =>
    c.forEach((m) => moduleComponent.set(m, i)),
  );

  const lazy = new Set<string>();
  for (const from of spec.models.keys()) {
    for (const to of uses(from)) {
      const sameCycle = componentOf.get(from) === componentOf.get(to) && (from === to ? uses(to).includes(to) : true);
      const crossCycle =
        moduleOf(from) !== moduleOf(to) && moduleComponent.get(moduleOf(from)) === moduleComponent.get(moduleOf(to));
      if (sameCycle || crossCycle) lazy.add(`${from}>${to}`);
    }
  }
  return lazy;
}

/** Models that are variants of a discriminated union somewhere. */
function discriminatedVariants(spec: Spec): Set<string> {
  const names = new Set<string>();
  for (const node of allTypes(spec)) {
    if (node.kind !== 'union' || !node.discriminator) continue;
    for (const variant of node.variants) if (variant.kind === 'ref') names.add(variant.name);
  }
  return names;
}

/** Declaration order, moved only as far as needed so that eager references point backwards. */
function inDependencyOrder(models: readonly Model[], lazy: ReadonlySet<string>): Model[] {
  const local = new Map(models.map((m) => [m.name, m]));
  const done = new Set<string>();
  const ordered: Model[] = [];
  const place = (model: Model) => {
    if (done.has(model.name)) return;
    done.add(model.name);
    for (const dep of refsOf(model.type)) {
      const target = local.get(dep);
      if (target && !lazy.has(`${model.name}>${dep}`)) place(target);
    }
    ordered.push(model);
  };
  models.forEach(place);
  return ordered;
}
