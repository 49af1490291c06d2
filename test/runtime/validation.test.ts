import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BaseClient,
  ValidationError,
  type BaseClientOptions,
  type SchemaRegistry,
} from '../../generator/runtime/index.js';
import { api, groups, TOKEN } from './fixtures.js';
import { envelope, startServer, type TestServer } from '../helpers/http-server.js';

const Group = z.object({ id: z.string(), name: z.string(), kind: z.enum(['static', 'dynamic']).optional() });
const registry: SchemaRegistry = {
  [groups.get.id]: { request: z.object({ account_id: z.string() }), response: Group },
  [groups.create.id]: { request: z.object({ account_id: z.string(), name: z.string().max(5) }), response: Group },
  [groups.list.id]: { response: Group },
};

let server: TestServer;
let loads: number;
let warnings: string[];
const clients: BaseClient[] = [];

function client(options: BaseClientOptions = {}): BaseClient {
  const loadSchemas = async () => (loads++, registry);
  const logger = { warn: (message: string) => void warnings.push(message) };
  const made = new BaseClient({ apiToken: TOKEN, baseURL: server.url, logger, ...options }, { ...api, loadSchemas });
  clients.push(made);
  return made;
}

beforeEach(async () => {
  server = await startServer();
  loads = 0;
  warnings = [];
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await server.close();
});

const scope = { account_id: 'acc' };

describe('validation off (the default)', () => {
  it('never loads the schemas and returns what arrived', async () => {
    server.reply({ json: envelope({ id: 1 }) });
    expect(await client().request(groups.get, ['g'], scope)).toEqual({ id: 1 });
    expect(loads).toBe(0);
  });
});

describe('strict', () => {
  it('rejects a response with a field of the wrong type, naming the field', async () => {
    server.reply({ json: envelope({ id: 'g', name: 42 }) });
    const error = await client({ validation: 'strict' })
      .request(groups.get, ['g'], scope)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ endpoint: groups.get.id, direction: 'response', path: 'result.name' });
    expect((error as Error).message).toMatch(
      /^zeroTrust\.access\.groups\.get: the response does not match the spec at result\.name: /,
    );
  });

  it('rejects a wrong enum value and a missing required field', async () => {
    server.reply({ json: envelope({ id: 'g', name: 'n', kind: 'other' }) }, { json: envelope({ id: 'g' }) });
    const strict = client({ validation: 'strict' });
    await expect(strict.request(groups.get, ['g'], scope)).rejects.toMatchObject({ path: 'result.kind' });
    await expect(strict.request(groups.get, ['g'], scope)).rejects.toMatchObject({ path: 'result.name' });
  });

  it('accepts unknown keys in a response and returns the body untouched', async () => {
    server.reply({ json: envelope({ id: 'g', name: 'n', added_later: true }) });
    expect(await client({ validation: 'strict' }).request(groups.get, ['g'], scope)).toEqual({
      id: 'g',
      name: 'n',
      added_later: true,
    });
  });

  it('rejects bad params before sending anything, without echoing the value', async () => {
    const error = await client({ validation: 'strict' })
      .request(groups.create, [], { ...scope, name: 'secret-value-too-long' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ direction: 'request', path: 'params.name' });
    expect((error as Error).message).not.toContain('secret-value');
    expect(server.requests).toHaveLength(0);
  });

  it('checks every item of every page, naming the item', async () => {
    const info = { page: 1, per_page: 2, total_pages: 2 };
    server.reply(
      { json: envelope([{ id: 'a', name: 'a' }], { result_info: info }) },
      { json: envelope([{ id: 'b', name: 'b' }, { id: 'c' }], { result_info: { ...info, page: 2 } }) },
    );
    const items: unknown[] = [];
    const walk = async () => {
      for await (const item of client({ validation: 'strict' }).requestPage(groups.list, [], scope)) items.push(item);
    };
    await expect(walk()).rejects.toMatchObject({ path: 'result[1].name' });
    expect(items).toEqual([{ id: 'a', name: 'a' }]);
  });

  it('can be turned off for one call', async () => {
    server.reply({ json: envelope({ id: 'g', name: 42 }) });
    const result = await client({ validation: 'strict' }).request(groups.get, ['g'], scope, { validation: 'off' });
    expect(result).toEqual({ id: 'g', name: 42 });
    expect(loads).toBe(0);
  });
});

describe('warn', () => {
  it('logs the first mismatch of an endpoint once, and still returns the data', async () => {
    server.fallback = () => ({ json: envelope({ id: 'g', name: 42 }) });
    const warning = client({ validation: 'warn' });
    expect(await warning.request(groups.get, ['g'], scope)).toEqual({ id: 'g', name: 42 });
    await warning.request(groups.get, ['g'], scope);
    expect(warnings).toEqual([
      expect.stringMatching(/^zeroTrust\.access\.groups\.get: the response does not match the spec at result\.name/),
    ]);
    expect(loads).toBe(1);
  });

  it('is chosen per call', async () => {
    server.reply({ json: envelope({ id: 'g', name: 42 }) });
    await client().request(groups.get, ['g'], scope, { validation: 'warn' });
    expect(warnings).toHaveLength(1);
  });
});

it('refuses an unknown mode', () => {
  expect(() => client({ validation: 'loud' as 'warn' })).toThrow('validation must be one of off, warn, strict.');
});
