/** Target: the client tree, one class per node, each method a one-line description of its endpoint. */
import type { ExportDeclarationStructure, OptionalKind, ParameterDeclarationStructure } from 'ts-morph';
import { propertyName, tsString } from '../escape.js';
import { paramFields, paramsArity } from '../ir-walk.js';
import type { Endpoint, Spec } from '../ir.js';
import { endpointPlan, importPath, typeRef, walkClientTree, type ClientNode, type Plan } from '../plan.js';
// The runtime reads credentials by these names, so the options type takes them from the same place.
import { optionNames } from '../runtime/auth.js';
import { Imports } from './imports.js';
import { docComment, docText } from './jsdoc.js';
import { literal, type Data } from './literal.js';
import type { SourceFiles, Statements } from './source-files.js';
import { StructureKind, VariableDeclarationKind } from './ts-morph.js';
import { typeWriter, type TypeContext } from './ts-type.js';

export function emitClient(plan: Plan, files: SourceFiles): void {
  walkClientTree(plan.clientTree, (node) => {
    const imports = new Imports(node.file);
    const statements = files.create(node.file, imports);
    if (node.segments.length === 0) declareRoot(plan, node, statements, imports);
    else declareResource(plan, node, statements, imports);
    if (node.folder) declareFolder(node, files);
  });
}

/** The name a child's class is imported as: aliased when the parent's module declares the same name. */
function childClassName(node: ClientNode, child: ClientNode, imports: Imports): string {
  const alias = child.className === node.className ? `${child.className}Of${node.className}` : undefined;
  return imports.add(child.file, child.className, false, alias);
}

/** A folder's modules, as in the SDK: `x.ts` re-exports `x/index.ts`, which exports its own and its children's classes. */
function declareFolder(node: ClientNode, files: SourceFiles): void {
  const { reexport, index } = node.folder!;
  files.create(reexport).push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: importPath(reexport, index) });
  const exports = (from: string, names: readonly string[]): ExportDeclarationStructure => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: importPath(index, from),
    namedExports: [...names],
  });
  files.create(index).push(
    exports(node.file, [node.className, node.baseClassName]),
    // A child named as its folder keeps its module's names only there (devices/devices_.ts), as in the SDK.
    ...node.children
      .filter((child) => child.className !== node.className)
      .map((child) => exports(child.folder?.reexport ?? child.file, [child.className, child.baseClassName])),
  );
}

function childProperties(node: ClientNode, imports: Imports, clientExpression: string) {
  return node.children.map((child) => {
    const className = childClassName(node, child, imports);
    return {
      name: child.segments.at(-1)!,
      isReadonly: true,
      type: className,
      initializer: `new ${className}(${clientExpression})`,
    };
  });
}

/**
 * `const client = new Client({ apiToken: process.env.API_TOKEN });`: the first credential the
 * spec names, read from its environment variable where it has one.
 */
function constructionExample(spec: Spec, className: string): string {
  const scheme = spec.api.auth[0];
  const options = (scheme ? optionNames(scheme) : []).map((option) => {
    const env = scheme!.env[option];
    return `${propertyName(option)}: ${env ? `process.env.${env}` : tsString(`<${option}>`)}`;
  });
  return `const client = new ${className}(${options.length > 0 ? `{ ${options.join(', ')} }` : ''});`;
}

function declareRoot(plan: Plan, node: ClientNode, statements: Statements, imports: Imports): void {
  const { spec } = plan;
  const options = new Set(spec.api.auth.flatMap(optionNames));
  statements.push({
    kind: StructureKind.Interface,
    name: 'ClientOptions',
    isExported: true,
    docs: [
      'Options of the client. Credentials given here win over environment variables, which are read only when none is given.',
    ],
    extends: [imports.add(plan.paths.runtimeIndex, 'BaseClientOptions', true)],
    properties: [...options].map((option) => {
      const scheme = spec.api.auth.find((s) => optionNames(s).includes(option))!;
      const env = scheme.env[option];
      return {
        name: option,
        hasQuestionToken: true,
        type: 'string | null',
        docs: [
          docText(
            scheme.description ?? scheme.name,
            env && `Defaults to the \`${env}\` environment variable when no credential is given.`,
          ),
        ],
      };
    }),
  });
  statements.push({
    kind: StructureKind.Class,
    name: node.className,
    isExported: true,
    docs: docComment(docText(`${spec.api.title} client.`), [
      {
        tagName: 'example',
        text: `\n\`\`\`ts\n${docText(constructionExample(spec, node.className))}\n\`\`\``,
      },
    ]),
    extends: imports.add(plan.paths.runtimeIndex, 'BaseClient', false),
    properties: childProperties(node, imports, 'this'),
    ctors: [
      {
        parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }],
        statements: [`super(options, ${imports.add(plan.paths.api, 'API', false)});`],
      },
    ],
  });
  statements.push({ kind: StructureKind.ExportAssignment, isExportEquals: false, expression: node.className });
}

function declareResource(plan: Plan, node: ClientNode, statements: Statements, imports: Imports): void {
  const { spec } = plan;
  const runtime = plan.paths.runtimeIndex;
  const endpoints = node.resource?.endpoints ?? [];
  if (endpoints.length > 0) {
    const endpointType = imports.add(runtime, 'Endpoint', true);
    statements.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: 'endpoints',
          initializer: (w) => {
            literal(Object.fromEntries(endpoints.map((e) => [e.name, endpointPlan(plan, e).runtime as unknown as Data])))(w);
            w.write(` satisfies Record<string, ${endpointType}>`);
          },
        },
      ],
    });
  }
  const ctx: TypeContext = {
    mode: 'response',
    ref: (name) => {
      const ref = typeRef(plan, name, 'response');
      return imports.add(ref.file, ref.name, true);
    },
  };
  const docs = node.resource ? docComment(docText(node.resource.title, node.resource.description)) : [];
  const key = `readonly [${node.segments.map((segment) => tsString(segment)).join(', ')}]`;
  statements.push({
    kind: StructureKind.Class,
    name: node.baseClassName,
    isExported: true,
    docs,
    extends: imports.add(plan.paths.runtimeResource, 'APIResource', false),
    properties: [
      {
        name: '_key',
        isStatic: true,
        isReadonly: true,
        type: key,
        docs: [`Where \`createClient({ resources })\` places the resource: \`client.${node.segments.join('.')}\`.`],
        initializer: `[${node.segments.map((segment) => tsString(segment)).join(', ')}]`,
      },
    ],
    methods: endpoints.map((e) => {
      const arity = paramsArity(e);
      const planned = endpointPlan(plan, e);
      const parameters: OptionalKind<ParameterDeclarationStructure>[] = planned.positional.map((name) => ({
        name,
        type: 'string',
      }));
      if (arity !== 'none') {
        parameters.push({
          name: 'params',
          type: imports.add(planned.typesFile, planned.paramsType, true),
          initializer: arity === 'optional' ? '{}' : undefined,
        });
      }
      parameters.push({ name: 'options', hasQuestionToken: true, type: imports.add(runtime, 'RequestOptions', true) });
      const call = e.pagination ? 'requestPage' : 'request';
      const wrapper = imports.add(runtime, e.pagination ? 'PagePromise' : 'APIPromise', true);
      const response = e.response ? typeWriter(e.response, ctx) : 'unknown';
      const args = `endpoints.${e.name}, [${planned.positional.join(', ')}], ${arity === 'none' ? 'undefined' : 'params'}, options`;
      return {
        name: e.name,
        docs: methodDoc(e),
        parameters,
        returnType: (w) => {
          w.write(`${wrapper}<`);
          if (typeof response === 'string') w.write(response);
          else response(w);
          w.write('>');
        },
        statements: [`return this._client.${call}(${args});`],
      };
    }),
  });
  statements.push({
    kind: StructureKind.Class,
    name: node.className,
    isExported: true,
    docs,
    extends: node.baseClassName,
    properties: childProperties(node, imports, 'this._client'),
  });
}

function methodDoc(e: Endpoint): string[] {
  const description = docText(e.title, e.description, `\`${e.method} ${e.path}\``);
  if (!e.deprecated) return docComment(description);
  return docComment(description, [
    { tagName: 'deprecated', text: e.deprecated === true ? undefined : docText(e.deprecated) },
  ]);
}
