/**
 * `extends`: an object gets the fields of the object models it names, before its own.
 * The fields are put into the IR while resolve builds it, so no emitter needs to know about
 * inheritance; a field the object declares itself replaces an inherited one of the same name.
 */
import type { Diagnostic } from './diagnostics.js';
import type { Field, Spec, TypeNode, TypeOf } from './ir.js';
import { allTypes } from './ir-walk.js';
import { didYouMean } from './suggest.js';

type ObjectNode = TypeOf<'object'>;

/** An object with `extends` as resolve made it: its own fields, and the list of its node that it fills. */
export interface Extending {
  readonly node: ObjectNode;
  readonly own: readonly Field[];
  /** The node's `fields`, still resolve's to write: it holds `own` until inheritFields completes it. */
  readonly fields: Field[];
}

export function inheritFields(spec: Spec, extending: readonly Extending[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const pending = new Map<TypeNode, Extending>(extending.map((e) => [e.node, e]));
  const done = new Set<TypeNode>();
  // The objects being flattened, outermost first: a base found here is a cycle.
  const inProgress: TypeNode[] = [];
  const nameOf = new Map([...spec.models].map(([name, model]) => [model.type as TypeNode, name]));

  const flatten = (object: Extending): void => {
    const { node } = object;
    if (done.has(node)) return;
    inProgress.push(node);
    const inherited = new Map<string, Field>();
    for (const base of node.extends ?? []) {
      const model = spec.models.get(base.name);
      if (!model) {
        const hint = didYouMean(base.name, spec.models.keys());
        diagnostics.push({ ...base.loc, code: 'SPEC_UNKNOWN_TYPE', message: `unknown model "${base.name}"${hint}` });
        continue;
      }
      if (model.type.kind !== 'object') {
        diagnostics.push({
          ...base.loc,
          code: 'SPEC_REFERENCE',
          message: `"${base.name}" is not an object model, so its fields cannot be inherited`,
        });
        continue;
      }
      const cycleStart = inProgress.indexOf(model.type);
      if (cycleStart >= 0) {
        const message = cycleMessage(inProgress.slice(cycleStart).map((n) => nameOf.get(n) ?? base.name));
        diagnostics.push({ ...base.loc, code: 'SPEC_REFERENCE', message });
        continue;
      }
      const baseObject = pending.get(model.type);
      if (baseObject) flatten(baseObject);
      for (const field of model.type.fields) inherited.set(field.name, field);
    }
    const own = new Set(object.own.map((f) => f.name));
    object.fields.splice(
      0,
      object.fields.length,
      ...[...inherited.values()].filter((f) => !own.has(f.name)),
      ...object.own,
    );
    inProgress.pop();
    done.add(node);
  };

  // In the order of the IR's walk, so that a cycle is reported from where a reader meets it first.
  for (const node of allTypes(spec)) {
    const object = pending.get(node);
    if (object) flatten(object);
  }
  return diagnostics;
}

/** The models of a cycle in the order they were entered: `["A", "B"]` when A extends B and B extends A. */
function cycleMessage(cycle: readonly string[]): string {
  const last = cycle.at(-1)!;
  if (cycle.length === 1) return `"${last}" extends itself`;
  const chain = cycle.map((name) => `"${name}"`).join(', which extends ');
  return `"${last}" extends ${chain}; a model cannot inherit from itself`;
}
