/** Target: what makes `generated/` an npm package: manifest, tsconfig, entry points, API facts, runtime. */
import { distPath, importPath, type ClientNode, type Plan } from '../plan.js';
import { layOutJson } from '../json-layout.js';
import { Imports } from './imports.js';
import { docComment } from './jsdoc.js';
import { literal } from './literal.js';
import type { SourceFiles } from './source-files.js';
import { StructureKind, VariableDeclarationKind } from './ts-morph.js';

/** Versions the generated package depends on; the runtime is written against these. */
const DEPENDENCIES = { undici: '^7.16.0', zod: '^4.1.0' };
const DEV_DEPENDENCIES = { '@types/node': '^20.19.0', typescript: '^5.9.3' };

/**
 * What the tarball holds. Not src/: without source maps it would be dead weight, and the
 * declarations carry the JSDoc. Not the HTML site: it is for a static host; the markdown pages
 * are the package's documentation.
 */
function publishedFiles(plan: Plan): string[] {
  const { paths, spec } = plan;
  return [
    paths.distRoot,
    `${paths.docsRoot}/**/*.md`,
    paths.readme,
    ...(spec.api.package.license ? [paths.license] : []),
    paths.apiJson,
    paths.openApi,
  ];
}

/** The conditions of runtimes that have fetch and no use for undici; listed before `node`, which Deno and Bun also match. */
const FETCH_RUNTIMES = ['deno', 'bun', 'workerd', 'worker', 'browser'] as const;

/** An entry point that is the same everywhere: ES module or CommonJS, each with its declarations. */
function entry(source: string) {
  return {
    import: { types: distPath(source, 'esm', 'types'), default: distPath(source, 'esm', 'code') },
    require: { types: distPath(source, 'commonjs', 'types'), default: distPath(source, 'commonjs', 'code') },
  };
}

/** On Node, `node`; on every other runtime (and by default), `other`. */
function pick(node: string, other: string) {
  return {
    ...Object.fromEntries(FETCH_RUNTIMES.map((condition) => [condition, other])),
    node,
    default: other,
  };
}

/**
 * An entry point with the main one's conditions: `node` (the module making undici the transport)
 * and every other runtime, for import and require.
 */
function perRuntimeEntry(portable: string, node: string) {
  return {
    import: {
      types: distPath(portable, 'esm', 'types'),
      ...pick(distPath(node, 'esm', 'code'), distPath(portable, 'esm', 'code')),
    },
    require: {
      types: distPath(portable, 'commonjs', 'types'),
      ...pick(distPath(node, 'commonjs', 'code'), distPath(portable, 'commonjs', 'code')),
    },
  };
}

/** `src/tree-shakable.ts` -> `tree-shakable`: how the package names an entry module below it. */
function subpath(file: string): string {
  return file.replace(/^src\//, '').replace(/\.ts$/, '');
}

/**
 * The main entry point: on Node, modules that make undici the transport (`node.js`); everywhere
 * else the fetch transport (`index.js`). For require(), modules that return the client class
 * with every other export on it. One set of declarations for all.
 */
function mainEntry({ paths }: Plan) {
  return {
    import: {
      types: distPath(paths.index, 'esm', 'types'),
      ...pick(distPath(paths.nodeIndex, 'esm', 'code'), distPath(paths.index, 'esm', 'code')),
    },
    require: {
      types: distPath(paths.index, 'commonjs', 'types'),
      ...pick(distPath(paths.requireNodeEntry, 'commonjs', 'code'), distPath(paths.requireEntry, 'commonjs', 'code')),
    },
  };
}

/** `copied`: hand-written files shipped as they are, by package path. */
export function emitPackage(plan: Plan, files: SourceFiles, copied: ReadonlyMap<string, string>): Map<string, string> {
  const { spec, paths } = plan;
  const pkg = spec.api.package;
  const resourceModules = `${paths.resourcesDir}/*.ts`;
  const manifest = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    keywords: pkg.keywords,
    homepage: pkg.homepage,
    repository: pkg.repository && { type: 'git', ...pkg.repository },
    license: pkg.license,
    type: 'module',
    // For tools that read no `exports`: Node's CommonJS entry, the portable ES module, and for TypeScript's
    // `moduleResolution: node10`, the declarations of every entry point.
    main: distPath(paths.requireNodeEntry, 'commonjs', 'code'),
    module: distPath(paths.index, 'esm', 'code'),
    types: distPath(paths.index, 'esm', 'types'),
    typesVersions: {
      '*': {
        schemas: [distPath(paths.schemasIndex, 'esm', 'types')],
        mock: [distPath(paths.mockIndex, 'esm', 'types')],
        [subpath(paths.treeShakable)]: [distPath(paths.treeShakable, 'esm', 'types')],
        'resources/*': [distPath(resourceModules, 'esm', 'types')],
      },
    },
    exports: {
      '.': mainEntry(plan),
      [`./${subpath(paths.treeShakable)}`]: perRuntimeEntry(paths.treeShakable, paths.treeShakableNode),
      // The same modules on every runtime, under the same conditions, so that each resolves as the entry it goes with.
      './resources/*': perRuntimeEntry(resourceModules, resourceModules),
      './schemas': entry(paths.schemasIndex),
      './mock': entry(paths.mockIndex),
      [`./${paths.openApi}`]: `./${paths.openApi}`,
      [`./${paths.manifest}`]: `./${paths.manifest}`,
    },
    bin: Object.fromEntries([...plan.commands].map(([command, file]) => [command, distPath(file, 'esm', 'code')])),
    files: publishedFiles(plan),
    // The Node entry modules make undici the transport when they load; every other module has no side effect.
    sideEffects: [paths.nodeIndex, paths.treeShakableNode, paths.useUndici].flatMap((file) => [
      distPath(file, 'esm', 'code'),
      distPath(file, 'commonjs', 'code'),
    ]),
    engines: { node: '>=20.19' },
    // No scripts: a script must work where the package is installed, which has neither src/ nor a tsconfig.json.
    dependencies: DEPENDENCIES,
    devDependencies: DEV_DEPENDENCIES,
  };
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023'],
      types: ['node'],
      strict: true,
      declaration: true,
      isolatedDeclarations: true,
      verbatimModuleSyntax: true,
      skipLibCheck: true,
      rootDir: paths.sourceRoot,
      outDir: paths.distRoot,
    },
    include: ['src'],
  };

  const imports = new Imports(paths.api);
  const description = imports.add(paths.runtimeIndex, 'ApiDescription', true);
  files.create(paths.api, imports).push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      'Facts about the API that the runtime needs: where it is, how to authenticate, how results are wrapped, where the validators are.',
    ],
    declarations: [
      {
        name: 'API',
        type: description,
        initializer: (w) => {
          literal({
            baseURL: spec.api.baseURL,
            auth: spec.api.auth.map((s) => ({ name: s.name, headers: s.headers, env: s.env })),
            envelope: { unwrap: spec.api.envelope.unwrap },
            loadSchemas: (w) =>
              w.write(
                `() => import('${importPath(paths.api, paths.endpointSchemas)}').then((m) => m.ENDPOINT_SCHEMAS)`,
              ),
          })(w);
        },
      },
    ],
  });

  const from = (file: string) => importPath(paths.index, file);
  const root = plan.clientTree.className;
  files.create(paths.index).push(
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: from(paths.client),
      namedExports: [root, `${root} as default`, { name: 'ClientOptions', isTypeOnly: true }],
    },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: from(paths.runtimeIndex) },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: from(paths.typesIndex), isTypeOnly: true },
  );
  emitEntryModules(plan, files);

  const out = new Map<string, string>([
    // The manifest as npm writes one, every member on a line of its own.
    [paths.manifest, layOutJson(manifest, () => true)],
    [paths.tsconfig, layOutJson(tsconfig, (container) => !Array.isArray(container))],
  ]);
  for (const [file, text] of copied) out.set(file, text);
  return out;
}

/**
 * The modules the main entry point picks between (beside `src/index.ts`, the portable one):
 * `src/node.ts` makes undici the transport; `src/require.cts` and `src/require-node.cts` give
 * require() the client class, with every export of the package on it, as the Cloudflare SDK does.
 */
function emitEntryModules(plan: Plan, files: SourceFiles): void {
  const { paths, clientTree } = plan;
  const sideEffect = (from: string, file: string) =>
    ({ kind: StructureKind.ImportDeclaration, moduleSpecifier: importPath(from, file) }) as const;
  const useUndici = new Imports(paths.useUndici);
  const useNodeTransport = useUndici.add(paths.runtimePlatform, 'useNodeTransport', false);
  const undiciTransport = useUndici.add(paths.runtimeUndici, 'undiciTransport', false);
  files
    .create(paths.useUndici, useUndici)
    .push(
      '// On Node, requests go through undici, unless a client is given a fetch.',
      `${useNodeTransport}(${undiciTransport});`,
    );
  const index = importPath(paths.nodeIndex, paths.index);
  files
    .create(paths.nodeIndex)
    .push(
      sideEffect(paths.nodeIndex, paths.useUndici),
      (w) => w.blankLine(),
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: index },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: index, namedExports: ['default'] },
    );
  files.create(paths.treeShakableNode).push(sideEffect(paths.treeShakableNode, paths.useUndici), (w) => w.blankLine(), {
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: importPath(paths.treeShakableNode, paths.treeShakable),
  });

  const imports = new Imports(paths.treeShakable);
  const partial = paths.runtimePartialClient;
  const resourceClass = imports.add(partial, 'ResourceClass', true);
  const structure = imports.add(partial, 'ClientStructure', true);
  const partialCloudflare = imports.add(partial, 'PartialCloudflare', true);
  const create = imports.add(partial, 'createPartialClient', false);
  const options = imports.add(paths.client, 'ClientOptions', true);
  const api = imports.add(paths.api, 'API', false);
  const example = firstResource(clientTree);
  files.create(paths.treeShakable, imports).push(
    {
      kind: StructureKind.Function,
      name: 'createClient',
      isExported: true,
      typeParameters: [{ name: 'T', constraint: `readonly ${resourceClass}[]`, isConst: true }],
      parameters: [{ name: 'options', type: `${options} & { resources: T }` }],
      returnType: `${partialCloudflare}<${structure}<T>>`,
      docs: docComment(
        "A client holding only `resources`, each at its `_key`: a bundle holds only their code. Options are those of the main entry's client.",
        example
          ? [
              {
                tagName: 'example',
                text: `\n\`\`\`ts\nimport { createClient } from '${plan.spec.api.package.name}/${subpath(paths.treeShakable)}';\nimport { ${example.baseClassName} } from '${plan.spec.api.package.name}/${subpath(example.file)}';\n\nconst client = createClient({ resources: [${example.baseClassName}] });\n\`\`\``,
              },
            ]
          : [],
      ),
      statements: [`return ${create}(options, ${api}) as ${partialCloudflare}<${structure}<T>>;`],
    },
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: importPath(paths.treeShakable, partial),
      namedExports: [resourceClass, structure, partialCloudflare],
    },
  );
  const root = clientTree.className;
  for (const [file, entry] of [
    [paths.requireEntry, paths.index],
    [paths.requireNodeEntry, paths.nodeIndex],
  ] as const) {
    files.create(file).push(
      `import all = require('${importPath(file, entry)}');`,
      (w) => w.blankLine(),
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [
          {
            name: root,
            type: `typeof all.${root} & typeof all`,
            initializer: `Object.assign(all.${root}, all)`,
          },
        ],
      },
      { kind: StructureKind.ExportAssignment, isExportEquals: true, expression: root },
    );
  }
}

/** The first resource of the client tree, for examples. */
function firstResource(node: ClientNode): ClientNode | undefined {
  if (node.resource) return node;
  for (const child of node.children) {
    const found = firstResource(child);
    if (found) return found;
  }
  return undefined;
}
