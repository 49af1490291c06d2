/** The API described as data, shipped in the package: api.json (what --diff reads back) and the OpenAPI document. */
import type { Plan } from '../plan.js';
import { emitApiJson } from './api-json.js';
import { emitOpenApi } from './openapi/index.js';

export function emitDescriptions(plan: Plan): Map<string, string> {
  return new Map([...emitApiJson(plan), ...emitOpenApi(plan)]);
}
