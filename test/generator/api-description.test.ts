import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeApi } from '../../generator/api-description.js';
import { readSpec } from '../../generator/pipeline.js';
import { FIXTURE_SPEC_DIR } from '../helpers/paths.js';
import { specDir } from '../helpers/spec-dir.js';

const KENNELS = `
resource: zoo.kennels
title: Kennels
typePrefix: Kennel
models:
  Kennel:
    fields:
      id: { type: string, readOnly: true, required: true }
      keeper:
        required: true
        fields:
          email: { type: string, required: true }
      slots:
        type: array
        items:
          fields:
            size: { enum: [small, large], nullable: true }
      tags: { type: "Tag[]", nullable: true }
  Tag:
    enum: [quiet, loud]
  Unused:
    fields:
      note: string
endpoints:
  list:
    http: GET /accounts/{account_id}/kennels
    query:
      sizes: { type: array, items: { enum: [small, large] } }
    response: "Kennel[]"
  create:
    http: POST /accounts/{account_id}/kennels
    body: { fields: { tag: Tag } }
    response: { fields: { id: { type: string, required: true } } }
  ping:
    http: GET /ping
`;

async function describeSpec(files: Record<string, string>) {
  const { dir, cleanup } = await specDir(files);
  try {
    return describeApi(await readSpec({ specDir: dir, specLabel: 'spec' }));
  } finally {
    await cleanup();
  }
}

describe('describeApi', async () => {
  const api = await describeSpec({
    'api.yaml': await readFile(path.join(FIXTURE_SPEC_DIR, 'api.yaml'), 'utf8'),
    'kennels.yaml': KENNELS,
  });

  it('lists the fields of inline objects under dotted names, arrays marked []', () => {
    expect(api.models.Kennel).toEqual({
      type: 'object',
      usedIn: ['response'],
      fields: {
        id: { type: 'string', required: true, readOnly: true },
        keeper: { type: 'object', required: true },
        'keeper.email': { type: 'string', required: true },
        slots: { type: 'object[]', required: false },
        'slots[].size': { type: 'enum', required: false, nullable: true, enum: ['small', 'large'] },
        tags: { type: 'Tag[]', required: false, nullable: true },
      },
    });
  });

  it('says where each model is used, following models through models', () => {
    expect(api.models.Tag).toEqual({ type: 'enum', usedIn: ['request', 'response'], enum: ['quiet', 'loud'] });
    expect(api.models.Unused!.usedIn).toEqual([]);
  });

  it('describes methods sorted by id, with their params, response and params type', () => {
    expect(Object.keys(api.methods)).toEqual(['zoo.kennels.create', 'zoo.kennels.list', 'zoo.kennels.ping']);
    expect(api.methods['zoo.kennels.list']).toEqual({
      verb: 'GET',
      path: '/accounts/{account_id}/kennels',
      scope: 'account',
      args: [],
      paramsType: 'KennelListParams',
      params: { sizes: { type: 'enum[]', required: false, enum: ['small', 'large'] } },
      response: { type: 'Kennel[]' },
    });
    expect(api.methods['zoo.kennels.create']!.response).toEqual({
      type: 'object',
      fields: { id: { type: 'string', required: true } },
    });
    // A method without params has no params type: none is exported.
    expect(api.methods['zoo.kennels.ping']).toMatchObject({ params: {}, response: null });
    expect(api.methods['zoo.kennels.ping']).not.toHaveProperty('paramsType');
  });

  it('is the same for the same spec', async () => {
    const again = await describeSpec({
      'api.yaml': await readFile(path.join(FIXTURE_SPEC_DIR, 'api.yaml'), 'utf8'),
      'kennels.yaml': KENNELS,
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(api));
  });
});
