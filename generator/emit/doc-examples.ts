/**
 * The examples of a method in the docs: a call with the required fields only and one with every
 * field, each as TypeScript and as the curl command of the same request. The curl command is
 * built by the runtime's own request builder, so it is the request the client sends.
 */
import { shellWord, shellWordWithVariables, tsScalar, tsString } from '../escape.js';
import { exampleOf, objectExample } from '../examples.js';
import { paramsArity, scopeKeys } from '../ir-walk.js';
import type { Endpoint, Resource, Spec } from '../ir.js';
import { endpointPlan, type Plan } from '../plan.js';
import { propertyName } from '../escape.js';
import { buildRequest } from '../runtime/build-request.js';

const EXAMPLE_SCOPE = { account_id: '023e105f4ecef8ad9ca31a8372d0c353', zone_id: '023e105f4ecef8ad9ca31a8372d0c353' };
const EXAMPLE_ID = '699d9864-2c56-4d2e-855e-9661899b7252';

export interface ExampleVariant {
  /** `required` or `all`. */
  readonly id: string;
  readonly label: string;
  readonly ts: string;
  readonly curl: string;
}

export interface MethodExamples {
  /** The required-fields call, then the every-field call when it differs. */
  readonly variants: readonly ExampleVariant[];
  /** What the call returns; for a list, one item. */
  readonly response: unknown;
}

// Both doc targets show the same examples: each endpoint's are made once.
const made = new WeakMap<Endpoint, MethodExamples>();

export function methodExamples(plan: Plan, resource: Resource, e: Endpoint): MethodExamples {
  let examples = made.get(e);
  if (!examples) made.set(e, (examples = makeExamples(plan, resource, e)));
  return examples;
}

function makeExamples(plan: Plan, resource: Resource, e: Endpoint): MethodExamples {
  const { spec } = plan;
  const required = variant(plan, resource, e, false);
  const all = variant(plan, resource, e, true);
  const variants = [{ id: 'required', label: 'Required fields', ...required }];
  if (all.ts !== required.ts) variants.push({ id: 'all', label: 'All fields', ...all });
  const response =
    e.responseExample ?? (e.response ? exampleOf(spec, e.response, 'response', 0, { fields: 'all' }) : null);
  return { variants, response };
}

/** The params object of an example call: the scope, the query, the body. */
export function exampleParams(spec: Spec, e: Endpoint, full: boolean): Record<string, unknown> | undefined {
  if (paramsArity(e) === 'none') return undefined;
  const fields = full ? 'all' : 'required';
  const params: Record<string, unknown> = {};
  for (const key of scopeKeys(e.scope).slice(0, 1)) params[key] = EXAMPLE_SCOPE[key];
  for (const f of e.query)
    if (f.required || (full && !f.type.meta.deprecated))
      params[f.name] = exampleOf(spec, f.type, 'request', 1, { fields, name: f.name });
  // The client moves between pages itself: page and cursor parameters are shown only when required.
  for (const f of e.pagination?.query ?? [])
    if (f.required) params[f.name] = exampleOf(spec, f.type, 'request', 1, { fields, name: f.name });
  const body = e.body;
  if (body?.kind === 'fields') Object.assign(params, objectExample(spec, body.fields, 'request', 0, { fields }));
  if (body?.kind === 'type') Object.assign(params, exampleOf(spec, body.type, 'request', 0, { fields }));
  if (body?.kind === 'param')
    params[body.field.name] = exampleOf(spec, body.field.type, 'request', 0, { fields, name: body.field.name });
  return params;
}

function variant(plan: Plan, resource: Resource, e: Endpoint, full: boolean): { ts: string; curl: string } {
  const { spec } = plan;
  const ids = e.pathParams.map(() => EXAMPLE_ID);
  const params = exampleParams(spec, e, full);
  const args = [...ids.map(tsString), ...(params ? [tsLiteral(params, '')] : [])];
  const call = `client.${resource.path.join('.')}.${e.name}(${args.join(', ')})`;
  const ts = e.pagination
    ? `for await (const item of ${call}) {\n  console.log(item);\n}`
    : `const result = await ${call};\nconsole.log(result);`;
  return { ts, curl: curlCommand(plan, e, ids, params) };
}

function curlCommand(plan: Plan, e: Endpoint, ids: string[], params: object | undefined): string {
  const { spec } = plan;
  const { path, query, body } = buildRequest(endpointPlan(plan, e).runtime, ids, params);
  const search = query.toString();
  const url = `${spec.api.baseURL.replace(/\/$/, '')}${path}${search ? `?${search}` : ''}`;
  const auth = spec.api.auth[0];
  const lines = [`curl ${e.method === 'GET' ? '' : `-X ${e.method} `}${shellWord(url)}`];
  for (const [name, template] of Object.entries(auth?.headers ?? {})) {
    // Each credential placeholder becomes the environment variable the client reads it from.
    const variables: string[] = [];
    const value = template.replace(/\{(\w+)\}/g, (_, option: string) => {
      const variable = auth?.env?.[option] ?? option.toUpperCase();
      variables.push(variable);
      return `$${variable}`;
    });
    lines.push(`-H ${shellWordWithVariables(`${name}: ${value}`, variables)}`);
  }
  if (body !== undefined) {
    lines.push(`-H ${shellWord('Content-Type: application/json')}`);
    lines.push(`--data ${shellWord(JSON.stringify(body, null, 2).replace(/\n/g, '\n  '))}`);
  }
  return lines.join(' \\\n  ');
}

/** Plain data as a TypeScript literal, indented: keys bare where they can be. */
export function tsLiteral(value: unknown, indent: string): string {
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return tsScalar(value);
  if (value === null || typeof value !== 'object') return value === undefined ? 'undefined' : 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${propertyName(k)}: ${tsLiteral(v, inner)},`).join('\n')}\n${indent}}`;
}
