/** Target: `openapi.json`, the spec as an OpenAPI 3.1 document, for other tools (renderers, Postman, other generators). */
import type { Spec } from '../../ir.js';
import { OPENAPI_FILE } from '../../layout.js';
import { openApiDocument } from './document.js';

export function emitOpenApi(spec: Spec): Map<string, string> {
  return new Map([[OPENAPI_FILE, `${JSON.stringify(openApiDocument(spec), null, 2)}\n`]]);
}
