/** The one place that decides which generated file holds what, what classes are called, and import paths. */
import path from 'node:path';
import { anchorId } from './escape.js';
import type { Resource, Spec } from './ir.js';
import { className, kebabCase, pascalCase } from './names.js';

export const typesFile = (module: string) => `src/types/${module}.ts`;
export const schemasFile = (module: string) => `src/schemas/${module}.ts`;
export const runtimeFile = (name: string) => `src/runtime/${name}.ts`;
export const mockFile = (name: string) => `src/mock/${name}.ts`;
export const MOCK_ROUTES_FILE = mockFile('routes');
export const MOCK_INDEX_FILE = mockFile('index');
export const MOCK_CLI_FILE = mockFile('cli');
export const OPENAPI_FILE = 'openapi.json';
/** Schemas of the OpenAPI document besides the models: the envelope's parts (the others are runtime exports too). */
export const OPENAPI_SCHEMAS = {
  errorDetail: 'ApiErrorDetail',
  resultInfo: 'ResultInfo',
  failure: 'ApiFailure',
} as const;
export const CLIENT_FILE = 'src/client.ts';
/** The portable entry module (the one for Node is NODE_FILE). */
export const INDEX_FILE = 'src/index.ts';
/** What require() loads: the client class with every export on it (portable, and for Node). */
export const REQUIRE_ENTRY = 'src/require.cts';
export const REQUIRE_NODE_ENTRY = 'src/require-node.cts';
export const TYPES_INDEX_FILE = 'src/types/index.ts';
export const MANIFEST_FILE = 'package.json';
export const TSCONFIG_FILE = 'tsconfig.json';
export const PACKAGE_README_FILE = 'README.md';
export const API_JSON_FILE = 'api.json';
/** The markdown docs, and the HTML site with its assets (copied from templates/site). */
export const DOCS_ROOT = 'docs';
export const SITE_ROOT = 'docs/site';
export const SITE_ASSETS = ['site.css', 'site.js'] as const;
export const SEARCH_INDEX_FILE = `${SITE_ROOT}/search-index.js`;
/** The docs folder of the pages of modules that have models and no resource. */
export const MODELS_DOCS_DIR = 'models';
export const API_FILE = 'src/api.ts';
export const ENDPOINT_SCHEMAS_FILE = 'src/schemas/endpoints.ts';
export const SCHEMAS_INDEX_FILE = 'src/schemas/index.ts';
/** The package's sources (the tsconfig's rootDir) and where the build puts them (its outDir). */
export const SOURCE_ROOT = 'src';
export const DIST_ROOT = 'dist';
/**
 * Where the package's CommonJS build goes, below dist/. The folder has a package.json of its own
 * (COMMONJS_MANIFEST_FILE) that makes its `.js` files CommonJS, so the build's modules keep their
 * names and the relative specifiers of the ES modules they are compiled from.
 */
export const CJS_DIR = 'cjs';
export const COMMONJS_MANIFEST_FILE = `${DIST_ROOT}/${CJS_DIR}/package.json`;
/** The text of the license the spec names (generator/licenses/), when it names one. */
export const LICENSE_FILE = 'LICENSE';

/**
 * Where the build puts a source file's output, in the package: `src/mock/cli.ts` ->
 * `dist/mock/cli.js` (ES module) or `dist/cjs/mock/cli.js` (CommonJS), and their declarations;
 * a `.cts` source gives `.cjs` and `.d.cts`, as TypeScript names them.
 */
export function compiledFile(source: string, form: 'esm' | 'commonjs', part: 'code' | 'types'): string {
  const stem = source.slice(SOURCE_ROOT.length + 1).replace(/\.c?ts$/, '');
  const commonJsOnly = source.endsWith('.cts') ? 'c' : '';
  const extension = part === 'code' ? `.${commonJsOnly}js` : `.d.${commonJsOnly}ts`;
  return `${DIST_ROOT}/${form === 'esm' ? '' : `${CJS_DIR}/`}${stem}${extension}`;
}

/** compiledFile as the manifest points at it: `./dist/mock/cli.js`. */
export const distPath = (source: string, form: 'esm' | 'commonjs', part: 'code' | 'types') =>
  `./${compiledFile(source, form, part)}`;

/** The command that starts the mock server: the package's name, without its scope, and `-mock`. */
export const mockCommand = (packageName: string) => `${packageName.replace(/^@[^/]+\//, '')}-mock`;

/** The package's commands (`bin`): command name -> the source file it runs, which therefore begins with a `#!` line. */
export function packageCommands(packageName: string): ReadonlyMap<string, string> {
  return new Map([[mockCommand(packageName), MOCK_CLI_FILE]]);
}

/** The params type of an endpoint the spec does not name one for: `GroupListParams`. */
export const paramsTypeName = (typePrefix: string, endpoint: string) => `${typePrefix}${pascalCase(endpoint)}Params`;
/** The request form of a model that has readOnly fields. */
export const requestTypeName = (model: string) => `${model}Param`;
export const schemaName = (type: string) => `${type}Schema`;

/** What the runtime's index exports; the package index re-exports them next to the models. */
export const RUNTIME_EXPORTS: readonly string[] = [
  'APIConnectionError',
  'APIConnectionTimeoutError',
  'APIError',
  'APIErrorInit',
  'APIPromise',
  'APIResource',
  'APIResponseParseError',
  'APIResponseTooLargeError',
  'APIUserAbortError',
  'AccountOrZoneScope',
  'AccountScope',
  'ApiDescription',
  'ApiErrorDetail',
  'AuthScheme',
  'AuthenticationError',
  'BadRequestError',
  'BaseClient',
  'BaseClientOptions',
  'BuiltRequest',
  'CloudflareError',
  'ConflictError',
  'Endpoint',
  'EndpointSchemas',
  'FetchLike',
  'HttpMethod',
  'InternalServerError',
  'InvalidParameterError',
  'Logger',
  'LooseScope',
  'NotFoundError',
  'Page',
  'PageData',
  'PageLoader',
  'PagePromise',
  'PaginationError',
  'PaginationStyle',
  'PermissionDeniedError',
  'RateLimitError',
  'RequestOptions',
  'ResultInfo',
  'Schema',
  'SchemaIssue',
  'SchemaRegistry',
  'UndiciDispatcher',
  'UnprocessableEntityError',
  'ValidationError',
  'ValidationMode',
  'WithResponse',
  'ZoneScope',
  'buildRequest',
  'errorClassForStatus',
  'errorFromResponse',
  'parseRetryAfter',
  'resolveAuthHeaders',
  'retryDelay',
];

// Global types the emitted code spells out (Array<T>, Record<K, V>) or that a model would shadow confusingly.
const GLOBAL_TYPES = [
  'Array',
  'Record',
  'Promise',
  'Partial',
  'Readonly',
  'Omit',
  'Pick',
  'Date',
  'Error',
  'Map',
  'Set',
  'Object',
  'String',
  'Number',
  'Boolean',
  'Symbol',
  'Function',
];

/** Names no model or params type can take, whatever the spec, and what holds them. */
export const FIXED_NAMES: ReadonlyMap<string, string> = new Map([
  ...RUNTIME_EXPORTS.map((name) => [name, 'an export of the runtime'] as const),
  ...['Cloudflare', 'ClientOptions', 'API', 'ENDPOINT_SCHEMAS', 'z'].map(
    (name) => [name, 'a name of the generated package'] as const,
  ),
  ...GLOBAL_TYPES.map((name) => [name, 'a global TypeScript type'] as const),
  [OPENAPI_SCHEMAS.failure, 'a schema of the OpenAPI document'],
]);

/** The fixed names, and the client classes, which import the types of their methods. */
export function reservedNames(spec: Spec): Map<string, string> {
  const reserved = new Map(FIXED_NAMES);
  walkClientTree(clientTree(spec), (node) => {
    if (node.segments.length === 0) return;
    reserved.set(node.className, `the class of client.${node.segments.join('.')}`);
    reserved.set(node.baseClassName, `the base class of client.${node.segments.join('.')}`);
  });
  return reserved;
}

/** A resource's path as a folder path: `zero-trust/identity-providers/scim`. */
export const resourcePath = (segments: readonly string[]) => segments.map(kebabCase).join('/');

/**
 * The one anchor scheme of the markdown and the site: a method or model by its name in lower
 * case (the id GitHub gives its heading), a field by its owner's anchor and its dotted path.
 */
export const anchors = {
  method: (name: string) => anchorId(name),
  model: (name: string) => anchorId(name),
  field: (owner: string, field: string) => `${owner}-${anchorId(field)}`,
  error: (name: string) => anchorId(name),
};

/** A node of the client tree: `client`, `client.zeroTrust`, `client.zeroTrust.access.groups`. */
export interface ClientNode {
  readonly segments: readonly string[];
  /** The class with the node's children (`Devices`); the root's is the client class. */
  readonly className: string;
  /** The class with only the node's own methods (`BaseDevices`), which the tree-shakable entry places by `_key`. */
  readonly baseClassName: string;
  /** Where the classes are, at the Cloudflare SDK's path below `resources/` (`src/resources/zero-trust/devices/devices.ts`). */
  readonly file: string;
  /**
   * A node with children is a folder, as in the SDK: `x.ts` re-exports `x/index.ts`, which exports the
   * classes of `x/x.ts` and of the children.
   */
  readonly folder?: { readonly reexport: string; readonly index: string };
  readonly resource?: Resource;
  readonly children: ClientNode[];
}

/** The tree-shakable entry point (`zero-trust-client/tree-shakable`): `createClient({ resources })`. */
export const TREE_SHAKABLE_FILE = 'src/tree-shakable.ts';
/** As TREE_SHAKABLE_FILE, with undici as the transport: the module Node loads. */
export const TREE_SHAKABLE_NODE_FILE = 'src/tree-shakable-node.ts';
/** The main entry's Node module: undici as the transport. */
export const NODE_FILE = 'src/node.ts';
/** Makes undici the transport when it loads. */
export const USE_UNDICI_FILE = 'src/use-undici.ts';
/** The directory of the resource modules, which the package exports as `./resources/*`. */
export const RESOURCES_DIR = 'src/resources';

export function clientTree(spec: Spec): ClientNode {
  interface Draft {
    segments: readonly string[];
    className: string;
    resource?: Resource;
    children: Draft[];
  }
  const root: Draft = { segments: [], className: 'Cloudflare', children: [] };
  const byKey = new Map<string, Draft>([['', root]]);
  const draftFor = (segments: readonly string[]): Draft => {
    const key = segments.join('.');
    let node = byKey.get(key);
    if (node) return node;
    const parent = draftFor(segments.slice(0, -1));
    node = { segments, className: className(segments.at(-1)!), children: [] };
    parent.children.push(node);
    byKey.set(key, node);
    return node;
  };
  for (const resource of spec.resources) draftFor(resource.path).resource = resource;
  const place = (draft: Draft, dir: string, parentName: string | undefined): ClientNode => {
    draft.children.sort((a, b) => (a.segments.at(-1)! < b.segments.at(-1)! ? -1 : 1));
    const name = draft.segments.length > 0 ? kebabCase(draft.segments.at(-1)!) : '';
    const inner = draft.segments.length > 0 ? `${dir}/${name}` : dir;
    const folder = draft.segments.length > 0 && draft.children.length > 0;
    // A leaf named as its folder would take the folder's module: the SDK adds '_' (devices/devices_.ts).
    const file =
      draft.segments.length === 0
        ? CLIENT_FILE
        : folder
          ? `${inner}/${name}.ts`
          : `${dir}/${name}${name === parentName ? '_' : ''}.ts`;
    const node: ClientNode = {
      segments: draft.segments,
      className: draft.className,
      baseClassName: `Base${draft.className}`,
      file,
      ...(folder ? { folder: { reexport: `${inner}.ts`, index: `${inner}/index.ts` } } : {}),
      ...(draft.resource ? { resource: draft.resource } : {}),
      children: [],
    };
    node.children.push(...draft.children.map((child) => place(child, inner, name || undefined)));
    return node;
  };
  return place(root, RESOURCES_DIR, undefined);
}

export function walkClientTree(node: ClientNode, visit: (node: ClientNode) => void): void {
  visit(node);
  node.children.forEach((child) => walkClientTree(child, visit));
}

/** Relative ESM import specifier from one generated file to another (`../types/access/groups.js`). */
export function importPath(fromFile: string, toFile: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromFile), toFile).replace(/\.ts$/, '.js');
  return relative.startsWith('.') ? relative : `./${relative}`;
}
