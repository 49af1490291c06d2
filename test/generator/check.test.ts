/** The whole-spec checks: references between models, and rules that need every file. */
import { describe, expect, it } from 'vitest';
import { modelsYaml, runStages } from '../helpers/spec-stages.js';

describe('check', () => {
  it.each<[string, string, string]>([
    ['a reference to no model', '  Pet: { fields: { owner: Owner } }', 'pets.yaml:3:27: unknown type "Owner"'],
    ['a reference to a model', '  Pet: { fields: { owner: Owner } }\n  Owner: { fields: { name: string } }', ''],
    ['an unknown primitive', '  Pet: { fields: { name: { type: strin } } }', 'pets.yaml:3:34: unknown type "strin"'],
  ])('%s', (_, models, want) => {
    expect(runStages({ 'pets.yaml': modelsYaml(`${models}\n`) }).messages).toBe(want);
  });

  it.each<[string, string]>([
    ['GET /pets', ''],
    ['POST /pets', 'pets.yaml:4:3: page pagination applies to GET endpoints, not POST'],
  ])('pagination on %s', (http, want) => {
    const file = `resource: zoo.pets\ntypePrefix: Pet\nendpoints:\n  list: { http: ${http}, pagination: Pages, response: "string[]" }\n`;
    expect(runStages({ 'pets.yaml': file }).messages).toBe(want);
  });
});
