/**
 * The plan of the output, computed once from the checked IR: every file the generation writes and
 * the target that writes it, every declared name and its file, the client tree, the request
 * variants and the docs pages. Emitters read it and decide no name or path of their own; the
 * rules it applies live in layout.ts (files, classes, paths) and names.ts (spelling).
 *
 * The plan is plain data (maps, arrays, records), so that it crosses to the code thread as one
 * structured clone, which keeps the IR objects it points at shared.
 */
import { paramFields, requestVariants } from './ir-walk.js';
import type { Endpoint as RuntimeEndpoint } from './runtime/endpoint.js';
import type { Endpoint, Resource, Spec, SpecModule } from './ir.js';
import * as layout from './layout.js';
import { pascalCase, positionalName } from './names.js';

export { anchors, distPath, importPath, OPENAPI_SCHEMAS, walkClientTree, type ClientNode } from './layout.js';

/** What writes a file: one emitter each, or a file copied as it is. */
export type Target =
  'types' | 'schemas' | 'client' | 'package' | 'mock' | 'copied' | 'docs' | 'site' | 'api-json' | 'openapi';

/** A spec module that declares something: its types and schemas files and its docs page. */
export interface ModulePlan {
  readonly name: string;
  readonly typesFile: string;
  readonly schemasFile: string;
  /** Page below the docs roots, without extension: `zero-trust/access/groups`, `models/shared`. */
  readonly docsStem: string;
}

export interface ModelPlan {
  readonly name: string;
  readonly module: string;
  readonly typesFile: string;
  readonly schemasFile: string;
  readonly schema: string;
  /** The request form, for a model with readOnly fields reachable from a request. */
  readonly request?: { readonly name: string; readonly schema: string };
}

export interface EndpointPlan {
  /** The params type (declared in the resource's types file) and its schema (in its schemas file). */
  readonly paramsType: string;
  readonly paramsSchema: string;
  readonly typesFile: string;
  readonly schemasFile: string;
  /** The method's positional arguments, one per path parameter: `groupID`. */
  readonly positional: readonly string[];
  /** The OpenAPI operation of the endpoint; one per scope for a method that calls two paths. */
  readonly operationId: string;
  readonly docsStem: string;
  /** What the runtime is told of the endpoint: only what it needs to send the request. */
  readonly runtime: RuntimeEndpoint;
}

export interface Plan {
  readonly spec: Spec;
  /** Package-relative path -> what writes it; sorted by path. Everything `generate` writes but dist/. */
  readonly files: ReadonlyMap<string, Target>;
  /** Spec modules that declare something, in spec order. */
  readonly modules: ReadonlyMap<string, ModulePlan>;
  readonly models: ReadonlyMap<string, ModelPlan>;
  /** By endpoint id. */
  readonly endpoints: ReadonlyMap<string, EndpointPlan>;
  readonly clientTree: layout.ClientNode;
  /** The package's commands (`bin`): command -> the source file it runs. */
  readonly commands: ReadonlyMap<string, string>;
  readonly mockCommand: string;
  /** Files and folders of fixed names. */
  readonly paths: typeof PATHS;
}

export const PATHS = {
  api: layout.API_FILE,
  client: layout.CLIENT_FILE,
  index: layout.INDEX_FILE,
  nodeIndex: layout.NODE_FILE,
  requireEntry: layout.REQUIRE_ENTRY,
  requireNodeEntry: layout.REQUIRE_NODE_ENTRY,
  runtimeIndex: layout.runtimeFile('index'),
  runtimePlatform: layout.runtimeFile('platform'),
  runtimeUndici: layout.runtimeFile('transport-undici'),
  runtimePartialClient: layout.runtimeFile('partial-client'),
  runtimeResource: layout.runtimeFile('resource'),
  treeShakable: layout.TREE_SHAKABLE_FILE,
  treeShakableNode: layout.TREE_SHAKABLE_NODE_FILE,
  useUndici: layout.USE_UNDICI_FILE,
  resourcesDir: layout.RESOURCES_DIR,
  typesIndex: layout.TYPES_INDEX_FILE,
  schemasIndex: layout.SCHEMAS_INDEX_FILE,
  endpointSchemas: layout.ENDPOINT_SCHEMAS_FILE,
  mockRoutes: layout.MOCK_ROUTES_FILE,
  mockIndex: layout.MOCK_INDEX_FILE,
  mockCli: layout.MOCK_CLI_FILE,
  mockRoute: layout.mockFile('route'),
  mockServer: layout.mockFile('server'),
  mockCommand: layout.mockFile('command'),
  mockFaults: layout.mockFile('faults'),
  mockStore: layout.mockFile('store'),
  manifest: layout.MANIFEST_FILE,
  tsconfig: layout.TSCONFIG_FILE,
  readme: layout.PACKAGE_README_FILE,
  license: layout.LICENSE_FILE,
  apiJson: layout.API_JSON_FILE,
  openApi: layout.OPENAPI_FILE,
  sourceRoot: layout.SOURCE_ROOT,
  distRoot: layout.DIST_ROOT,
  docsRoot: layout.DOCS_ROOT,
  siteRoot: layout.SITE_ROOT,
  siteAssets: layout.SITE_ASSETS,
  searchIndex: layout.SEARCH_INDEX_FILE,
} as const;

/** `copied`: package paths of the hand-written files shipped as they are (runtime, mock server, license). */
export function makePlan(spec: Spec, copied: Iterable<string>): Plan {
  const modules = new Map<string, ModulePlan>();
  for (const module of spec.modules) {
    if (module.models.length === 0 && !module.resource) continue;
    modules.set(module.name, {
      name: module.name,
      typesFile: layout.typesFile(module.name),
      schemasFile: layout.schemasFile(module.name),
      docsStem: docsStem(module),
    });
  }

  const variants = requestVariants(spec);
  const models = new Map<string, ModelPlan>();
  for (const model of spec.models.values()) {
    const request = variants.has(model.name) ? layout.requestTypeName(model.name) : undefined;
    models.set(model.name, {
      name: model.name,
      module: model.module,
      typesFile: layout.typesFile(model.module),
      schemasFile: layout.schemasFile(model.module),
      schema: layout.schemaName(model.name),
      ...(request && { request: { name: request, schema: layout.schemaName(request) } }),
    });
  }

  const endpoints = new Map<string, EndpointPlan>();
  for (const resource of spec.resources) {
    for (const e of resource.endpoints) {
      endpoints.set(e.id, {
        paramsType: e.paramsType,
        paramsSchema: layout.schemaName(e.paramsType),
        typesFile: layout.typesFile(resource.module),
        schemasFile: layout.schemasFile(resource.module),
        positional: e.pathParams.map((p) => positionalName(p.name)),
        operationId: operationId(e),
        docsStem: resourceStem(resource),
        runtime: runtimeEndpoint(spec, e),
      });
    }
  }

  const clientTree = layout.clientTree(spec);
  const commands = layout.packageCommands(spec.api.package.name);
  return {
    spec,
    files: outputFiles(modules, clientTree, copied),
    modules,
    models,
    endpoints,
    clientTree,
    commands,
    mockCommand: layout.mockCommand(spec.api.package.name),
    paths: PATHS,
  };
}

/** A model's TypeScript type, or its request form when asked for one and it has one. */
export function typeRef(plan: Plan, model: string, mode: 'request' | 'response'): { name: string; file: string } {
  const m = plan.models.get(model)!;
  return { name: (mode === 'request' && m.request?.name) || m.name, file: m.typesFile };
}

/** A model's zod schema, or the schema of its request form when asked for one and it has one. */
export function schemaRef(plan: Plan, model: string, mode: 'request' | 'response'): { name: string; file: string } {
  const m = plan.models.get(model)!;
  return { name: (mode === 'request' && m.request?.schema) || m.schema, file: m.schemasFile };
}

export function endpointPlan(plan: Plan, e: Endpoint): EndpointPlan {
  return plan.endpoints.get(e.id)!;
}

export function modulePlan(plan: Plan, module: string): ModulePlan {
  return plan.modules.get(module)!;
}

/** A docs page's file below the package: `docs/zero-trust/access/groups.md`. */
export function docsPageFile(root: string, stem: string, ext: string): string {
  return `${root}/${stem}${ext}`;
}

/**
 * `zeroTrust.access.groups.list` -> `zeroTrustAccessGroupsList`; a method that calls two paths
 * (an account or a zone) has one operation for each: `…ListForAccount`, `…ListForZone`.
 */
export function scopedOperationId(plan: Plan, e: Endpoint, scope: string | undefined): string {
  const base = endpointPlan(plan, e).operationId;
  return scope ? `${base}For${pascalCase(scope)}` : base;
}

/** The runtime's view of an endpoint. */
export function runtimeEndpoint(spec: Spec, e: Endpoint): RuntimeEndpoint {
  // Pagination parameters are left out: the runtime sends them, as it is the one that moves between pages.
  const query = e.query.map((f) => f.name);
  const body = e.body?.kind === 'param' ? { param: e.body.field.name } : e.body ? 'params' : undefined;
  const wireNames = paramFields(e).filter((f) => f.wireName !== undefined);
  return {
    id: e.id,
    method: e.method,
    path: e.path,
    pathParams: e.pathParams.length > 0 ? e.pathParams.map((p) => p.name) : undefined,
    query: query.length > 0 ? query : undefined,
    body,
    wireNames: wireNames.length > 0 ? Object.fromEntries(wireNames.map((f) => [f.name, f.wireName!])) : undefined,
    pagination: e.pagination?.style,
    unwrap: e.unwrap === spec.api.envelope.unwrap ? undefined : e.unwrap,
  };
}

function operationId(e: Endpoint): string {
  const [first, ...rest] = e.id.split('.');
  return [first, ...rest.map(pascalCase)].join('');
}

function resourceStem(resource: Resource): string {
  return layout.resourcePath(resource.path);
}

function docsStem(module: SpecModule): string {
  return module.resource ? resourceStem(module.resource) : `${layout.MODELS_DOCS_DIR}/${module.name}`;
}

function outputFiles(
  modules: ReadonlyMap<string, ModulePlan>,
  clientTree: layout.ClientNode,
  copied: Iterable<string>,
): Map<string, Target> {
  const files: [string, Target][] = [];
  const add = (target: Target, ...paths: string[]) => paths.forEach((p) => files.push([p, target]));
  add('types', PATHS.typesIndex, ...[...modules.values()].map((m) => m.typesFile));
  add('schemas', PATHS.schemasIndex, PATHS.endpointSchemas, ...[...modules.values()].map((m) => m.schemasFile));
  layout.walkClientTree(clientTree, (node) =>
    add('client', node.file, ...(node.folder ? [node.folder.reexport, node.folder.index] : [])),
  );
  add(
    'package',
    PATHS.api,
    PATHS.index,
    PATHS.nodeIndex,
    PATHS.useUndici,
    PATHS.treeShakable,
    PATHS.treeShakableNode,
    PATHS.requireEntry,
    PATHS.requireNodeEntry,
    PATHS.manifest,
    PATHS.tsconfig,
  );
  add('mock', PATHS.mockRoutes, PATHS.mockIndex, PATHS.mockCli);
  add('copied', ...copied);
  const stems = [...[...modules.values()].map((m) => m.docsStem), 'index'];
  add('docs', PATHS.readme, ...stems.map((stem) => docsPageFile(PATHS.docsRoot, stem, '.md')));
  add('site', PATHS.searchIndex, ...PATHS.siteAssets.map((a) => `${PATHS.siteRoot}/${a}`));
  add('site', ...stems.map((stem) => docsPageFile(PATHS.siteRoot, stem, '.html')));
  add('api-json', PATHS.apiJson);
  add('openapi', PATHS.openApi);
  const byPath = new Map<string, Target>();
  for (const [file, target] of files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const other = byPath.get(file);
    if (other) throw new Error(`the plan has ${file} written by both the ${other} and the ${target} target`);
    byPath.set(file, target);
  }
  return byPath;
}
