/** Traversals of the IR shared by the checks and the emitters. */
import type { Endpoint, Field, Model, Scope, Spec, TypeNode, TypeOf } from './ir.js';

/** Visits a type node and every node inside it (not following refs). */
export function walkType(node: TypeNode, visit: (node: TypeNode) => void): void {
  visit(node);
  switch (node.kind) {
    case 'array':
      return walkType(node.items, visit);
    case 'map':
      return walkType(node.values, visit);
    case 'object':
      return node.fields.forEach((f) => {
        walkType(f.type, visit);
        if (f.responseType) walkType(f.responseType, visit);
      });
    case 'union':
      return node.variants.forEach((v) => walkType(v, visit));
  }
}

/** A field's type in requests or in responses. */
export function fieldType(field: Field, mode: 'request' | 'response'): TypeNode {
  return mode === 'response' && field.responseType ? field.responseType : field.type;
}

/** Whether some variant of a discriminated union may leave its discriminator out of responses. */
export function discriminatorOptionalInResponses(spec: Spec, node: TypeOf<'union'>): boolean {
  return node.variants.some((v) => {
    const variant = deref(spec, v);
    return (
      variant?.kind === 'object' && variant.fields.some((f) => f.name === node.discriminator && f.optionalInResponses)
    );
  });
}

/** Whether a field is required in requests or in responses. */
export function isRequired(field: Field, mode: 'request' | 'response'): boolean {
  return field.required && !(mode === 'response' && field.optionalInResponses);
}

/** Model names referenced anywhere inside a type. */
export function refsOf(node: TypeNode): Set<string> {
  const refs = new Set<string>();
  walkType(node, (n) => n.kind === 'ref' && refs.add(n.name));
  return refs;
}

/** Every field that ends up in an endpoint's params object besides the scope, in the order of the params type. */
export function paramFields(endpoint: Endpoint): Field[] {
  const body = endpoint.body;
  const bodyFields = body?.kind === 'fields' ? body.fields : body?.kind === 'param' ? [body.field] : [];
  return [...endpoint.query, ...(endpoint.pagination?.query ?? []), ...bodyFields];
}

/** The name a field has in the API's JSON and query strings: the one place that decides it. */
export function wireName(field: Field): string {
  return field.wireName ?? field.name;
}

/** The real paths of an endpoint: an account-or-zone path is two, one under /accounts and one under /zones. */
export function concretePaths(endpoint: Endpoint): { readonly scope: Scope; readonly path: string }[] {
  const [accounts, zones] = ['account', 'zone'].map((scope) =>
    endpoint.path.replace('/{accounts_or_zones}/{account_or_zone_id}', `/${scope}s/{${scope}_id}`),
  );
  return endpoint.scope === 'account_or_zone'
    ? [
        { scope: 'account', path: accounts! },
        { scope: 'zone', path: zones! },
      ]
    : [{ scope: endpoint.scope, path: endpoint.path }];
}

/** The params keys that name the account or zone; account-or-zone endpoints take exactly one of the two. */
export function scopeKeys(scope: Scope): readonly ('account_id' | 'zone_id')[] {
  return scope === 'account_or_zone' ? ['account_id', 'zone_id'] : scope === 'none' ? [] : [`${scope}_id`];
}

/** Whether a method takes a params object at all, and whether it may be left out. */
export function paramsArity(endpoint: Endpoint): 'none' | 'optional' | 'required' {
  if (endpoint.scope !== 'none' || endpoint.body?.kind === 'type') return 'required';
  const fields = paramFields(endpoint);
  if (fields.length === 0) return 'none';
  return fields.some((f) => f.required) ? 'required' : 'optional';
}

/** Every type an endpoint mentions, with the role it plays. */
export function endpointTypes(endpoint: Endpoint): { role: 'request' | 'response'; type: TypeNode }[] {
  const request = [...endpoint.pathParams, ...paramFields(endpoint)].map((f) => ({
    role: 'request' as const,
    type: f.type,
  }));
  if (endpoint.body?.kind === 'type') request.push({ role: 'request', type: endpoint.body.type });
  const response = endpoint.response ? [{ role: 'response' as const, type: endpoint.response }] : [];
  return [...request, ...response];
}

/** Every type node of the spec, with a label of where it is. */
export function allTypes(spec: Spec): TypeNode[] {
  const roots: TypeNode[] = [...spec.modules.flatMap((m) => m.models.map((model: Model) => model.type))];
  for (const r of spec.resources) for (const e of r.endpoints) roots.push(...endpointTypes(e).map((t) => t.type));
  for (const p of spec.api.pagination.values()) roots.push(...p.query.map((f) => f.type));
  const nodes: TypeNode[] = [];
  for (const root of roots) walkType(root, (n) => nodes.push(n));
  return nodes;
}

/** Follows refs until a non-ref node; undefined for an unknown name or a ref cycle. */
export function deref(spec: Spec, node: TypeNode): TypeNode | undefined {
  const seen = new Set<string>();
  let current: TypeNode | undefined = node;
  while (current?.kind === 'ref') {
    if (seen.has(current.name)) return undefined;
    seen.add(current.name);
    current = spec.models.get(current.name)?.type;
  }
  return current;
}

/** Strongly connected components of a directed graph (Tarjan); each component lists its nodes. */
export function stronglyConnected(nodes: Iterable<string>, edges: (node: string) => Iterable<string>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return components;
}

/**
 * Models that need a second, request-side type (`<Name>Param`): those reachable from a
 * request position that contain readOnly fields, directly or through the models they use.
 */
export function requestVariants(spec: Spec): Set<string> {
  const reachable = new Set<string>();
  const queue: string[] = [];
  const enqueue = (type: TypeNode) =>
    refsOf(type).forEach((name) => !reachable.has(name) && (reachable.add(name), queue.push(name)));
  for (const r of spec.resources)
    for (const e of r.endpoints) for (const t of endpointTypes(e)) if (t.role === 'request') enqueue(t.type);
  while (queue.length > 0) {
    const model = spec.models.get(queue.pop()!);
    if (model) enqueue(model.type);
  }
  const hasReadOnly = (type: TypeNode) => {
    let found = false;
    walkType(
      type,
      (n) =>
        (found ||= n.kind === 'object' && n.fields.some((f) => f.readOnly || f.responseType || f.optionalInResponses)),
    );
    return found;
  };
  const variants = new Set([...reachable].filter((name) => hasReadOnly(spec.models.get(name)?.type ?? EMPTY_OBJECT)));
  // A model that uses a model with a variant needs a variant too, so that the request type is readOnly-free all the way down.
  for (let grew = true; grew;) {
    grew = false;
    for (const name of reachable) {
      if (variants.has(name)) continue;
      const uses = refsOf(spec.models.get(name)?.type ?? EMPTY_OBJECT);
      if ([...uses].some((u) => variants.has(u))) (variants.add(name), (grew = true));
    }
  }
  return variants;
}

/** Stands in for a model that does not exist, so lookups need no special case. */
export const EMPTY_OBJECT: TypeNode = {
  kind: 'object',
  fields: [],
  meta: { nullable: false },
  constraints: {},
  loc: { file: '', line: 0, col: 0 },
};
