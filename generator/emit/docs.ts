/** Target: markdown documentation. This module only prepares data; the pages are handlebars templates. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import { coverage } from '../coverage.js';
import { paramFields, scopeKeys } from '../ir-walk.js';
import type { Endpoint, Field, Model, Resource, Spec, SpecModule, TypeNode } from '../ir.js';
import { kebabCase, positionalName } from '../names.js';

const SCOPE_TEXT = {
  account_or_zone: 'Give exactly one of `account_id` or `zone_id` in the params object.',
  account: 'Give `account_id` in the params object.',
  zone: 'Give `zone_id` in the params object.',
  none: '',
} as const;

export const docsPage = (module: SpecModule) =>
  module.resource ? `docs/${module.resource.path.map(kebabCase).join('/')}.md` : `docs/models/${module.name}.md`;

export async function emitDocs(spec: Spec, templatesDir: string): Promise<Map<string, string>> {
  const hbs = Handlebars.create();
  const read = (name: string) => readFile(path.join(templatesDir, name), 'utf8');
  for (const partial of ['method', 'model', 'fields', 'coverage'])
    hbs.registerPartial(partial, await read(`partials/${partial}.md.hbs`));
  const options = { noEscape: true, strict: false };
  const resourcePage = hbs.compile(await read('resource.md.hbs'), options);
  const indexPage = hbs.compile(await read('index.md.hbs'), options);
  const packageReadme = hbs.compile(await read('package-readme.md.hbs'), options);

  const out = new Map<string, string>();
  for (const module of spec.modules) {
    if (module.models.length === 0 && !module.resource) continue;
    const page = docsPage(module);
    const render = new Renderer(spec, page, module.source);
    const resource = module.resource;
    out.set(
      page,
      resourcePage({
        title: resource?.title ?? `Models: ${module.name}`,
        description: resource?.description,
        client: resource && `client.${resource.path.join('.')}`,
        source: module.source,
        methods: resource?.endpoints.map((e) => render.method(resource, e)) ?? [],
        models: module.models.map((m) => render.model(m)),
      }),
    );
  }
  const resources = spec.resources.map((r) => ({
    title: r.title,
    link: docsPage(spec.modules.find((m) => m.resource === r)!).slice('docs/'.length),
    client: `client.${r.path.join('.')}`,
    methods: r.endpoints.map((e) => `\`${e.name}\``).join(', '),
  }));
  out.set(
    'docs/index.md',
    indexPage({
      title: spec.api.title,
      description: spec.api.description,
      baseURL: spec.api.baseURL,
      auth: spec.api.auth,
      resources,
      coverage: coverage(spec),
      modelPages: spec.modules
        .filter((m) => !m.resource && m.models.length > 0)
        .map((m) => ({ title: m.name, link: docsPage(m).slice('docs/'.length), models: m.models.map((x) => x.name) })),
    }),
  );
  const example = new Renderer(spec, 'README.md', undefined);
  out.set(
    'README.md',
    packageReadme({
      name: spec.api.package.name,
      description: spec.api.package.description ?? spec.api.title,
      auth: spec.api.auth[0],
      resources,
      examples: spec.resources.map((r) => example.method(r, r.endpoints[0]!).call),
    }),
  );
  return out;
}

class Renderer {
  constructor(
    private readonly spec: Spec,
    private readonly page: string,
    /** Facts from another source than the page's are marked. */
    private readonly pageSource?: string,
  ) {}

  method(resource: Resource, e: Endpoint) {
    const positional = e.pathParams.map((p) => positionalName(p.name));
    const required = paramFields(e)
      .filter((f) => f.required)
      .map((f) => f.name);
    // An account-or-zone call is shown with account_id, the first of the two.
    const scope = scopeKeys(e.scope).slice(0, 1);
    const paramsArg = scope.length + required.length > 0 ? `{ ${[...scope, ...required].join(', ')} }` : '';
    const args = [...positional, paramsArg].filter(Boolean).join(', ');
    const callee = `client.${resource.path.join('.')}.${e.name}(${args})`;
    const body = e.body;
    return {
      name: e.name,
      anchor: e.name.toLowerCase(),
      title: e.title ?? e.name,
      description: e.description,
      deprecated: e.deprecated === true ? 'This method is deprecated.' : e.deprecated,
      method: e.method,
      path: e.path,
      source: e.source !== this.pageSource ? e.source : undefined,
      call: e.pagination
        ? `for await (const item of ${callee}) {\n  console.log(item);\n}`
        : `const result = await ${callee};`,
      scope: SCOPE_TEXT[e.scope],
      positional: e.pathParams.map((p) => ({ ...this.field(p), name: positionalName(p.name) })),
      paramsType: e.paramsType,
      params: paramFields(e).flatMap((f) => this.rows(f)),
      bodyType: body?.kind === 'type' ? this.type(body.type) : undefined,
      returns: e.response ? this.type(e.response) : '`unknown`',
      pagination: e.pagination?.name,
    };
  }

  model(model: Model) {
    const type = model.type;
    const source = type.meta.source !== this.pageSource ? type.meta.source : undefined;
    return {
      name: model.name,
      description: cell(type.meta.description ?? ''),
      deprecated: type.meta.deprecated === true ? 'This model is deprecated.' : type.meta.deprecated,
      fields: type.kind === 'object' ? type.fields.flatMap((f) => this.rows(f)) : [],
      variants: type.kind === 'union' ? type.variants.map((v) => this.type(v)) : [],
      discriminator: type.kind === 'union' ? type.discriminator : undefined,
      values: type.kind === 'enum' ? type.values.map((v) => v.value) : [],
      alias: type.kind === 'object' || type.kind === 'union' || type.kind === 'enum' ? undefined : this.type(type),
      source,
    };
  }

  /** A field's row, then rows for the fields of an inline object, named `parent.child`. */
  private rows(field: Field, prefix = ''): ReturnType<Renderer['field']>[] {
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
    if (meta.deprecated)
      notes.push(sentence(`**Deprecated**${meta.deprecated === true ? '' : `: ${meta.deprecated}`}`));
    if (meta.source && meta.source !== this.pageSource) notes.push(`*Source: ${meta.source}.*`);
    return {
      name: field.name,
      type: this.type(field.type),
      required: field.required,
      description: cell([meta.description, ...notes].filter(Boolean).join(' ')),
    };
  }

  type(node: TypeNode): string {
    const shape = ((): string => {
      switch (node.kind) {
        case 'primitive':
          return `\`${node.name}\``;
        case 'ref':
          return this.link(node.name);
        case 'literal':
          return `\`${JSON.stringify(node.value)}\``;
        case 'enum':
          return '`enum`';
        case 'object':
          return '`object`';
        case 'array':
          return `${this.type(node.items)}[]`;
        case 'map':
          return `map<${this.type(node.values)}>`;
        case 'union':
          return node.variants.map((v) => this.type(v)).join(' \\| ');
      }
    })();
    return node.meta.nullable ? `${shape} \\| \`null\`` : shape;
  }

  private link(name: string): string {
    const model = this.spec.models.get(name);
    if (!model) return `\`${name}\``;
    const target = docsPage(this.spec.modules.find((m) => m.name === model.module)!);
    const file = target === this.page ? '' : path.posix.relative(path.posix.dirname(this.page), target);
    return `[${name}](${file}#${name.toLowerCase()})`;
  }
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Text that must fit in one markdown table cell. */
function cell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
