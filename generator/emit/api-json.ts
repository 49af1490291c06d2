/** Target: `api.json`, the public API as data (see api-description.ts), read back by `--diff`. */
import { describeApi } from '../api-description.js';
import { layOutJson, type JsonContainer } from '../json-layout.js';
import type { Plan } from '../plan.js';

export function emitApiJson(plan: Plan): Map<string, string> {
  return new Map([[plan.paths.apiJson, layOutJson(describeApi(plan.spec), holdsAnObject)]]);
}

/**
 * Only objects that hold objects have a member per line: an object of plain values (a field, a
 * list of enum values) stays on one line where it fits, so that the file reads one field per
 * line and a change shows as one changed line.
 */
function holdsAnObject(container: JsonContainer): boolean {
  return isObject(container) && Object.values(container).some(isObject);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
