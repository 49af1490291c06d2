/** Target: what makes `generated/` an npm package: manifest, tsconfig, entry points, API facts, runtime. */
import type { Spec } from '../ir.js';
import {
  API_FILE,
  NODE_FILE,
  RESOURCES_DIR,
  TREE_SHAKABLE_FILE,
  TREE_SHAKABLE_NODE_FILE,
  USE_UNDICI_FILE,
  CJS_DIR,
  CLIENT_FILE,
  ENDPOINT_SCHEMAS_FILE,
  importPath,
  LICENSE_FILE,
  OPENAPI_FILE,
  packageCommands,
  runtimeFile,
} from '../layout.js';
import { API_JSON_FILE } from './api-json.js';
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
 * declarations carry the JSDoc. Not the HTML site (docs/site): it is for a static host; the
 * markdown pages are the package's documentation.
 */
const PUBLISHED_FILES = ['dist', 'docs/**/*.md', 'README.md', LICENSE_FILE, API_JSON_FILE, OPENAPI_FILE];

/** The conditions of runtimes that have fetch and no use for undici; listed before `node`, which Deno and Bun also match. */
const FETCH_RUNTIMES = ['deno', 'bun', 'workerd', 'worker', 'browser'] as const;

/** An entry point that is the same everywhere: ES module or CommonJS, each with its declarations. */
function entry(name: string) {
  return {
    import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
    require: { types: `./dist/${CJS_DIR}/${name}.d.cts`, default: `./dist/${CJS_DIR}/${name}.cjs` },
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
 * The main entry point: on Node, modules that make undici the transport (`node.js`); everywhere
 * else the fetch transport (`index.js`). For require(), modules that return the client class
 * with every other export on it. One set of declarations for all.
 */
function mainEntry() {
  return {
    import: { types: './dist/index.d.ts', ...pick('./dist/node.js', './dist/index.js') },
    require: {
      types: `./dist/${CJS_DIR}/index.d.cts`,
      ...pick(`./dist/${CJS_DIR}/require-node.cjs`, `./dist/${CJS_DIR}/require.cjs`),
    },
  };
}

/**
 * An entry point with the main one's conditions: `node` (the module making undici the transport, for the
 * tree-shakable entry) and every other runtime, for import and require; stems below dist/.
 */
function perRuntimeEntry(portable: string, node: string) {
  return {
    import: { types: `./dist/${portable}.d.ts`, ...pick(`./dist/${node}.js`, `./dist/${portable}.js`) },
    require: {
      types: `./dist/${CJS_DIR}/${portable}.d.cts`,
      ...pick(`./dist/${CJS_DIR}/${node}.cjs`, `./dist/${CJS_DIR}/${portable}.cjs`),
    },
  };
}

/** `src/tree-shakable.ts` -> `tree-shakable`: the path below dist/, without the extension. */
function distStem(file: string): string {
  return file.slice('src/'.length, -'.ts'.length);
}

/** `copied`: hand-written files shipped as they are, by package path. */
export function emitPackage(spec: Spec, files: SourceFiles, copied: ReadonlyMap<string, string>): Map<string, string> {
  const pkg = spec.api.package;
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
    main: `./dist/${CJS_DIR}/require-node.cjs`,
    module: './dist/index.js',
    types: './dist/index.d.ts',
    typesVersions: {
      '*': {
        schemas: ['./dist/schemas/index.d.ts'],
        mock: ['./dist/mock/index.d.ts'],
        [distStem(TREE_SHAKABLE_FILE)]: [`./dist/${distStem(TREE_SHAKABLE_FILE)}.d.ts`],
        'resources/*': [`./dist/${distStem(`${RESOURCES_DIR}/*.ts`)}.d.ts`],
      },
    },
    exports: {
      '.': mainEntry(),
      [`./${distStem(TREE_SHAKABLE_FILE)}`]: perRuntimeEntry(
        distStem(TREE_SHAKABLE_FILE),
        distStem(TREE_SHAKABLE_NODE_FILE),
      ),
      // The same modules on every runtime, under the same conditions, so that each resolves as the entry it goes with.
      './resources/*': perRuntimeEntry(distStem(`${RESOURCES_DIR}/*.ts`), distStem(`${RESOURCES_DIR}/*.ts`)),
      './schemas': entry('schemas/index'),
      './mock': entry('mock/index'),
      './openapi.json': `./${OPENAPI_FILE}`,
      './package.json': './package.json',
    },
    bin: Object.fromEntries([...packageCommands(pkg.name)].map(([command, file]) => [command, compiledFile(file)])),
    files: PUBLISHED_FILES.filter((file) => file !== LICENSE_FILE || pkg.license),
    // The Node entry modules make undici the transport when they load; every other module has no side effect.
    sideEffects: [NODE_FILE, TREE_SHAKABLE_NODE_FILE, USE_UNDICI_FILE].flatMap((file) => [
      `./dist/${distStem(file)}.js`,
      `./dist/${CJS_DIR}/${distStem(file)}.cjs`,
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
      rootDir: 'src',
      outDir: 'dist',
    },
    include: ['src'],
  };

  const imports = new Imports(API_FILE);
  const description = imports.add(runtimeFile('index'), 'ApiDescription', true);
  files.create(API_FILE, imports).push({
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
              w.write(`() => import('${importPath(API_FILE, ENDPOINT_SCHEMAS_FILE)}').then((m) => m.ENDPOINT_SCHEMAS)`),
          })(w);
        },
      },
    ],
  });

  files.create('src/index.ts').push(
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: `./${CLIENT_FILE.slice(4, -3)}.js`,
      namedExports: ['Cloudflare', 'Cloudflare as default', { name: 'ClientOptions', isTypeOnly: true }],
    },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './runtime/index.js' },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './types/index.js', isTypeOnly: true },
  );
  emitEntryModules(files, pkg.name);

  const out = new Map<string, string>([
    ['package.json', `${JSON.stringify(manifest, null, 2)}\n`],
    ['tsconfig.json', `${JSON.stringify(tsconfig, null, 2)}\n`],
  ]);
  for (const [file, text] of copied) out.set(file, text);
  return out;
}

/**
 * The modules the main entry point picks between (beside `src/index.ts`, the portable one):
 * `src/node.ts` makes undici the transport; `src/require.cts` and `src/require-node.cts` give
 * require() the client class, with every export of the package on it, as the Cloudflare SDK does.
 */
function emitEntryModules(files: SourceFiles, packageName: string): void {
  files
    .create(USE_UNDICI_FILE)
    .push(
      '// On Node, requests go through undici, unless a client is given a fetch.',
      `import { useNodeTransport } from '${importPath(USE_UNDICI_FILE, runtimeFile('platform'))}';`,
      `import { undiciTransport } from '${importPath(USE_UNDICI_FILE, runtimeFile('transport-undici'))}';`,
      (w) => w.blankLine(),
      'useNodeTransport(undiciTransport);',
    );
  files
    .create(NODE_FILE)
    .push(
      `import '${importPath(NODE_FILE, USE_UNDICI_FILE)}';`,
      (w) => w.blankLine(),
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: './index.js' },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: './index.js', namedExports: ['default'] },
    );
  files
    .create(TREE_SHAKABLE_NODE_FILE)
    .push(`import '${importPath(TREE_SHAKABLE_NODE_FILE, USE_UNDICI_FILE)}';`, (w) => w.blankLine(), {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: importPath(TREE_SHAKABLE_NODE_FILE, TREE_SHAKABLE_FILE),
    });
  const imports = new Imports(TREE_SHAKABLE_FILE);
  const partial = runtimeFile('partial-client');
  const resourceClass = imports.add(partial, 'ResourceClass', true);
  const structure = imports.add(partial, 'ClientStructure', true);
  const partialCloudflare = imports.add(partial, 'PartialCloudflare', true);
  const create = imports.add(partial, 'createPartialClient', false);
  const options = imports.add(CLIENT_FILE, 'ClientOptions', true);
  const api = imports.add(API_FILE, 'API', false);
  files.create(TREE_SHAKABLE_FILE, imports).push(
    {
      kind: StructureKind.Function,
      name: 'createClient',
      isExported: true,
      typeParameters: [{ name: 'T', constraint: `readonly ${resourceClass}[]`, isConst: true }],
      parameters: [{ name: 'options', type: `${options} & { resources: T }` }],
      returnType: `${partialCloudflare}<${structure}<T>>`,
      docs: docComment(
        "A client holding only `resources`, each at its `_key`: a bundle holds only their code. Options are those of the main entry's client.",
        [
          {
            tagName: 'example',
            text: `\n\`\`\`ts\nimport { createClient } from '${packageName}/${distStem(TREE_SHAKABLE_FILE)}';\nimport { BaseGroups } from '${packageName}/resources/zero-trust/access/groups';\n\nconst client = createClient({ apiToken: process.env.CLOUDFLARE_API_TOKEN, resources: [BaseGroups] });\n\`\`\``,
          },
        ],
      ),
      statements: [`return ${create}(options, ${api}) as ${partialCloudflare}<${structure}<T>>;`],
    },
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: importPath(TREE_SHAKABLE_FILE, partial),
      namedExports: [resourceClass, structure, partialCloudflare],
    },
  );
  for (const [file, from] of [
    ['src/require.cts', './index.js'],
    ['src/require-node.cts', './node.js'],
  ] as const) {
    files.create(file).push(
      `import all = require('${from}');`,
      (w) => w.blankLine(),
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [
          {
            name: 'Cloudflare',
            type: 'typeof all.Cloudflare & typeof all',
            initializer: 'Object.assign(all.Cloudflare, all)',
          },
        ],
      },
      { kind: StructureKind.ExportAssignment, isExportEquals: true, expression: 'Cloudflare' },
    );
  }
}

/** `src/mock/cli.ts` -> `./dist/mock/cli.js`, where the build writes it. */
function compiledFile(file: string): string {
  return `./dist/${file.slice('src/'.length, -'.ts'.length)}.js`;
}
