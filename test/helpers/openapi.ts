/** The generated OpenAPI document, and a JSON Schema 2020-12 validator that reads its schemas. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { OPENAPI_FILE } from '../../generator/layout.js';
import { GENERATED_DIR } from './paths.js';

export const OPENAPI_PATH = path.join(GENERATED_DIR, OPENAPI_FILE);

export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, Response> };
  [key: string]: unknown;
};

export interface Operation {
  operationId: string;
  'x-sdk-method': string;
  parameters?: { name: string; in: string; required: boolean; schema: unknown }[];
  requestBody?: { required: boolean; content: { 'application/json': { schema: unknown } } };
  responses: Record<string, Response>;
}

/** A response, or (the failures) a reference to one in components.responses. */
export type Response = { content: { 'application/json': { schema: unknown } }; $ref?: string };

/** The response itself, through a `#/components/responses/…` reference. */
export function responseOf(document: OpenApiDocument, response: Response): Response {
  const name = response.$ref?.replace('#/components/responses/', '');
  return name === undefined ? response : document.components.responses[name]!;
}

export async function readOpenApi(file = OPENAPI_PATH): Promise<OpenApiDocument> {
  return JSON.parse(await readFile(file, 'utf8')) as OpenApiDocument;
}

/** Compiles schemas of the document (which may `$ref` its components) with ajv's 2020-12 build. */
export class DocumentValidator {
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<unknown, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    // strict: an unknown keyword is an error, except OpenAPI's `discriminator` (an annotation:
    // `oneOf` decides) and the document's own `x-` ones.
    this.#ajv = new Ajv2020({ strict: true, allErrors: true });
    this.#ajv.addKeyword('discriminator').addKeyword('x-enum-descriptions').addKeyword('x-query-names');
    addFormats.default(this.#ajv);
    // The spec's `cidr`: an IPv4 or IPv6 network, as zod's cidrv4 and cidrv6 read it.
    this.#ajv.addFormat('cidr', /^(?:(?:\d{1,3}\.){3}\d{1,3}\/\d{1,2}|[0-9a-fA-F:.]+\/\d{1,3})$/);
    this.#ajv.addSchema({ $id: DOCUMENT_ID, $defs: rebase(document.components.schemas) as object });
  }

  /** The errors of `value` against `schema` (a schema of the document), as `path: message` lines. */
  errors(schema: unknown, value: unknown): string[] {
    let validate = this.#compiled.get(schema);
    if (!validate) {
      validate = this.#ajv.compile(rebase(schema) as object);
      this.#compiled.set(schema, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message} (${e.schemaPath})`);
  }
}

const DOCUMENT_ID = 'openapi.json';

/** `#/components/schemas/X` refs made to point to `X` in the `$defs` of the schema added as DOCUMENT_ID. */
function rebase(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${DOCUMENT_ID}#/$defs/`));
}
