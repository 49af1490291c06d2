/**
 * generated/openapi.json: valid OpenAPI 3.1 by an independent validator, clean by Redocly's
 * recommended rules (the few findings left are listed with the reason), and a faithful map of
 * the spec: every method, both real paths of an account-or-zone method, the wire names.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createConfig, lint } from '@redocly/openapi-core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { refsOf } from '../../generator/ir-walk.js';
import type { Spec } from '../../generator/ir.js';
import { readSpec } from '../../generator/pipeline.js';
import { OPENAPI_PATH, readOpenApi, responseOf, type Operation } from '../helpers/openapi.js';
import { SPEC_DIR } from '../helpers/paths.js';

const spec: Spec = await readSpec({ specDir: SPEC_DIR, specLabel: 'spec' });
const document = await readOpenApi();
const operations: [path: string, method: string, op: Operation][] = Object.entries(document.paths).flatMap(
  ([path, item]) => Object.entries(item).map(([method, op]) => [path, method, op] as [string, string, Operation]),
);

/** Models that no type refers to: bases that other models `extends` (their fields are copied), exported as types. */
function unreferencedModels(): string[] {
  const used = new Set<string>();
  for (const model of spec.models.values()) refsOf(model.type).forEach((n) => used.add(n));
  for (const r of spec.resources)
    for (const e of r.endpoints) {
      for (const f of [...e.pathParams, ...e.query]) refsOf(f.type).forEach((n) => used.add(n));
      const body = e.body;
      const bodyTypes =
        body?.kind === 'fields'
          ? body.fields.map((f) => f.type)
          : body?.kind === 'type'
            ? [body.type]
            : body
              ? [body.field.type]
              : [];
      for (const t of [...bodyTypes, ...(e.response ? [e.response] : [])]) refsOf(t).forEach((n) => used.add(n));
    }
  return [...spec.models.keys()].filter((name) => !used.has(name)).sort();
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 for @seriousme/openapi-schema-validator', async () => {
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document['openapi']).toMatch(/^3\.1\./);
  });

  it("passes Redocly's recommended-strict rules but for findings with a reason", async () => {
    const config = await createConfig({ extends: ['recommended-strict'] });
    const problems = await lint({ ref: OPENAPI_PATH, config });
    const found = problems.map((p) => `${p.ruleId}: ${p.location[0]?.pointer}`).sort();
    expect(found).toEqual(
      [
        // Two real routes of the API: a device id could be "deployment-groups", which the API routes first.
        'no-ambiguous-paths: #/paths/~1accounts~1{account_id}~1devices~1{device_id}~1override_codes',
        // Models only other models extend: their fields are in those models, and the package exports their types.
        ...unreferencedModels().map((name) => `no-unused-components: #/components/schemas/${name}`),
      ].sort(),
    );
  }, 60_000);

  it('has an operation for each method, two for a method on an account or a zone', () => {
    const expected = spec.resources.flatMap((r) =>
      r.endpoints.flatMap((e) =>
        e.scope === 'account_or_zone' ? [`${e.id} account`, `${e.id} zone`] : [`${e.id} ${e.scope}`],
      ),
    );
    const actual = operations.map(([path, , op]) => {
      const scope = path.startsWith('/accounts/{account_id}/')
        ? 'account'
        : path.startsWith('/zones/{zone_id}/')
          ? 'zone'
          : 'none';
      return `${op['x-sdk-method']} ${scope}`;
    });
    expect(actual.sort()).toEqual(expected.sort());
    expect(new Set(actual).size).toBe(
      97 + spec.resources.flatMap((r) => r.endpoints).filter((e) => e.scope === 'account_or_zone').length,
    );
    const ids = operations.map(([, , op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names operations after the SDK methods, and writes the real paths', () => {
    const groups = document.paths['/accounts/{account_id}/access/groups/{group_id}']!;
    expect(groups['get']!.operationId).toBe('zeroTrustAccessGroupsGetForAccount');
    expect(groups['get']!['x-sdk-method']).toBe('zeroTrust.access.groups.get');
    const zone = document.paths['/zones/{zone_id}/access/groups/{group_id}']!;
    expect(zone['get']!.operationId).toBe('zeroTrustAccessGroupsGetForZone');
    expect(zone['get']!.parameters!.map((p) => `${p.in} ${p.name} ${p.required}`)).toEqual([
      'path zone_id true',
      'path group_id true',
    ]);
    expect(document.paths['/accounts/{account_id}/devices/physical-devices']!['get']!.operationId).toBe(
      'zeroTrustDevicesDevicesList',
    );
    expect(Object.keys(document.paths).some((p) => p.includes('accounts_or_zones'))).toBe(false);
  });

  it('sends query parameters as the client does: lists repeated, objects by dotted names, wire names', () => {
    const list = document.paths['/accounts/{account_id}/devices/physical-devices']!['get']!;
    const query = Object.fromEntries(list.parameters!.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    expect(query['id']).toMatchObject({ style: 'form', explode: true, schema: { type: 'array' } });
    expect(query['last_seen_user.email']).toMatchObject({ required: false, schema: { type: 'string' } });
    expect(query['last_seen_user']).toBeUndefined();
    expect(query['cursor']).toMatchObject({ schema: { type: 'string' } });
    expect(list['x-pagination' as keyof Operation]).toMatchObject({ style: 'cursor', query: ['cursor', 'per_page'] });
    // Every query parameter the spec spells differently in the params object goes by the API's name.
    for (const r of spec.resources)
      for (const e of r.endpoints)
        for (const f of e.query.filter((q) => q.wireName !== undefined)) {
          const names = operations
            .filter(([, , op]) => op['x-sdk-method'] === e.id)
            .map(([, , op]) => op.parameters!.map((p) => p.name));
          for (const n of names) expect(n).toContain(f.wireName);
        }
  });

  it('wraps results in the envelope and describes failures and both ways to authenticate', () => {
    const get = document.paths['/accounts/{account_id}/access/groups/{group_id}']!['get']!;
    const ok = get.responses['200']!.content['application/json'].schema as Record<string, any>;
    expect(ok['required']).toEqual(['success', 'errors', 'messages', 'result']);
    expect(ok['properties'].result).toMatchObject({ $ref: '#/components/schemas/GroupGetResponse' });
    expect(get.responses['4XX']).toEqual({ $ref: '#/components/responses/ClientFailure' });
    expect(responseOf(document, get.responses['5XX']!).content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ApiFailure',
    });
    const list = document.paths['/accounts/{account_id}/access/groups']!['get']!;
    const page = list.responses['200']!.content['application/json'].schema as Record<string, any>;
    expect(page['required']).toContain('result_info');
    expect(page['properties'].result).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/GroupListResponse' },
    });
    expect(document['security']).toEqual([{ apiToken: [] }, { apiEmail: [], apiKey: [] }]);
    expect((document['components'] as any).securitySchemes).toMatchObject({
      apiToken: { type: 'http', scheme: 'bearer' },
      apiEmail: { type: 'apiKey', in: 'header', name: 'X-Auth-Email' },
      apiKey: { type: 'apiKey', in: 'header', name: 'X-Auth-Key' },
    });
    expect(document['servers']).toEqual([{ url: spec.api.baseURL }]);
  });

  it('has every model in components.schemas, discriminated unions with their mapping', () => {
    const schemas = document.components.schemas as Record<string, any>;
    for (const name of spec.models.keys()) expect(schemas[name], name).toBeDefined();
    const discriminated = Object.entries(schemas).filter(([, s]) => s.discriminator);
    expect(discriminated.length).toBeGreaterThan(0);
    for (const [name, s] of discriminated) {
      expect(s.oneOf, name).toBeDefined();
      for (const target of Object.values(s.discriminator.mapping ?? {}))
        expect(s.oneOf, name).toContainEqual({ $ref: target });
    }
  });

  it('is shipped in the package as zero-trust-client/openapi.json', async () => {
    const file = createRequire(import.meta.url).resolve('zero-trust-client/openapi.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(document);
    const manifest = JSON.parse(await readFile(new URL('../../generated/package.json', import.meta.url), 'utf8'));
    expect(manifest.files).toContain('openapi.json');
  });
});
