/**
 * The OpenAPI document against the mock server, the zod validators' other half: every method of
 * the spec is called through the generated client (in lifecycle order, as in
 * test/mock/all-methods.test.ts), and each raw answer must validate against the operation's 200
 * response schema with ajv's JSON Schema 2020-12 build. Each request body the client sends must
 * validate against the operation's request body, and a not-found answer against the 4XX schema.
 */
import Cloudflare from 'zero-trust-client';
import { startMockServer, type MockServer } from 'zero-trust-client/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concretePaths } from '../../generator/ir-walk.js';
import type { Endpoint, Spec } from '../../generator/ir.js';
import { readSpec } from '../../generator/pipeline.js';
import { callArguments, methodOf } from '../helpers/example-calls.js';
import { resourceWalks } from '../helpers/lifecycle.js';
import { DocumentValidator, readOpenApi, responseOf, type Operation } from '../helpers/openapi.js';
import { SPEC_DIR } from '../helpers/paths.js';

const spec: Spec = await readSpec({ specDir: SPEC_DIR, specLabel: 'spec' });
const document = await readOpenApi();
const validator = new DocumentValidator(document);
const walkOf = resourceWalks(spec);

let mock: MockServer;
let client: Cloudflare;
beforeAll(async () => {
  mock = await startMockServer();
  // Validation off: the JSON Schema, not zod, judges the answers here.
  client = new Cloudflare({ apiToken: 'mock-token', baseURL: mock.url, maxRetries: 0, validation: 'off' });
});
afterAll(async () => {
  await client.close();
  await mock.close();
});

/** The operation the example call goes to: the account path of an account-or-zone method. */
function operationOf(e: Endpoint): Operation {
  const path = concretePaths(e)[0]!.path;
  const op = document.paths[path]?.[e.method.toLowerCase()];
  if (!op) throw new Error(`no operation for ${e.method} ${path}`);
  return op;
}

let checked = 0;

describe.each(spec.resources.map((r) => [r.path.join('.'), r] as const))('%s', (_name, resource) => {
  const walk = walkOf(resource);

  it.each(walk.steps.map((step) => [`${step[1].action}: ${step[0].name}`, step] as const))(
    '%s',
    async (_label, step) => {
      const [e, route] = step;
      const call = walk.call(mock, step);
      const op = operationOf(e);
      if (e.body) {
        const body = op.requestBody!.content['application/json'].schema;
        expect(validator.errors(body, call.body), `request body of ${e.id}`).toEqual([]);
      }

      const promise = methodOf(client, e.id)(...callArguments(e, call)) as unknown as {
        asResponse(): Promise<Response>;
      };
      const response = await promise.asResponse();
      expect(response.status, e.id).toBe(200);
      const answer: unknown = await response.json();
      const schema = op.responses['200']!.content['application/json'].schema;
      expect(validator.errors(schema, answer), `answer of ${e.id}: ${JSON.stringify(answer)}`).toEqual([]);
      // The schema must not accept just anything: a failure's body is not a success.
      expect(validator.errors(schema, { success: false, errors: [], messages: [], result: null })).not.toEqual([]);
      checked++;
      if (route.action === 'create')
        walk.itemId = String((answer as { result: Record<string, unknown> }).result[route.idField!]);

      if (route.action === 'delete' && route.itemParam) {
        const getter = walk.steps.find(([, r]) => r.action === 'get' && r.itemParam)?.[0];
        if (getter) {
          // Asked for directly: the client turns a 404 into an error, without the body.
          const values: Record<string, string> = {
            account_id: 'acc 1',
            zone_id: 'zone 1',
            [route.itemParam]: walk.itemId,
          };
          const path = concretePaths(getter)[0]!.path.replace(/\{([^}]*)\}/g, (_, name: string) =>
            encodeURIComponent(values[name] ?? `${name} x`),
          );
          const missing = await fetch(`${mock.url}${path}`, { headers: { authorization: 'Bearer mock-token' } });
          expect(missing.status).toBe(404);
          const failure = responseOf(document, operationOf(getter).responses['4XX']!).content['application/json']
            .schema;
          expect(validator.errors(failure, await missing.json())).toEqual([]);
        }
      }
    },
  );
});

it('checked the answer of every method of the spec', () => {
  expect(checked).toBe(97);
});
