/**
 * The data of the documentation pages, for both doc targets (markdown and the HTML site).
 * A `DocStyle` says how inline code, links and text are written; the templates lay pages out.
 */
import path from 'node:path';
import { shapeText } from '../api-description.js';
import { paramFields, scopeKeys } from '../ir-walk.js';
import type { Endpoint, Field, Model, Resource, Spec, SpecModule, TypeNode } from '../ir.js';
import { anchors, docsPageFile, endpointPlan, type Plan } from '../plan.js';
import { methodExamples } from './doc-examples.js';
import type { Language } from './highlight.js';
import { CALL_KINDS, errorClasses, isRetriedLikeGet, retryTable, RETRY_LIMITS } from './runtime-facts.js';

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
  /** A block of code, highlighted where the target can show it. */
  codeBlock(code: string, language: Language): string;
  /** Short tokens (constraints, enum values), each its own chip. */
  chips(items: readonly string[]): string;
  /** A path or dotted name as code that may wrap at its separators. */
  breakableCode(text: string): string;
}

const SCOPE_TEXT = {
  account_or_zone: 'Give exactly one of `account_id` or `zone_id` in the params object.',
  account: 'Give `account_id` in the params object.',
  zone: 'Give `zone_id` in the params object.',
  none: '',
} as const;


/** Page stem below the docs root: `zero-trust/access/groups`, `models/shared/access-rules`. */
export const pageStem = (plan: Plan, module: string): string => plan.modules.get(module)!.docsStem;

/** The modules that have a page, in spec order. */
export const documentedModules = (plan: Plan) => plan.spec.modules.filter((m) => plan.modules.has(m.name));

export class DocPages {
  private readonly spec: Spec;

  constructor(
    private readonly plan: Plan,
    private readonly style: DocStyle,
  ) {
    this.spec = plan.spec;
  }

  file(stem: string): string {
    return docsPageFile(this.style.root, stem, this.style.ext);
  }

  /** Every page of a module: its resource's methods and its models. */
  page(module: SpecModule) {
    const stem = pageStem(this.plan, module.name);
    const render = new PageRenderer(this.plan, this.style, stem);
    const resource = module.resource;
    return {
      stem,
      index: `${path.posix.relative(path.posix.dirname(stem), 'index')}${this.style.ext}`,
      title: resource?.title ?? `Models: ${module.name}`,
      description: resource?.description && this.style.text(resource.description),
      client: resource && `client.${resource.path.join('.')}`,
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
      resources: spec.resources.map((r) => ({
        title: r.title,
        link: link(pageStem(this.plan, r.module)),
        client: `client.${r.path.join('.')}`,
        methods: r.endpoints.map((e) => ({
          name: e.name,
          link: `${link(pageStem(this.plan, r.module))}#${anchors.method(e.name)}`,
        })),
      })),
      errors: errorClasses().map((c) => ({
        ...c,
        anchor: anchors.error(c.name),
        meaning: this.style.text(c.meaning),
        statuses: c.statuses.join(', '),
      })),
      callKinds: CALL_KINDS.map((k) => this.style.text(k.label)),
      retries: retryTable().map((row) => ({
        label: this.style.text(row.label),
        retried: row.retried.map((r) => ({ retried: r, text: r ? 'retried' : 'not retried' })),
      })),
      retryLimits: RETRY_LIMITS,
      modelPages: documentedModules(this.plan)
        .filter((m) => !m.resource)
        .map((m) => ({ title: m.name, link: link(pageStem(this.plan, m.name)), models: m.models.map((x) => x.name) })),
    };
  }
}

class PageRenderer {
  private readonly spec: Spec;

  constructor(
    private readonly plan: Plan,
    private readonly style: DocStyle,
    private readonly stem: string,
  ) {
    this.spec = plan.spec;
  }

  method(resource: Resource, e: Endpoint) {
    const s = this.style;
    const planned = endpointPlan(this.plan, e);
    const positional = planned.positional;
    const required = paramFields(e)
      .filter((f) => f.required)
      .map((f) => f.name);
    // An account-or-zone call is shown with account_id, the first of the two.
    const scope = scopeKeys(e.scope).slice(0, 1);
    const paramsArg = scope.length + required.length > 0 ? `{ ${[...scope, ...required].join(', ')} }` : '';
    const signature = `client.${resource.path.join('.')}.${e.name}(${[...positional, paramsArg].filter(Boolean).join(', ')})`;
    const anchor = anchors.method(e.name);
    const examples = methodExamples(this.plan, resource, e);
    const callKind = CALL_KINDS.find((k) => !k.optIn && isRetriedLikeGet(k.method) === isRetriedLikeGet(e.method))!;
    return {
      name: e.name,
      id: e.id,
      anchor,
      title: e.title ?? e.name,
      description: e.description && s.text(e.description),
      deprecated: e.deprecated === true ? 'This method is deprecated.' : e.deprecated,
      method: e.method,
      path: e.path,
      pathCode: s.breakableCode(e.path),
      signature,
      signatureCode: s.breakableCode(signature),
      examples: examples.variants.map((v) => ({
        ...v,
        ts: s.codeBlock(v.ts, 'ts'),
        curl: s.codeBlock(v.curl, 'sh'),
        tsSource: v.ts,
      })),
      response: s.codeBlock(JSON.stringify(examples.response, null, 2), 'json'),
      scope: s.text(SCOPE_TEXT[e.scope]),
      positional: e.pathParams.map((p, i) => ({
        ...this.field(p, anchor),
        name: planned.positional[i]!,
      })),
      paramsType: planned.paramsType,
      params: paramFields(e).flatMap((f) => this.rows(f, anchor)),
      bodyType: e.body?.kind === 'type' ? this.type(e.body.type) : undefined,
      returns: e.response ? this.type(e.response) : s.code('unknown'),
      pagination: e.pagination?.name,
      retries: s.text(callKind.label),
    };
  }

  model(model: Model) {
    const type = model.type;
    const anchor = anchors.model(model.name);
    return {
      name: model.name,
      anchor,
      description: this.style.text(type.meta.description ?? ''),
      deprecated: type.meta.deprecated === true ? 'This model is deprecated.' : type.meta.deprecated,
      fields: type.kind === 'object' ? type.fields.flatMap((f) => this.rows(f, anchor)) : [],
      variants: type.kind === 'union' ? type.variants.map((v) => this.type(v)) : [],
      discriminator: type.kind === 'union' ? type.discriminator : undefined,
      values: type.kind === 'enum' ? this.style.chips(type.values.map((v) => v.value)) : undefined,
      rawValues: type.kind === 'enum' ? type.values.map((v) => v.value) : [],
      alias: type.kind === 'object' || type.kind === 'union' || type.kind === 'enum' ? undefined : this.type(type),
    };
  }

  /** A field's row, then rows for the fields of an inline object, named `parent.child`. */
  private rows(field: Field, owner: string, prefix = ''): ReturnType<PageRenderer['field']>[] {
    const name = `${prefix}${field.name}`;
    const row = { ...this.field(field, owner, name), name };
    const inner = field.type.kind === 'array' ? field.type.items : field.type;
    const nested =
      inner.kind === 'object'
        ? inner.fields.flatMap((f) => this.rows(f, owner, `${name}${field.type.kind === 'array' ? '[]' : ''}.`))
        : [];
    return [row, ...nested];
  }

  private field(field: Field, owner: string, path = field.name) {
    const { meta, constraints } = field.type;
    const s = this.style;
    const chips: string[] = [];
    if (field.type.kind === 'primitive' && field.type.format) chips.push(`format: ${field.type.format}`);
    for (const [key, value] of Object.entries(constraints)) chips.push(`${key}: ${String(value)}`);
    if (meta.default !== undefined) chips.push(`default: ${JSON.stringify(meta.default)}`);
    if (field.readOnly) chips.push('read-only');
    if (field.wireName) chips.push(`sent as ${field.wireName}`);
    if (field.documentedAs) chips.push(`documented as ${field.documentedAs}`);
    if (field.optionalInResponses) chips.push('optional in responses');
    if (field.responseType) chips.push(`in responses: ${shapeText(field.responseType)}`);
    const values =
      field.type.kind === 'enum'
        ? field.type.values
        : field.type.kind === 'array' && field.type.items.kind === 'enum'
          ? field.type.items.values
          : [];
    const deprecated = meta.deprecated
      ? s.text(sentence(`**Deprecated**${meta.deprecated === true ? '' : `: ${meta.deprecated}`}`))
      : undefined;
    return {
      name: field.name,
      anchor: anchors.field(owner, path),
      type: this.type(field.type),
      required: field.required,
      deprecated,
      description: meta.description ? s.text(meta.description) : '',
      chips: chips.length > 0 ? s.chips(chips) : undefined,
      values: values.length > 0 ? s.chips(values.map((v) => v.value)) : undefined,
      rawValues: values.map((v) => v.value),
      rawDescription: meta.description ?? '',
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
    const target = pageStem(this.plan, model.module);
    const file = target === this.stem ? '' : `${path.posix.relative(path.posix.dirname(this.stem), target)}${s.ext}`;
    return s.link(s.code(name), `${file}#${anchors.model(name)}`);
  }
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
