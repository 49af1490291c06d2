/** Target: `openapi.json`, the spec as an OpenAPI 3.1 document, for other tools (renderers, Postman, other generators). */
import type { Plan } from '../../plan.js';
import { openApiDocument } from './document.js';

/** On one line: indented, the document would be 60% larger, and the package has a size budget (2 MB unpacked). */
export function emitOpenApi(plan: Plan): Map<string, string> {
  return new Map([[plan.paths.openApi, `${JSON.stringify(openApiDocument(plan))}\n`]]);
}
