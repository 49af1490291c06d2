/** `extends`: an object model gets the fields of the models it names, before its own. */
import { describe, expect, it } from 'vitest';
import type { TypeNode } from '../../generator/ir.js';
import { modelsYaml, runStages } from '../helpers/spec-stages.js';

/** The fields of `model` in the spec of these models, as `name: type`. */
function fieldsOf(models: string, model: string): string[] {
  const { spec, messages } = runStages({ 'pets.yaml': modelsYaml(models) });
  const type = spec?.models.get(model)?.type;
  if (type?.kind !== 'object') throw new Error(`${model} is no object: ${messages}`);
  const name = (t: TypeNode) => (t.kind === 'primitive' ? t.name : t.kind);
  return type.fields.map((f) => `${f.name}: ${name(f.type)}`);
}

describe('inheritFields', () => {
  it.each<{ name: string; given: [models: string, model: string]; want: string[] }>([
    {
      name: 'inherited fields first; an own field replaces an inherited one where it is declared',
      given: [
        '  Animal: { fields: { id: string, name: integer } }\n  Cat: { extends: Animal, fields: { kind: { const: cat }, name: string } }\n',
        'Cat',
      ],
      want: ['id: string', 'kind: literal', 'name: string'],
    },
    {
      name: 'through two levels, bases declared after the model',
      given: [
        '  C: { extends: B, fields: { c: string } }\n  B: { extends: A, fields: { b: string } }\n  A: { fields: { a: string } }\n',
        'C',
      ],
      want: ['a: string', 'b: string', 'c: string'],
    },
    {
      name: 'from two bases: a later base replaces a field of an earlier one, in its place',
      given: [
        '  A: { fields: { x: string, y: string } }\n  B: { fields: { x: integer } }\n  D: { extends: [A, B], fields: { d: string } }\n',
        'D',
      ],
      want: ['x: integer', 'y: string', 'd: string'],
    },
    {
      name: 'without fields of its own',
      given: ['  A: { fields: { a: string } }\n  E: { extends: A }\n', 'E'],
      want: ['a: string'],
    },
  ])('$name', ({ given: [models, model], want }) => {
    expect(fieldsOf(models, model)).toEqual(want);
  });

  it.each<{ name: string; given: string; want: string }>([
    {
      name: 'an unknown base, with the closest model name',
      given: '  Cat: { extends: Animl }\n  Animal: { fields: { id: string } }\n',
      want: 'pets.yaml:3:19: unknown model "Animl" (did you mean "Animal"?)',
    },
    {
      name: 'an unknown base in a list, at its place in the list',
      given: '  Cat: { extends: [Animal, Nope] }\n  Animal: { fields: { id: string } }\n',
      want: 'pets.yaml:3:28: unknown model "Nope"',
    },
    {
      name: 'a base that is not an object',
      given: '  Kind: { enum: [cat, dog] }\n  Cat: { extends: Kind }\n',
      want: 'pets.yaml:4:19: "Kind" is not an object model, so its fields cannot be inherited',
    },
    { name: 'a model that extends itself', given: '  A: { extends: A }\n', want: 'pets.yaml:3:17: "A" extends itself' },
    {
      name: 'two models that extend each other, where the cycle closes',
      given: '  A: { extends: B }\n  B: { extends: A }\n',
      want: 'pets.yaml:4:17: "B" extends "A", which extends "B"; a model cannot inherit from itself',
    },
    {
      name: 'a cycle of three',
      given: '  A: { extends: B }\n  B: { extends: C }\n  C: { extends: A }\n',
      want: 'pets.yaml:5:17: "C" extends "A", which extends "B", which extends "C"; a model cannot inherit from itself',
    },
  ])('reports $name', ({ given, want }) => {
    expect(runStages({ 'pets.yaml': modelsYaml(given) }).messages).toBe(want);
  });
});
