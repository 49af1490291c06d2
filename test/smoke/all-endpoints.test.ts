/**
 * Every method of the spec, called on the generated package (imported by name) against a real
 * HTTP server on 127.0.0.1 with random params and a random answer of the spec's types
 * (helpers/random-values.ts, seeded per method; not the generator's own examples): the request
 * must carry the verb, path, query and body the spec describes, and the answer must come back
 * through the envelope. Validation is strict, so the params and results must also pass the
 * generated schemas. The methods are
 * checked against the published endpoint table too: name, verb, path, pagination, deprecation.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Cloudflare from 'zero-trust-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Endpoint, Spec } from '../../generator/ir.js';
import { positionalName } from '../../generator/names.js';
import { readSpec } from '../../generator/pipeline.js';
import { callArguments, methodOf, randomCall } from '../helpers/example-calls.js';
import { envelope, startServer, type TestServer } from '../helpers/http-server.js';
import { ROOT, SPEC_DIR } from '../helpers/paths.js';
import { sampleOne, seedOf, valuesOf } from '../helpers/random-values.js';

interface ReferenceRow {
  sdk_method: string;
  http: string;
  path: string;
  positional: string[];
  pagination: string | null;
  deprecated: boolean;
}

const spec: Spec = await readSpec({ specDir: SPEC_DIR, specLabel: 'spec' });
const endpoints = spec.resources.flatMap((r) => r.endpoints);
const reference: ReferenceRow[] = JSON.parse(
  await readFile(path.join(ROOT, 'test/fixtures/reference/endpoints.json'), 'utf8'),
);

let server: TestServer;
let client: Cloudflare;
beforeAll(async () => {
  server = await startServer();
  client = new Cloudflare({
    apiToken: 'smoke-token',
    baseURL: `${server.url}/client/v4`,
    maxRetries: 0,
    validation: 'strict',
  });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

describe('the spec against the endpoint table', () => {
  it('has every method of the table, and nothing else', () => {
    expect(endpoints.map((e) => e.id).sort()).toEqual(reference.map((r) => r.sdk_method).sort());
    expect(endpoints).toHaveLength(97);
  });

  it.each(reference.map((r) => [r.sdk_method, r] as const))(
    '%s: verb, path, ids, pagination, deprecation',
    (id, row) => {
      const e = endpoints.find((candidate) => candidate.id === id)!;
      expect({
        http: e.method,
        path: e.path,
        positional: e.pathParams.map((p) => positionalName(p.name)),
        pagination: e.pagination?.name ?? null,
        deprecated: e.deprecated !== undefined,
      }).toEqual({
        http: row.http,
        path: row.path,
        positional: row.positional,
        pagination: row.pagination,
        deprecated: row.deprecated,
      });
    },
  );
});

/** The query string the API expects: arrays repeat the key, nested objects use dotted names. */
function expectedQuery(query: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  const add = (key: string, value: unknown): void => {
    if (Array.isArray(value)) value.forEach((item) => add(key, item));
    else if (value !== null && typeof value === 'object')
      Object.entries(value).forEach(([k, v]) => add(`${key}.${k}`, v));
    else out.push([key, String(value)]);
  };
  Object.entries(query).forEach(([key, value]) => add(key, value));
  return out.sort();
}

function expectedPath(e: Endpoint, scope: Record<string, string>, ids: string[]): string {
  const values: Record<string, string> = {
    accounts_or_zones: 'accounts',
    account_or_zone_id: scope['account_id'] ?? '',
    account_id: scope['account_id'] ?? '',
    zone_id: scope['zone_id'] ?? '',
  };
  e.pathParams.forEach((p, i) => (values[p.name] = ids[i]!));
  return `/client/v4${e.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name]!))}`;
}

describe('every method against a server', () => {
  it.each(endpoints.map((e) => [e.id, e] as const))('%s', async (id, e) => {
    const call = randomCall(spec, e);
    const item = e.response ? sampleOne(valuesOf(spec, e.response, 'response'), seedOf(`${id} answer`)) : null;
    const result = e.pagination ? [item] : item;
    const resultInfo = { page: 1, per_page: 5, count: 1, total_count: 1, total_pages: 1, cursor: '' };
    server.reply({ json: e.pagination ? envelope(result, { result_info: resultInfo }) : envelope(result) });

    const returned = await methodOf(client, id)(...callArguments(e, call));

    const request = server.requests.at(-1)!;
    const url = new URL(request.url, 'http://127.0.0.1');
    expect(request.method).toBe(e.method);
    expect(url.pathname).toBe(expectedPath(e, call.scope, call.ids));
    expect([...url.searchParams].sort()).toEqual(expectedQuery(call.sentQuery));
    expect(request.body ? JSON.parse(request.body) : undefined).toEqual(call.body);
    expect(e.pagination ? (returned as { result: unknown }).result : returned).toEqual(result);
  });
});
