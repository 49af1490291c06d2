/** Target: `openapi.json`, the spec as an OpenAPI 3.1 document, for other tools (renderers, Postman, other generators). */
import type { Spec } from '../../ir.js';
import { OPENAPI_FILE } from '../../layout.js';
import { openApiDocument } from './document.js';

/** On one line: indented, the document would be 60% larger, and the package has a size budget (2 MB unpacked). */
export function emitOpenApi(spec: Spec): Map<string, string> {
  return new Map([[OPENAPI_FILE, `${JSON.stringify(openApiDocument(spec))}\n`]]);
}
