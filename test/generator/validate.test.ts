/** The format stage: each bad file gives one message at the position of what is wrong. */
import { describe, expect, it } from 'vitest';
import { modelsYaml, runStages } from '../helpers/spec-stages.js';

describe('validate', () => {
  it.each<[string, string, string]>([
    [
      'a negative count',
      '  Pet: { fields: { name: { type: string, minLength: -1 } } }',
      'pets.yaml:3:53: "minLength" must be at least 0',
    ],
    [
      'an unknown key',
      '  Pet: { fields: { name: { type: string, colour: red } } }',
      'pets.yaml:3:42: unknown field "colour"',
    ],
    ['a valid model', '  Pet: { fields: { name: { type: string, minLength: 1 } } }', ''],
  ])('%s', (_, models, want) => {
    expect(runStages({ 'pets.yaml': modelsYaml(`${models}\n`) }).messages).toBe(want);
  });

  it.each<[string, string]>([
    ['FETCH /pets', 'pets.yaml:4:16: "http" must be "VERB /path", e.g. "GET /accounts/{account_id}/devices"'],
    ['GET pets', 'pets.yaml:4:16: "http" must be "VERB /path", e.g. "GET /accounts/{account_id}/devices"'],
    ['GET /pets', ''],
    ['PATCH /pets', ''],
  ])('http: %s', (http, want) => {
    const file = `resource: zoo.pets\ntypePrefix: Pet\nendpoints:\n  get: { http: ${http} }\n`;
    expect(runStages({ 'pets.yaml': file }).messages).toBe(want);
  });
});
