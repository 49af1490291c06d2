/**
 * The exact request of a full call of every method, as the generated client sends it to a real
 * HTTP server on 127.0.0.1: verb, path, query, headers (credentials left out) and body, one .http
 * file per resource next to this test. A change in serialization shows in review as a changed
 * request; `npm run test:update-golden` rewrites the files after an intended change.
 */
import Cloudflare from 'zero-trust-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOf } from '../../generator/examples.js';
import type { Endpoint, Spec } from '../../generator/ir.js';
import { readSpec } from '../../generator/pipeline.js';
import { callArguments, exampleCall, methodOf } from '../helpers/example-calls.js';
import { envelope, startServer, type RecordedRequest, type TestServer } from '../helpers/http-server.js';
import { SPEC_DIR } from '../helpers/paths.js';

const spec: Spec = await readSpec({ specDir: SPEC_DIR, specLabel: 'spec' });

/** Headers that carry a credential, or that change from run to run (the server's port). */
const LEFT_OUT = new Set(['authorization', 'x-auth-key', 'x-auth-email', 'x-auth-user-service-key', 'host']);
const TOKEN = 'wire-token';

let server: TestServer;
let client: Cloudflare;
beforeAll(async () => {
  server = await startServer();
  client = new Cloudflare({ apiToken: TOKEN, baseURL: `${server.url}/client/v4`, maxRetries: 0 });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

async function send(e: Endpoint): Promise<RecordedRequest> {
  const item = e.response ? exampleOf(spec, e.response, 'response') : null;
  const resultInfo = { page: 1, per_page: 5, count: 1, total_count: 1, total_pages: 1, cursor: '' };
  server.reply({ json: e.pagination ? envelope([item], { result_info: resultInfo }) : envelope(item) });
  const call = exampleCall(spec, e);
  await methodOf(client, e.id)(...callArguments(e, call));
  return server.requests.at(-1)!;
}

/** One request in the .http format: request line, headers in name order, a blank line, the body. */
function render(e: Endpoint, request: RecordedRequest): string {
  const headers = Object.entries(request.headers)
    .filter(([name]) => !LEFT_OUT.has(name))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(', ') : value}`);
  const body = request.body ? `\n${JSON.stringify(JSON.parse(request.body), null, 2)}\n` : '';
  return `### ${e.id}\n${request.method} ${request.url}\n${headers.join('\n')}\n${body}`;
}

describe('the requests of a full call of every method', () => {
  it.each(spec.resources.map((r) => [r.path.join('.'), r] as const))('%s', async (name, resource) => {
    const blocks: string[] = [];
    for (const e of resource.endpoints) {
      const request = await send(e);
      expect(request.headers['authorization']).toBe(`Bearer ${TOKEN}`);
      const text = render(e, request);
      expect(text).not.toContain(TOKEN);
      blocks.push(text);
    }
    await expect(blocks.join('\n')).toMatchFileSnapshot(`./${name}.http`);
  });
});
