/** Target: what makes `generated/` an npm package: manifest, tsconfig, entry points, API facts, runtime. */
import type { Spec } from '../ir.js';
import {
  API_FILE,
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

/** `copied`: hand-written files shipped as they are, by package path. */
export function emitPackage(spec: Spec, files: SourceFiles, copied: ReadonlyMap<string, string>): Map<string, string> {
  const pkg = spec.api.package;
  const entry = (name: string) => ({ types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` });
  const manifest = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    keywords: pkg.keywords,
    homepage: pkg.homepage,
    repository: pkg.repository && { type: 'git', ...pkg.repository },
    license: pkg.license,
    type: 'module',
    main: './dist/index.js',
    types: './dist/index.d.ts',
    exports: {
      '.': entry('index'),
      './schemas': entry('schemas/index'),
      './mock': entry('mock/index'),
      './openapi.json': `./${OPENAPI_FILE}`,
      './package.json': './package.json',
    },
    bin: Object.fromEntries([...packageCommands(pkg.name)].map(([command, file]) => [command, compiledFile(file)])),
    files: PUBLISHED_FILES.filter((file) => file !== LICENSE_FILE || pkg.license),
    sideEffects: false,
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

  const out = new Map<string, string>([
    ['package.json', `${JSON.stringify(manifest, null, 2)}\n`],
    ['tsconfig.json', `${JSON.stringify(tsconfig, null, 2)}\n`],
  ]);
  for (const [file, text] of copied) out.set(file, text);
  return out;
}

/** `src/mock/cli.ts` -> `./dist/mock/cli.js`, where the build writes it. */
function compiledFile(file: string): string {
  return `./dist/${file.slice('src/'.length, -'.ts'.length)}.js`;
}
