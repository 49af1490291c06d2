/** Target: `api.json`, the public API as data (see api-description.ts), read back by `--diff`. */
import { describeApi } from '../api-description.js';
import type { Plan } from '../plan.js';

export function emitApiJson(plan: Plan): Map<string, string> {
  return new Map([[plan.paths.apiJson, `${jsonText(describeApi(plan.spec), '')}\n`]]);
}

/**
 * JSON with every object that holds only plain values on one line (a field, a list of enum
 * values), so that the file reads one field per line and a change shows as one changed line.
 * The formatter keeps such lines as they are when they fit, and breaks them when they do not.
 */
function jsonText(value: unknown, indent: string): string {
  if (!isObject(value) || isFlat(value)) return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
  const inner = `${indent}  `;
  const entries = Object.entries(value).map(([key, v]) => `${inner}${JSON.stringify(key)}: ${jsonText(v, inner)}`);
  return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${indent}}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFlat(value: Record<string, unknown>): boolean {
  return Object.values(value).every((v) => !isObject(v));
}
