// Copied from generator/mock/validation.ts by `npm run generate`. Edit it there.
/** The generated schemas applied by the mock server: to what it is sent, and to what it keeps. */
import { issuePath, type SchemaRegistry } from '../runtime/validation.js';
import { copy, ERROR_CODES, failure, type Answer } from './actions.js';
import { paramsOf, wireName } from './params.js';
import { isObject } from './records.js';
import type { MockRoute } from './route.js';

/**
 * 400 for a body that is not the JSON object a route's fields come from, or naming every field
 * that does not match the endpoint's params schema.
 */
export function checkRequest(
  schemas: SchemaRegistry,
  route: MockRoute,
  values: Readonly<Record<string, string>>,
  query: Readonly<Record<string, unknown>>,
  body: unknown,
): Answer | undefined {
  if (route.body === 'params' && body !== undefined && !isObject(body))
    return failure(400, ERROR_CODES.invalidRequest, 'The request body must be a JSON object', '/body');
  return checkParams(schemas, route, paramsOf(route, values, query, body));
}

function checkParams(schemas: SchemaRegistry, route: MockRoute, params: Record<string, unknown>): Answer | undefined {
  const schema = schemas[route.id]?.request;
  const checked = schema?.safeParse(params);
  if (!checked || checked.success) return undefined;
  const errors = checked.error.issues.map((issue) => {
    const [head, ...rest] = issue.path;
    const root =
      typeof route.body === 'object' && head === route.body.param ? 'body' : wireName(route, String(head ?? ''));
    const field = issuePath(root, rest);
    const pointer = `/${[root, ...rest].map(String).join('/')}`;
    return { code: ERROR_CODES.invalidRequest, message: `${field || 'body'}: ${issue.message}`, source: { pointer } };
  });
  return { status: 400, body: { success: false, errors, messages: [], result: null } };
}

/**
 * A written object as the API answers it: request fields that the answer's schema rejects (not
 * echoed by the API, or echoed in another shape) are left out, or take the template's value.
 */
export function fitToAnswer(schemas: SchemaRegistry, route: MockRoute): (value: unknown) => unknown {
  const schema = schemas[route.id]?.response;
  const template = isObject(route.template) ? route.template : {};
  return (value) => {
    if (!schema || !isObject(value)) return value;
    const out = { ...value };
    for (let round = 0; round < 3; round++) {
      const checked = schema.safeParse(out);
      if (checked.success) break;
      const keys = new Set(checked.error.issues.map((issue) => issue.path[0]));
      const wrong = Object.keys(out).filter((key) => keys.has(key));
      if (wrong.length === 0) break;
      for (const key of wrong) {
        if (Object.hasOwn(template, key) && round === 0) out[key] = copy(template[key]);
        else delete out[key];
      }
    }
    return out;
  };
}
