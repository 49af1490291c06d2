/**
 * The seeds' example responses are tests: each one's `result` (for a list, each item) must
 * pass the generated schema of its endpoint, and broken copies of them must be rejected with
 * the path of the field.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ENDPOINT_SCHEMAS } from 'zero-trust-client/schemas';
import { describe, expect, it } from 'vitest';
import { readSpec } from '../generator/pipeline.js';
import { ROOT, SPEC_DIR } from './helpers/paths.js';

const DIR = path.join(ROOT, 'test/fixtures/seed-examples');
const ENDPOINT_OF: Record<string, string> = {
  'applications-create': 'zeroTrust.access.applications.create',
  'identity-providers-list': 'zeroTrust.identityProviders.list',
  'identity-providers-create': 'zeroTrust.identityProviders.create',
};

interface Example {
  file: string;
  endpoint: string;
  results: Record<string, unknown>[];
}

const examples: Example[] = await Promise.all(
  (await readdir(DIR)).sort().map(async (file) => {
    const body = JSON.parse(await readFile(path.join(DIR, file), 'utf8'));
    const endpoint = ENDPOINT_OF[file.replace(/-\d+\.json$/, '')]!;
    return { file, endpoint, results: Array.isArray(body.result) ? body.result : [body.result] };
  }),
);

const responseSchema = (endpoint: string) => ENDPOINT_SCHEMAS[endpoint]!.response!;

describe('seed example responses', () => {
  it('are the five the seeds contain', () => {
    expect(examples.map((e) => e.file)).toHaveLength(5);
    expect(new Set(examples.map((e) => e.endpoint)).size).toBe(3);
  });

  it.each(examples.map((e) => [e.file, e] as const))('%s passes its endpoint schema', (_file, example) => {
    for (const result of example.results) {
      const parsed = responseSchema(example.endpoint).safeParse(result);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    }
  });
});

it('the spec carries the seed examples, so the docs show them', async () => {
  const spec = await readSpec({ specDir: SPEC_DIR, specLabel: 'spec' });
  const endpoint = (id: string) => spec.resources.flatMap((r) => r.endpoints).find((e) => e.id === id)!;
  for (const example of examples) {
    expect(endpoint(example.endpoint).responseExample).toEqual(example.results[0]);
  }
});

describe('broken examples are rejected with the path of the field', () => {
  const app = examples.find((e) => e.endpoint === 'zeroTrust.access.applications.create')!.results[0]!;
  const idp = examples.find((e) => e.endpoint === 'zeroTrust.identityProviders.create')!.results[0]!;
  const firstIssue = (endpoint: string, value: unknown) => {
    const parsed = responseSchema(endpoint).safeParse(value);
    return parsed.success ? undefined : { path: parsed.error.issues[0]!.path, code: parsed.error.issues[0]!.code };
  };

  it('an application of a type that does not exist', () => {
    // SaaS and bookmark results may come without a type, so a type that picks no variant has every variant tried.
    expect(firstIssue('zeroTrust.access.applications.create', { ...app, type: 'teleport' })).toEqual({
      path: [],
      code: 'invalid_union',
    });
  });

  it('a SaaS application returned without its type, as the seed allows', () => {
    const saas = { id: 'a1', name: 'Wiki', saas_app: { auth_type: 'oidc', client_id: 'c' } };
    expect(firstIssue('zeroTrust.access.applications.get', saas)).toBeUndefined();
    expect(firstIssue('zeroTrust.access.applications.get', { ...saas, name: 5 })).toEqual({
      path: [],
      code: 'invalid_union',
    });
  });

  it('a self-hosted application without its required domain', () => {
    const { domain: _domain, ...withoutDomain } = app;
    expect(app['type']).toBe('self_hosted');
    expect(firstIssue('zeroTrust.access.applications.create', withoutDomain)).toEqual({
      path: ['domain'],
      code: 'invalid_type',
    });
  });

  it('a nested enum value the API does not have', () => {
    const cors = { ...(app['cors_headers'] as object), allowed_methods: ['GET', 'FETCH'] };
    expect(firstIssue('zeroTrust.access.applications.create', { ...app, cors_headers: cors })).toEqual({
      path: ['cors_headers', 'allowed_methods', 1],
      code: 'invalid_value',
    });
  });

  it('an identity provider whose config is not an object', () => {
    expect(firstIssue('zeroTrust.identityProviders.create', { ...idp, config: 'azure' })).toEqual({
      path: ['config'],
      code: 'invalid_type',
    });
  });
});
