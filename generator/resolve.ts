/**
 * Stage 3: turn validated spec files into the IR. Local problems (a malformed type
 * expression, an unknown pagination kind) are reported here; problems that need the
 * whole spec (unknown model names, cycles) are left to `check`.
 */
import type { Diagnostic, DiagnosticCode } from './diagnostics.js';
import type {
  Api,
  Body,
  Constraints,
  Endpoint,
  EnumValue,
  Field,
  HttpMethod,
  Loc,
  Model,
  Pagination,
  Resource,
  Scope,
  Spec,
  SpecModule,
  TypeMeta,
  TypeNode,
} from './ir.js';
import type { SpecFile, YamlPath } from './load.js';
import { inheritFields, type Extending } from './inherit.js';
import { paramsTypeName } from './layout.js';
import { pascalCase } from './names.js';
import { HTTP_METHODS } from './runtime/endpoint.js';
import type { RawApi, RawEndpoint, RawField, RawType } from './spec-format.js';
import { parseTypeExpr, type TypeExpr } from './type-expr.js';
import type { ValidFile } from './validate.js';

const SCOPES: readonly [prefix: RegExp, scope: Scope][] = [
  [/^\/\{accounts_or_zones\}\/\{account_or_zone_id\}(\/|$)/, 'account_or_zone'],
  [/^\/accounts\/\{account_id\}(\/|$)/, 'account'],
  [/^\/zones\/\{zone_id\}(\/|$)/, 'zone'],
];

export function resolve(files: readonly ValidFile[]): { spec?: Spec; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const extending: Extending[] = [];
  const apiFile = files.find((f) => f.raw.api);
  if (!apiFile) return { diagnostics };
  const api = new FileResolver(apiFile.file, diagnostics, extending).api(apiFile.raw.api!, apiFile.raw.source);

  const modules: SpecModule[] = [];
  for (const { file, raw } of files) {
    const r = new FileResolver(file, diagnostics, extending);
    const source = raw.source ?? api.source;
    const models = Object.entries(raw.models ?? {}).map(([name, type]): Model => ({
      name,
      type: r.type(type, ['models', name], source),
      module: file.stem,
      loc: r.loc(['models', name], true),
    }));
    let resource: Resource | undefined;
    if (raw.resource && raw.endpoints && raw.typePrefix) {
      const path = raw.resource.split('.');
      resource = {
        path,
        title: raw.title ?? pascalCase(path.at(-1)!),
        description: raw.description,
        typePrefix: raw.typePrefix,
        module: file.stem,
        source,
        loc: r.loc(['resource']),
        endpoints: Object.entries(raw.endpoints).map(([name, e]) =>
          r.endpoint(name, e, { api, resourcePath: raw.resource!, typePrefix: raw.typePrefix!, source }),
        ),
      };
    }
    modules.push({ name: file.stem, file: file.name, source, models, resource });
  }
  modules.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const models = new Map<string, Model>();
  for (const m of modules.flatMap((m) => m.models)) if (!models.has(m.name)) models.set(m.name, m);
  const resources = modules.flatMap((m) => (m.resource ? [m.resource] : []));
  const spec: Spec = { api, modules, models, resources };
  diagnostics.push(...inheritFields(spec, extending));
  return { spec, diagnostics };
}

interface EndpointContext {
  readonly api: Api;
  readonly resourcePath: string;
  readonly typePrefix: string;
  readonly source?: string;
}

class FileResolver {
  constructor(
    private readonly file: SpecFile,
    private readonly diagnostics: Diagnostic[],
    /** The objects with `extends`, whose fields inheritFields completes before resolve returns. */
    private readonly extending: Extending[],
  ) {}

  loc(path: YamlPath, key = false): Loc {
    return { file: this.file.name, ...this.file.locate(path, key) };
  }

  private report(path: YamlPath, code: DiagnosticCode, message: string): void {
    this.diagnostics.push({ ...this.loc(path), code, message });
  }

  api(raw: RawApi, source?: string): Api {
    const pagination = new Map<string, Pagination>();
    for (const [name, p] of Object.entries(raw.pagination)) {
      const query = this.fields(p.query, ['api', 'pagination', name, 'query'], source);
      pagination.set(name, { name, style: p.style, description: p.description, query });
    }
    return {
      title: raw.title,
      description: raw.description,
      baseURL: raw.baseURL,
      package: raw.package,
      source: raw.source ?? source,
      auth: raw.auth,
      envelope: raw.envelope,
      pagination,
      loc: this.loc(['api'], true),
    };
  }

  endpoint(name: string, raw: RawEndpoint, ctx: EndpointContext): Endpoint {
    const at = ['endpoints', name];
    const source = raw.source ?? ctx.source;
    const { verb, path } = splitHttp(raw.http);
    const scope = SCOPES.find(([prefix]) => prefix.test(path))?.[1] ?? 'none';

    let pagination: Pagination | undefined;
    if (raw.pagination !== undefined) {
      pagination = ctx.api.pagination.get(raw.pagination);
      if (!pagination) {
        const known = [...ctx.api.pagination.keys()].join(', ');
        this.report(
          [...at, 'pagination'],
          'SPEC_REFERENCE',
          `unknown pagination kind "${raw.pagination}" (known: ${known})`,
        );
      }
    }

    let unwrap: string | null = ctx.api.envelope.unwrap;
    if (raw.unwrap === 'none') unwrap = null;
    else if (raw.unwrap !== undefined) {
      unwrap = raw.unwrap;
      if (!ctx.api.envelope.fields.includes(raw.unwrap)) {
        this.report(
          [...at, 'unwrap'],
          'SPEC_REFERENCE',
          `unwrap names "${raw.unwrap}", which is not an envelope field (${ctx.api.envelope.fields.join(', ')}) nor "none"`,
        );
      }
    }

    return {
      name,
      id: `${ctx.resourcePath}.${name}`,
      title: raw.title,
      description: raw.description,
      deprecated: deprecation(raw.deprecated),
      method: verb,
      path,
      scope,
      pathParams: this.fields(raw.pathParams, [...at, 'pathParams'], source).map((f) => ({ ...f, required: true })),
      query: this.fields(raw.query, [...at, 'query'], source, true),
      body: raw.body && this.body(raw.body, [...at, 'body'], source),
      response: raw.response === undefined ? undefined : this.type(raw.response, [...at, 'response'], source),
      pagination,
      unwrap,
      paramsType: raw.paramsType ?? paramsTypeName(ctx.typePrefix, name),
      responseExample: raw.responseExample,
      source,
      loc: this.loc(at, true),
      httpLoc: this.loc([...at, 'http']),
    };
  }

  private body(raw: NonNullable<RawEndpoint['body']>, at: YamlPath, source?: string): Body {
    if (raw.fields) return { kind: 'fields', fields: this.fields(raw.fields, [...at, 'fields'], source, true) };
    const type = this.type(raw.type!, [...at, 'type'], source);
    if (!raw.param) return { kind: 'type', type };
    const description = raw.description ?? type.meta.description;
    const field = { name: raw.param, required: true, readOnly: false, loc: this.loc([...at, 'param']) };
    return { kind: 'param', field: { ...field, type: { ...type, meta: { ...type.meta, description } } } };
  }

  /**
   * `params`: whether the fields are request parameters. A parameter's `wireName` is only what is
   * sent; a model field's `wireName` is its name everywhere but in the docs, which also give the
   * documented spelling (the YAML key).
   */
  fields(raw: Record<string, RawField> | undefined, at: YamlPath, source?: string, params = false): Field[] {
    const fields = Object.entries(raw ?? {}).map(([key, f]): Field => {
      const renamed = !params && f.wireName !== undefined;
      return {
        name: renamed ? f.wireName! : key,
        type: this.type(f, [...at, key], source, true),
        required: f.required === true || f.required === 'request',
        ...(f.required === 'request' ? { optionalInResponses: true as const } : {}),
        readOnly: f.readOnly === true,
        ...(params && f.wireName !== undefined ? { wireName: f.wireName } : {}),
        ...(renamed ? { documentedAs: key } : {}),
        ...(f.responseType !== undefined
          ? { responseType: this.type(f.responseType, [...at, key, 'responseType'], source) }
          : {}),
        loc: this.loc([...at, key], true),
      };
    });
    const taken = new Map<string, string>();
    for (const [i, f] of fields.entries()) {
      const first = taken.get(f.name);
      if (first !== undefined)
        this.report(
          [...at, Object.keys(raw!)[i]!, ...(f.documentedAs ? ['wireName'] : [])],
          'SPEC_DUPLICATE_NAME',
          `fields "${first}" and "${f.documentedAs ?? f.name}" are both named "${f.name}" on the wire`,
        );
      else taken.set(f.name, f.documentedAs ?? f.name);
    }
    return fields;
  }

  type(raw: RawType & RawField, at: YamlPath, inheritedSource?: string, isField = false): TypeNode {
    const loc = this.loc(at);
    for (const key of ['required', 'readOnly', 'wireName', 'responseType'] as const) {
      if (!isField && raw[key] !== undefined)
        this.report([...at, key], 'SPEC_FORMAT', `"${key}" applies to fields only`);
    }
    const meta: TypeMeta = {
      description: raw.description?.trim(),
      deprecated: deprecation(raw.deprecated),
      default: raw.default,
      example: raw.example,
      nullable: raw.nullable === true,
      source: raw.source ?? inheritedSource,
    };
    const constraints = pickConstraints(raw);
    const base = { meta, constraints, loc };

    if (raw.oneOf) {
      const variants = raw.oneOf.map((v, i) => this.type(v, [...at, 'oneOf', i], meta.source));
      return { ...base, kind: 'union', variants, discriminator: raw.discriminator };
    }
    if (raw.enum) {
      const values = raw.enum.map((v): EnumValue =>
        typeof v === 'string'
          ? { value: v }
          : { value: v.value, description: v.description, deprecated: deprecation(v.deprecated) },
      );
      return { ...base, kind: 'enum', values };
    }
    if (raw.const !== undefined) return { ...base, kind: 'literal', value: raw.const };
    if (raw.fields !== undefined || raw.type === 'object' || raw.extends !== undefined) {
      const fields = this.fields(raw.fields, [...at, 'fields'], meta.source);
      if (raw.extends === undefined) return { ...base, kind: 'object', fields };
      const names = typeof raw.extends === 'string' ? [raw.extends] : raw.extends;
      const bases = names.map((name, i) => ({
        name,
        loc: this.loc(typeof raw.extends === 'string' ? [...at, 'extends'] : [...at, 'extends', i]),
      }));
      // The node's list starts as its own fields; inheritFields puts the inherited ones in.
      const node = { ...base, kind: 'object' as const, fields: [...fields], extends: bases };
      this.extending.push({ node, own: fields, fields: node.fields });
      return node;
    }
    if (raw.type === 'array' || raw.type === 'map') {
      const key = raw.type === 'array' ? 'items' : 'values';
      const inner = raw[key];
      if (!inner) {
        this.report(at, 'SPEC_FORMAT', `type ${raw.type} needs "${key}"`);
        return { ...base, kind: 'primitive', name: 'unknown' };
      }
      const node = this.type(inner, [...at, key], meta.source);
      return raw.type === 'array' ? { ...base, kind: 'array', items: node } : { ...base, kind: 'map', values: node };
    }
    if (raw.type === undefined) {
      this.report(at, 'SPEC_FORMAT', 'a type needs one of "type", "fields", "enum", "const" or "oneOf"');
      return { ...base, kind: 'primitive', name: 'unknown' };
    }
    const expr = parseTypeExpr(raw.type);
    if (typeof expr === 'string') {
      this.report([...at, 'type'], 'SPEC_FORMAT', expr);
      return { ...base, kind: 'primitive', name: 'unknown' };
    }
    // Point at the expression itself, whether it was written `Rule` or `{ type: Rule }`.
    return fromExpr(expr, { ...base, loc: this.loc([...at, 'type']) }, raw);
  }
}

/** The outermost node carries the spec's meta and constraints; inner nodes are bare. */
function fromExpr(expr: TypeExpr, base: Pick<TypeNode, 'meta' | 'constraints' | 'loc'>, raw: RawType): TypeNode {
  const bare = { meta: { nullable: false }, constraints: {}, loc: base.loc };
  switch (expr.kind) {
    case 'primitive':
      return { ...base, kind: 'primitive', name: expr.name, format: raw.format };
    case 'ref':
      return { ...base, kind: 'ref', name: expr.name };
    case 'array':
      return { ...base, kind: 'array', items: fromExpr(expr.items, bare, {}) };
    case 'map':
      return { ...base, kind: 'map', values: fromExpr(expr.values, bare, {}) };
  }
}

function pickConstraints(raw: RawType): Constraints {
  const { minLength, maxLength, pattern, minimum, maximum, minItems, maxItems } = raw;
  return Object.fromEntries(
    Object.entries({ minLength, maxLength, pattern, minimum, maximum, minItems, maxItems }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}

function deprecation(value: boolean | string | undefined): true | string | undefined {
  return value === true || (typeof value === 'string' && value.length > 0) ? value : undefined;
}

/** `GET /path` into its verb and path; validate has checked the form against the spec format. */
function splitHttp(http: string): { verb: HttpMethod; path: string } {
  const space = http.indexOf(' ');
  const verb = HTTP_METHODS.find((method) => method === http.slice(0, space));
  if (!verb) throw new Error(`not a "VERB /path": ${http}`);
  return { verb, path: http.slice(space + 1) };
}
