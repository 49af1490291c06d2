/**
 * The data of the documentation pages, for both doc targets (markdown and the HTML site).
 * A `DocStyle` says how inline code, links and text are written; the templates lay pages out.
 */
import path from 'node:path';
import { coverage } from '../coverage.js';
import { tsString } from '../escape.js';
import { exampleOf, objectExample } from '../examples.js';
import { shapeText } from '../api-description.js';
import { paramFields, paramsArity, scopeKeys } from '../ir-walk.js';
import type { Endpoint, Field, Model, Resource, Spec, SpecModule, TypeNode } from '../ir.js';
import { kebabCase, positionalName, propertyName } from '../names.js';

export interface DocStyle {
  /** File extension of a page: `.md`, `.html`. */
  readonly ext: string;
  /** Folder of the pages below the package: `docs`, `docs/site`. */
  readonly root: string;
  code(text: string): string;
  /** `text` is already styled. */
  link(text: string, href: string): string;
  /** Separator between the members of a union. */
  readonly or: string;
  /** Literal text, such as `map<`. */
  escape(text: string): string;
  /** Prose from the spec (may hold `code` and **bold**), fit for a table cell or a paragraph. */
  text(prose: string): string;
  anchor(kind: 'method' | 'model', name: string): string;
}

const SCOPE_TEXT = {
  account_or_zone: 'Give exactly one of `account_id` or `zone_id` in the params object.',
  account: 'Give `account_id` in the params object.',
  zone: 'Give `zone_id` in the params object.',
  none: '',
} as const;

const EXAMPLE_SCOPE = { account_id: '023e105f4ecef8ad9ca31a8372d0c353', zone_id: '023e105f4ecef8ad9ca31a8372d0c353' };
const EXAMPLE_ID = '699d9864-2c56-4d2e-855e-9661899b7252';

const RETRY_TEXT = {
  retried: 'Retried on 408, 429, 5xx, connection errors and timeouts (`maxRetries`, default 2).',
  notRetried:
    'Not retried after a 5xx or a timeout, since the API may have acted on it; retried on 429 and when the connection never opened. `{ retryNonIdempotent: true }` opts in.',
};

/** Page stem below the docs root: `zero-trust/access/groups`, `models/shared/access-rules`. */
export function pageStem(module: SpecModule): string {
  return module.resource ? resourceStem(module.resource) : `models/${module.name}`;
}

export const resourceStem = (resource: Resource) => resource.path.map(kebabCase).join('/');

export const documentedModules = (spec: Spec) => spec.modules.filter((m) => m.models.length > 0 || m.resource);

export class DocPages {
  constructor(
    private readonly spec: Spec,
    private readonly style: DocStyle,
  ) {}

  file(stem: string): string {
    return `${this.style.root}/${stem}${this.style.ext}`;
  }

  /** Every page of a module: its resource's methods and its models. */
  page(module: SpecModule) {
    const render = new PageRenderer(this.spec, this.style, pageStem(module), module.source);

    const resource = module.resource;
    const stem = pageStem(module);
    return {
      index: `${path.posix.relative(path.posix.dirname(stem), 'index')}${this.style.ext}`,
      title: resource?.title ?? `Models: ${module.name}`,
      description: resource?.description && this.style.text(resource.description),
      client: resource && `client.${resource.path.join('.')}`,
      source: module.source,
      methods: resource?.endpoints.map((e) => render.method(resource, e)) ?? [],
      models: module.models.map((m) => render.model(m)),
    };
  }

  index() {
    const spec = this.spec;
    const link = (stem: string) => `${stem}${this.style.ext}`;
    return {
      title: spec.api.title,
      description: spec.api.description,
      baseURL: spec.api.baseURL,
      auth: spec.api.auth,
      coverage: coverage(spec),
      resources: spec.resources.map((r) => ({
        title: r.title,
        link: link(resourceStem(r)),
        client: `client.${r.path.join('.')}`,
        methods: r.endpoints.map((e) => ({
          name: e.name,
          link: `${link(resourceStem(r))}#${this.style.anchor('method', e.name)}`,
        })),
      })),
      modelPages: documentedModules(spec)
        .filter((m) => !m.resource)
        .map((m) => ({ title: m.name, link: link(pageStem(m)), models: m.models.map((x) => x.name) })),
    };
  }
}

class PageRenderer {
  constructor(
    private readonly spec: Spec,
    private readonly style: DocStyle,
    private readonly stem: string,
    /** Facts from another source than the page's are marked. */
    private readonly pageSource?: string,
  ) {}

  method(resource: Resource, e: Endpoint) {
    const s = this.style;
    const positional = e.pathParams.map((p) => positionalName(p.name));
    const required = paramFields(e)
      .filter((f) => f.required)
      .map((f) => f.name);
    // An account-or-zone call is shown with account_id, the first of the two.
    const scope = scopeKeys(e.scope).slice(0, 1);
    const paramsArg = scope.length + required.length > 0 ? `{ ${[...scope, ...required].join(', ')} }` : '';
    const signature = `client.${resource.path.join('.')}.${e.name}(${[...positional, paramsArg].filter(Boolean).join(', ')})`;
    const idempotent = e.method === 'GET' || e.method === 'PUT' || e.method === 'DELETE';
    return {
      name: e.name,
      id: e.id,
      anchor: s.anchor('method', e.name),
      title: e.title ?? e.name,
      description: e.description && s.text(e.description),
      deprecated: e.deprecated === true ? 'This method is deprecated.' : e.deprecated,
      method: e.method,
      path: e.path,
      source: e.source !== this.pageSource ? e.source : undefined,
      signature,
      example: this.example(resource, e),
      responseExample: JSON.stringify(this.responseExample(e), null, 2),
      scope: s.text(SCOPE_TEXT[e.scope]),
      positional: e.pathParams.map((p) => ({ ...this.field(p), name: positionalName(p.name) })),
      paramsType: e.paramsType,
      params: paramFields(e).flatMap((f) => this.rows(f)),
      bodyType: e.body?.kind === 'type' ? this.type(e.body.type) : undefined,
      returns: e.response ? this.type(e.response) : s.code('unknown'),
      pagination: e.pagination?.name,
      retries: s.text(idempotent ? RETRY_TEXT.retried : RETRY_TEXT.notRetried),
    };
  }

  model(model: Model) {
    const type = model.type;
    const source = type.meta.source !== this.pageSource ? type.meta.source : undefined;
    return {
      name: model.name,
      anchor: this.style.anchor('model', model.name),
      description: this.style.text(type.meta.description ?? ''),
      deprecated: type.meta.deprecated === true ? 'This model is deprecated.' : type.meta.deprecated,
      fields: type.kind === 'object' ? type.fields.flatMap((f) => this.rows(f)) : [],
      variants: type.kind === 'union' ? type.variants.map((v) => this.type(v)) : [],
      discriminator: type.kind === 'union' ? type.discriminator : undefined,
      values: type.kind === 'enum' ? type.values.map((v) => v.value) : [],
      alias: type.kind === 'object' || type.kind === 'union' || type.kind === 'enum' ? undefined : this.type(type),
      source,
    };
  }

  /** A complete call with example values; the docs test type-checks every one. */
  private example(resource: Resource, e: Endpoint): string {
    const args: string[] = e.pathParams.map(() => tsString(EXAMPLE_ID));
    if (paramsArity(e) !== 'none') {
      const params: Record<string, unknown> = {};
      for (const key of scopeKeys(e.scope).slice(0, 1)) params[key] = EXAMPLE_SCOPE[key];
      for (const f of [...e.query, ...(e.pagination?.query ?? [])])
        if (f.required) params[f.name] = exampleOf(this.spec, f.type, 'request', 1);
      const body = e.body;
      if (body?.kind === 'fields') Object.assign(params, objectExample(this.spec, body.fields, 'request'));
      if (body?.kind === 'type') Object.assign(params, exampleOf(this.spec, body.type, 'request'));
      if (body?.kind === 'param') params[body.field.name] = exampleOf(this.spec, body.field.type, 'request');
      args.push(tsLiteral(params, ''));
    }
    const call = `client.${resource.path.join('.')}.${e.name}(${args.join(', ')})`;
    return e.pagination
      ? `for await (const item of ${call}) {\n  console.log(item);\n}`
      : `const result = await ${call};\nconsole.log(result);`;
  }

  /** What the call returns; for a list, one item. */
  private responseExample(e: Endpoint): unknown {
    if (e.responseExample !== undefined) return e.responseExample;
    return e.response ? exampleOf(this.spec, e.response, 'response') : null;
  }

  /** A field's row, then rows for the fields of an inline object, named `parent.child`. */
  private rows(field: Field, prefix = ''): ReturnType<PageRenderer['field']>[] {
    const row = { ...this.field(field), name: `${prefix}${field.name}` };
    const inner = field.type.kind === 'array' ? field.type.items : field.type;
    const nested =
      inner.kind === 'object'
        ? inner.fields.flatMap((f) => this.rows(f, `${row.name}${field.type.kind === 'array' ? '[]' : ''}.`))
        : [];
    return [row, ...nested];
  }

  private field(field: Field) {
    const { meta, constraints } = field.type;
    const notes: string[] = [];
    if (field.type.kind === 'primitive' && field.type.format) notes.push(`Format: \`${field.type.format}\`.`);
    for (const [key, value] of Object.entries(constraints)) notes.push(`${key}: \`${String(value)}\`.`);
    const values =
      field.type.kind === 'enum'
        ? field.type.values
        : field.type.kind === 'array' && field.type.items.kind === 'enum'
          ? field.type.items.values
          : [];
    if (values.length > 0) notes.push(`One of: ${values.map((v) => `\`${v.value}\``).join(', ')}.`);
    if (meta.default !== undefined) notes.push(`Default: \`${JSON.stringify(meta.default)}\`.`);
    if (field.readOnly) notes.push('Read-only: returned by the API, not accepted in requests.');
    if (field.wireName) notes.push(`Sent to the API as \`${field.wireName}\`.`);
    if (field.documentedAs) notes.push(`Documented as \`${field.documentedAs}\`.`);
    if (field.responseType) notes.push(`In responses: \`${shapeText(field.responseType)}\`.`);
    if (meta.deprecated)
      notes.push(sentence(`**Deprecated**${meta.deprecated === true ? '' : `: ${meta.deprecated}`}`));
    if (meta.source && meta.source !== this.pageSource) notes.push(`*Source: ${meta.source}.*`);
    return {
      name: field.name,
      type: this.type(field.type),
      required: field.required,
      deprecated: meta.deprecated !== undefined,
      description: this.style.text([meta.description, ...notes].filter(Boolean).join(' ')),
    };
  }

  type(node: TypeNode): string {
    const s = this.style;
    const shape = ((): string => {
      switch (node.kind) {
        case 'primitive':
          return s.code(node.name);
        case 'ref':
          return this.link(node.name);
        case 'literal':
          return s.code(JSON.stringify(node.value));
        case 'enum':
          return s.code('enum');
        case 'object':
          return s.code('object');
        case 'array':
          return `${this.type(node.items)}[]`;
        case 'map':
          return `${s.escape('map<')}${this.type(node.values)}${s.escape('>')}`;
        case 'union':
          return node.variants.map((v) => this.type(v)).join(s.or);
      }
    })();
    return node.meta.nullable ? `${shape}${s.or}${s.code('null')}` : shape;
  }

  private link(name: string): string {
    const s = this.style;
    const model = this.spec.models.get(name);
    if (!model) return s.code(name);
    const target = pageStem(this.spec.modules.find((m) => m.name === model.module)!);
    const file = target === this.stem ? '' : `${path.posix.relative(path.posix.dirname(this.stem), target)}${s.ext}`;
    return s.link(s.code(name), `${file}#${s.anchor('model', name)}`);
  }
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Plain data as a TypeScript literal, indented: keys bare where they can be. */
export function tsLiteral(value: unknown, indent: string): string {
  if (typeof value === 'string') return tsString(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${propertyName(k)}: ${tsLiteral(v, inner)},`).join('\n')}\n${indent}}`;
}
