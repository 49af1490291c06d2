/** Stage 4: checks that need the whole spec: names, references, paths, unions, cycles, defaults. */
import type { Diagnostic, DiagnosticCode } from './diagnostics.js';
import { allTypes, concretePaths, deref, paramFields, scopeKeys, stronglyConnected } from './ir-walk.js';
import type { Endpoint, Loc, Resource, Spec, TypeNode } from './ir.js';
import { identifierProblem, isMemberName, positionalName } from './names.js';
import { reservedNames } from './layout.js';
// The runtime fills these placeholders and sends these parameters; the spec must agree with it.
import { PAGINATION_QUERY_KEYS, SCOPE_PLACEHOLDERS } from './runtime/endpoint.js';
import { didYouMean } from './suggest.js';

export function check(spec: Spec): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (loc: Loc, code: DiagnosticCode, message: string) => out.push({ ...loc, code, message });
  checkNames(spec, report);
  checkFieldNames(spec, report);
  for (const node of allTypes(spec)) checkType(spec, node, report);
  checkAliasCycles(spec, report);
  checkPaginationKinds(spec, report);
  for (const resource of spec.resources) for (const e of resource.endpoints) checkEndpoint(e, report);
  checkRoutes(spec, report);
  return out;
}

type Report = (loc: Loc, code: DiagnosticCode, message: string) => void;

function checkNames(spec: Spec, report: Report): void {
  // Models and params types share one namespace: the types modules export both.
  const models = new Map<string, Loc>();
  const paramsTypes = new Map<string, { loc: Loc; endpoint: string }>();
  const reserved = reservedNames(spec);
  const taken = (kind: string, name: string, loc: Loc) => {
    const holder = reserved.get(name);
    if (holder) report(loc, 'SPEC_DUPLICATE_NAME', `${kind} "${name}" is taken by ${holder}; choose another name`);
  };
  for (const model of spec.modules.flatMap((m) => m.models)) {
    const problem = identifierProblem(model.name);
    if (problem) report(model.loc, 'SPEC_FORMAT', `model name "${model.name}" ${problem}`);
    else taken('model name', model.name, model.loc);
    const first = models.get(model.name);
    if (first) report(model.loc, 'SPEC_DUPLICATE_NAME', `model "${model.name}" is already declared at ${where(first)}`);
    else models.set(model.name, model.loc);
  }
  const resources = new Map<string, Resource>();
  for (const resource of spec.resources) {
    const key = resource.path.join('.');
    const first = resources.get(key);
    if (first)
      report(resource.loc, 'SPEC_DUPLICATE_NAME', `resource "${key}" is already declared in ${first.loc.file}`);
    else resources.set(key, resource);
    const problem = identifierProblem(resource.typePrefix);
    if (problem) report(resource.loc, 'SPEC_FORMAT', `typePrefix "${resource.typePrefix}" ${problem}`);
    for (const segment of resource.path) {
      if (CLASS_MEMBERS.has(segment))
        report(resource.loc, 'SPEC_FORMAT', `resource name "${segment}" ${CLASS_MEMBERS.get(segment)}`);
    }
    for (const e of resource.endpoints) {
      if (!isMemberName(e.name))
        report(e.loc, 'SPEC_FORMAT', `method name "${e.name}" is not a valid TypeScript identifier`);
      else if (CLASS_MEMBERS.has(e.name))
        report(e.loc, 'SPEC_FORMAT', `method name "${e.name}" ${CLASS_MEMBERS.get(e.name)}`);
      const name = e.paramsType;
      const paramsProblem = identifierProblem(name);
      if (paramsProblem) report(e.loc, 'SPEC_FORMAT', `params type "${name}" of ${e.id} ${paramsProblem}`);
      taken('params type', name, e.loc);
      const model = models.get(name);
      const other = paramsTypes.get(name);
      if (model)
        report(
          e.loc,
          'SPEC_DUPLICATE_NAME',
          `params type "${name}" of ${e.id} is the name of the model at ${where(model)}`,
        );
      else if (other?.endpoint === e.id)
        report(e.loc, 'SPEC_DUPLICATE_NAME', `method ${e.id} is already declared at ${where(other.loc)}`);
      else if (other)
        report(
          e.loc,
          'SPEC_DUPLICATE_NAME',
          `params type "${name}" of ${e.id} is already the params type of ${other.endpoint} (${where(other.loc)}); give one a "paramsType"`,
        );
      else paramsTypes.set(name, { loc: e.loc, endpoint: e.id });
    }
  }
  // A method and a child resource cannot share a name on the same node.
  for (const resource of spec.resources) {
    for (const e of resource.endpoints) {
      const child = resources.get(`${resource.path.join('.')}.${e.name}`);
      if (child)
        report(
          e.loc,
          'SPEC_DUPLICATE_NAME',
          `method ${e.id} has the name of the resource declared in ${child.loc.file}`,
        );
    }
  }
}

// `constructor`, `toString`, `hasOwnProperty`, …: every object has them, by inheritance.
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * A field named like an inherited property cannot be absent: zod, like any code that reads
 * `value[name]`, finds the inherited function instead, and rejects an object without the field.
 */
function checkFieldNames(spec: Spec, report: Report): void {
  const fields = [
    ...allTypes(spec).flatMap((node) => (node.kind === 'object' ? node.fields : [])),
    ...spec.resources.flatMap((r) => r.endpoints.flatMap(paramFields)),
  ];
  for (const f of fields) {
    if (INHERITED.has(f.name) && f.name !== '__proto__')
      report(
        f.loc,
        'SPEC_FORMAT',
        `field name "${f.name}" is a property every JavaScript object inherits: validators would read the inherited one when the field is absent`,
      );
  }
}

// Members every class of the client tree has: a method or child resource cannot take their names.
const CLASS_MEMBERS: ReadonlyMap<string, string> = new Map([
  ['constructor', 'is the constructor of the class it would be declared on; choose another name'],
  ['_client', 'is the client field of every resource class; choose another name'],
]);


/**
 * Two methods on one verb and path (an account-or-zone path counts as its /accounts and /zones
 * paths; placeholders match whatever their names) would be one route of the API, and one
 * operation of the OpenAPI document. Resource titles name the document's tags, so they are unique too.
 */
function checkRoutes(spec: Spec, report: Report): void {
  const routes = new Map<string, Endpoint>();
  const titles = new Map<string, Resource>();
  const seen = new Set<string>();
  for (const resource of spec.resources) {
    // A resource or method declared twice is reported as such, not again as its title or routes.
    const key = resource.path.join('.');
    if (seen.has(key)) continue;
    seen.add(key);
    const other = titles.get(resource.title);
    if (other)
      report(
        resource.loc,
        'SPEC_DUPLICATE_NAME',
        `resource title "${resource.title}" is already the title of ${other.path.join('.')} (${other.loc.file})`,
      );
    else titles.set(resource.title, resource);
    for (const e of resource.endpoints) {
      for (const { path } of concretePaths(e)) {
        const key = `${e.method} ${path.replace(/\{[^}]*\}/g, '{}')}`;
        const first = routes.get(key);
        if (first && first !== e)
          report(
            e.httpLoc,
            'SPEC_DUPLICATE_NAME',
            `${e.method} ${path} is already the route of ${first.id} (${where(first.httpLoc)})`,
          );
        else routes.set(key, e);
      }
    }
  }
}

function checkType(spec: Spec, node: TypeNode, report: Report): void {
  const { constraints: c, meta } = node;
  if (node.kind === 'ref' && !spec.models.has(node.name)) {
    report(node.loc, 'SPEC_UNKNOWN_TYPE', `unknown type "${node.name}"${didYouMean(node.name, spec.models.keys())}`);
  }
  if (node.kind === 'enum') {
    const seen = new Set<string>();
    for (const { value } of node.values) {
      if (seen.has(value)) report(node.loc, 'SPEC_FORMAT', `enum value "${value}" is listed twice`);
      seen.add(value);
    }
  }
  if (node.kind === 'union' && node.discriminator) checkDiscriminator(spec, node, node.discriminator, report);
  if (node.kind === 'union' && !node.discriminator && node.variants.length === 1) {
    report(node.loc, 'SPEC_FORMAT', 'oneOf needs at least two variants');
  }

  const isString = node.kind === 'primitive' && node.name === 'string';
  const isNumber = node.kind === 'primitive' && (node.name === 'number' || node.name === 'integer');
  const applies: [keyof typeof c, boolean, string][] = [
    ['minLength', isString, 'strings'],
    ['maxLength', isString, 'strings'],
    ['pattern', isString, 'strings'],
    ['minimum', isNumber, 'numbers'],
    ['maximum', isNumber, 'numbers'],
    ['minItems', node.kind === 'array', 'arrays'],
    ['maxItems', node.kind === 'array', 'arrays'],
  ];
  for (const [key, ok, kind] of applies) {
    if (c[key] !== undefined && !ok)
      report(node.loc, 'SPEC_CONSTRAINT', `${key} applies to ${kind}, not to ${describeKind(node)}`);
  }
  if (c.pattern !== undefined) {
    try {
      new RegExp(c.pattern, 'u');
    } catch {
      report(node.loc, 'SPEC_CONSTRAINT', `pattern "${c.pattern}" is not a valid regular expression`);
    }
  }
  if (meta.default !== undefined) {
    const problem = valueProblem(node, meta.default);
    if (problem) report(node.loc, 'SPEC_CONSTRAINT', `default ${JSON.stringify(meta.default)} ${problem}`);
  }
  // The docs show examples as values a call may send or receive: they must be of the field's type.
  if (meta.example !== undefined) {
    const problem = valueProblem(node, meta.example) ?? formatProblem(node, meta.example);
    if (problem) report(node.loc, 'SPEC_CONSTRAINT', `example ${JSON.stringify(meta.example)} ${problem}`);
  }
}

const FORMAT_TESTS: Readonly<Record<string, RegExp>> = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:\S+$/i,
  ipv4: /^(\d{1,3}\.){3}\d{1,3}$/,
};

/** Why a string value does not have its type's format, or undefined when it does (or no test applies). */
function formatProblem(node: TypeNode, value: unknown): string | undefined {
  if (node.kind !== 'primitive' || !node.format || typeof value !== 'string') return undefined;
  const test = FORMAT_TESTS[node.format];
  return test && !test.test(value) ? `is not a ${node.format}` : undefined;
}

function where(loc: Loc): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}

const KIND_NAMES: Record<Exclude<TypeNode['kind'], 'primitive'>, string> = {
  ref: 'a reference',
  array: 'an array',
  map: 'a map',
  object: 'an object',
  enum: 'an enum',
  literal: 'a constant',
  union: 'a union',
};

function describeKind(node: TypeNode): string {
  return node.kind === 'primitive' ? node.name : KIND_NAMES[node.kind];
}

/** Why a default or example value does not fit its own type and constraints, or undefined when it does. */
function valueProblem(node: TypeNode, value: unknown): string | undefined {
  const c = node.constraints;
  if (value === null) return node.meta.nullable ? undefined : 'is null but the type is not nullable';
  switch (node.kind) {
    case 'enum':
      return node.values.some((v) => v.value === value) ? undefined : `is not one of the enum values`;
    case 'literal':
      return value === node.value ? undefined : `is not the constant ${JSON.stringify(node.value)}`;
    case 'array':
      if (!Array.isArray(value)) return 'is not a list';
      if (c.minItems !== undefined && value.length < c.minItems) return `has fewer than minItems ${c.minItems} items`;
      if (c.maxItems !== undefined && value.length > c.maxItems) return `has more than maxItems ${c.maxItems} items`;
      return undefined;
    case 'primitive':
      break;
    default:
      return undefined;
  }
  switch (node.name) {
    case 'string':
      if (typeof value !== 'string') return 'is not a string';
      if (c.minLength !== undefined && value.length < c.minLength) return `is shorter than minLength ${c.minLength}`;
      if (c.maxLength !== undefined && value.length > c.maxLength) return `is longer than maxLength ${c.maxLength}`;
      if (c.pattern !== undefined && !safeTest(c.pattern, value)) return `does not match pattern ${c.pattern}`;
      return undefined;
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || (node.name === 'integer' && !Number.isInteger(value)))
        return `is not ${node.name === 'integer' ? 'an integer' : 'a number'}`;
      if (c.minimum !== undefined && value < c.minimum) return `is below minimum ${c.minimum}`;
      if (c.maximum !== undefined && value > c.maximum) return `is above maximum ${c.maximum}`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'is not a boolean';
    default:
      return undefined;
  }
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return true;
  }
}

function checkDiscriminator(
  spec: Spec,
  union: Extract<TypeNode, { kind: 'union' }>,
  key: string,
  report: Report,
): void {
  const seen = new Map<string, string>();
  for (const variant of union.variants) {
    const label = variant.kind === 'ref' ? `"${variant.name}"` : 'an inline variant';
    const target = deref(spec, variant);
    if (!target) continue; // unknown name: reported by the reference check
    if (target.kind !== 'object') {
      report(
        variant.loc,
        'SPEC_DISCRIMINATOR',
        `variant ${label} of a union discriminated by "${key}" must be an object, not ${describeKind(target)}`,
      );
      continue;
    }
    const field = target.fields.find((f) => f.name === key);
    const value =
      field?.type.kind === 'literal'
        ? String(field.type.value)
        : field?.type.kind === 'enum' && field.type.values.length === 1
          ? field.type.values[0]!.value
          : undefined;
    if (!field || !field.required || value === undefined) {
      report(
        variant.loc,
        'SPEC_DISCRIMINATOR',
        `variant ${label} needs a required field "${key}" with a "const" value`,
      );
      continue;
    }
    const other = seen.get(value);
    if (other)
      report(
        variant.loc,
        'SPEC_DISCRIMINATOR',
        `discriminator value "${value}" of ${label} is already used by ${other}`,
      );
    else seen.set(value, label);
  }
}

function checkPaginationKinds(spec: Spec, report: Report): void {
  for (const kind of spec.api.pagination.values()) {
    const sent = PAGINATION_QUERY_KEYS[kind.style];
    for (const field of kind.query) {
      if (!sent.includes(field.name)) {
        const known = sent.length > 0 ? sent.join(', ') : 'none';
        report(
          field.loc,
          'SPEC_REFERENCE',
          `the runtime does not send "${field.name}" for ${kind.style} pagination (it sends: ${known})`,
        );
      }
    }
  }
}

/** `type A = B; type B = A` cannot be emitted: a cycle through aliases and unions alone. */
function checkAliasCycles(spec: Spec, report: Report): void {
  const direct = (name: string): string[] => {
    const type = spec.models.get(name)?.type;
    if (!type) return [];
    const targets = type.kind === 'union' ? type.variants : [type];
    return targets.flatMap((t) => (t.kind === 'ref' && spec.models.has(t.name) ? [t.name] : []));
  };
  for (const component of stronglyConnected(spec.models.keys(), direct)) {
    const only = component[0]!;
    if (component.length === 1 && !direct(only).includes(only)) continue;
    const names = [...component].sort();
    const model = spec.models.get(names[0]!)!;
    report(
      model.loc,
      'SPEC_REFERENCE',
      `models ${names.map((n) => `"${n}"`).join(', ')} refer to each other without an object or list between them, which no type can express`,
    );
  }
}

function checkEndpoint(e: Endpoint, report: Report): void {
  const pathProblem = pathTemplateProblem(e.path);
  if (pathProblem) report(e.httpLoc, 'SPEC_PATH_PARAMS', `path ${e.path} ${pathProblem}`);
  checkPositionalNames(e, report);
  const placeholders = [...e.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!).filter((p) => !SCOPE_PLACEHOLDERS.has(p));
  const declared = e.pathParams.map((p) => p.name);
  for (const p of placeholders) {
    if (!declared.includes(p))
      report(e.httpLoc, 'SPEC_PATH_PARAMS', `path parameter "${p}" is in the path but not in pathParams`);
  }
  for (const p of e.pathParams) {
    if (!placeholders.includes(p.name))
      report(p.loc, 'SPEC_PATH_PARAMS', `path parameter "${p.name}" is not in the path ${e.path}`);
  }
  const common = declared.filter((p) => placeholders.includes(p));
  const inPathOrder = placeholders.filter((p) => declared.includes(p));
  if (common.join() !== inPathOrder.join()) {
    report(
      e.pathParams[0]!.loc,
      'SPEC_PATH_PARAMS',
      `pathParams must be in the order of the path: ${inPathOrder.join(', ')}`,
    );
  }
  if (e.scope === 'none' && /\{(accounts_or_zones|account_or_zone_id|account_id|zone_id)\}/.test(e.path)) {
    report(
      e.httpLoc,
      'SPEC_PATH_PARAMS',
      'account or zone placeholders must start the path: /{accounts_or_zones}/{account_or_zone_id}/..., /accounts/{account_id}/... or /zones/{zone_id}/...',
    );
  }

  const names = new Map<string, string>();
  for (const key of scopeKeys(e.scope)) names.set(key, 'the scope');
  for (const f of paramFields(e)) {
    const first = names.get(f.name);
    if (first) report(f.loc, 'SPEC_DUPLICATE_NAME', `parameter "${f.name}" of ${e.id} is already taken by ${first}`);
    else names.set(f.name, `a parameter at line ${f.loc.line}`);
  }
  const queryFields = [...e.query, ...(e.pagination?.query ?? [])];
  for (const group of [queryFields, e.body?.kind === 'fields' ? e.body.fields : []]) {
    const sent = new Map<string, string>();
    for (const f of group) {
      const wire = f.wireName ?? f.name;
      const first = sent.get(wire);
      if (first)
        report(
          f.loc,
          'SPEC_DUPLICATE_NAME',
          `parameters "${first}" and "${f.name}" of ${e.id} are both sent as "${wire}"`,
        );
      else sent.set(wire, f.name);
    }
  }
  // A PUT or DELETE may answer with a whole list (single style); moving between pages is for GETs.
  if (e.pagination && e.pagination.style !== 'single' && e.method !== 'GET')
    report(e.loc, 'SPEC_REFERENCE', `${e.pagination.style} pagination applies to GET endpoints, not ${e.method}`);
  if (e.pagination && !e.response)
    report(e.loc, 'SPEC_REFERENCE', 'a paginated endpoint needs "response", the type of one item');
  if (
    e.body &&
    (e.method === 'GET' || e.method === 'DELETE') &&
    e.body.kind === 'fields' &&
    e.body.fields.length === 0
  ) {
    report(e.loc, 'SPEC_FORMAT', `${e.method} endpoint declares an empty body`);
  }
}

// RFC 3986 path characters that need no percent-encoding, and `{placeholder}`s.
const PATH_SEGMENT = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|\{[^{}/]+\})+$/;

/**
 * Why a path cannot be sent as it is written, or undefined. The client sends the template with
 * only its placeholders filled in, so `..`, a query, a fragment, an escape or an empty segment would
 * reach the server (or be resolved away before it) as written.
 */
function pathTemplateProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'must start with "/"';
  for (const segment of path.slice(1).split('/')) {
    if (segment === '') return 'has an empty segment (a "//" or a trailing "/")';
    if (segment === '.' || segment === '..') return `has a "${segment}" segment`;
    if (!PATH_SEGMENT.test(segment)) {
      const bad = [...segment.replace(/\{[^{}/]+\}/g, '')].find((c) => !PATH_SEGMENT.test(c)) ?? segment;
      return `has ${describeChar(bad)}, which a path template cannot hold (only letters, digits, -._~!$&'()*+,;=:@ and {placeholders})`;
    }
  }
  return undefined;
}

function describeChar(c: string): string {
  if (c === '{' || c === '}') return `an unmatched "${c}"`;
  const code = c.codePointAt(0)!;
  return code > 0x20 && code < 0x7f ? `"${c}"` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Path parameters become positional parameters of the method, next to `params` and `options`. */
function checkPositionalNames(e: Endpoint, report: Report): void {
  const seen = new Map<string, string>([
    ['params', 'the params argument'],
    ['options', 'the options argument'],
  ]);
  for (const p of e.pathParams) {
    const positional = positionalName(p.name);
    const problem = identifierProblem(positional);
    if (positional === '' || problem) {
      const why =
        positional === '' ? 'has no letters or digits to name it by' : `becomes "${positional}", which ${problem}`;
      report(p.loc, 'SPEC_PATH_PARAMS', `path parameter "${p.name}" ${why}; the method takes it as an argument`);
      continue;
    }
    const first = seen.get(positional);
    if (first)
      report(
        p.loc,
        'SPEC_PATH_PARAMS',
        `path parameter "${p.name}" becomes the argument "${positional}", as ${first} does`,
      );
    else seen.set(positional, `path parameter "${p.name}"`);
  }
}
