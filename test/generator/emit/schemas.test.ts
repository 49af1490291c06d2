/** The zod schemas: a module as written, and the schemas of the fixture spec run on real values. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { emitSchemas } from '../../../generator/emit/schemas.js';
import { PETS_YAML, planOf, printedFiles } from '../../helpers/emit-stages.js';
import { writeFixtureOutput } from '../../helpers/fixture-output.js';

let s: Record<string, z.ZodType>;
beforeAll(async () => {
  const dir = await writeFixtureOutput('schemas');
  s = await import(pathToFileURL(path.join(dir, 'src/schemas/index.ts')).href);
});

const issuePaths = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

const cat = {
  kind: 'cat',
  id: '0b7a6a3e-1f0d-4c51-9d8c-2f2a4b6c8d0e',
  name: 'Tom',
  lives: 9,
  tags: { colour: 'grey' },
};

describe('schemas emitter', () => {
  it("writes a module: each model's schema, then the params schema of each endpoint, and the index", () => {
    const files = printedFiles(planOf({ 'pets.yaml': PETS_YAML }), emitSchemas);
    expect([...files.keys()]).toEqual(['src/schemas/index.ts', 'src/schemas/pets.ts']);
    expect(files.get('src/schemas/index.ts')).toBe('export * from "./pets.js";\n');
    // As ts-morph prints it; Biome lays it out (its indentation too) when the file is written.
    expect(files.get('src/schemas/pets.ts')).toBe(`import { z } from "zod";
import type { Pet, PetGetParams, PetListParams } from "../types/pets.js";

/** A pet. */
export const PetSchema: z.ZodType<Pet> = z.object({
        id: z.string(),
        name: z.string().max(50),
        tags: z.array(z.string()).optional(),
    });
/** Parameters of \`zoo.pets.list\`. */
export const PetListParamsSchema: z.ZodType<PetListParams> = z.object({
        account_id: z.string(),
        name: z.string().optional(),
    });
/** Parameters of \`zoo.pets.get\`. */
export const PetGetParamsSchema: z.ZodType<PetGetParams> = z.object({
        account_id: z.string(),
    });
`);
  });

  it('accepts values of the model', () => {
    expect(issuePaths(s.PetSchema!, cat)).toEqual([]);
    expect(
      issuePaths(s.PetSchema!, {
        kind: 'dog',
        id: cat.id,
        name: 'Rex',
        good: null,
        owner: { email: 'o@example.com', friends: [{ email: 'f@example.com' }] },
      }),
    ).toEqual([]);
  });

  it('rejects values that break the model, naming the field', () => {
    expect(issuePaths(s.PetSchema!, { ...cat, kind: 'cow' })).toEqual(['kind']);
    expect(issuePaths(s.CatSchema!, { ...cat, lives: 10 })).toEqual(['lives']);
    expect(issuePaths(s.CatSchema!, { ...cat, lives: 1.5 })).toEqual(['lives']);
    expect(issuePaths(s.CatSchema!, { ...cat, name: 'x'.repeat(51) })).toEqual(['name']);
    expect(issuePaths(s.DogSchema!, { kind: 'dog', id: cat.id, name: 'Rex', 'x-chip': '12' })).toEqual(['x-chip']);
    expect(issuePaths(s.DogSchema!, { kind: 'dog', id: cat.id, name: 'Rex', size: 'huge' })).toEqual(['size']);
  });

  it('follows a recursive model through z.lazy', () => {
    const owner = {
      email: 'a@example.com',
      friends: [{ email: 'b@example.com', friends: [{ email: 'not an email' }] }],
    };
    expect(issuePaths(s.OwnerSchema!, owner)).toEqual(['friends.0.friends.0.email']);
    expect(issuePaths(s.OwnerSchema!, { email: 'a@example.com', since: 'yesterday' })).toEqual(['since']);
  });

  it('checks requests without readOnly fields and with their scope', () => {
    const { id: _id, ...newCat } = cat;
    expect(issuePaths(s.PetSchema!, newCat)).toEqual(['id']);
    // breed: required in requests, not in results (the results above have none).
    expect(issuePaths(s.PetCreateParamsSchema!, { account_id: 'a', ...newCat })).toEqual(['breed']);
    expect(issuePaths(s.PetCreateParamsSchema!, { account_id: 'a', breed: 'Siamese', ...newCat })).toEqual([]);
    expect(issuePaths(s.PetCreateParamsSchema!, { breed: 'Siamese', ...newCat })).toEqual(['account_id']);
  });

  it('checks a field with a response type by direction', () => {
    const { id: _id, ...newCat } = cat;
    const params = { account_id: 'a', breed: 'Siamese', ...newCat };
    expect(issuePaths(s.PetCreateParamsSchema!, { ...params, friend: 'o1' })).toEqual([]);
    expect(issuePaths(s.PetCreateParamsSchema!, { ...params, friend: { email: 'o@example.com' } })).toEqual(['friend']);
    expect(issuePaths(s.CatSchema!, { ...cat, friend: { email: 'o@example.com' } })).toEqual([]);
    expect(issuePaths(s.CatSchema!, { ...cat, friend: 'o1' })).toEqual(['friend']);
    expect(issuePaths(s.PetSetTagsParamsSchema!, { zone_id: 'z', body: ['a', 1] })).toEqual(['body.1']);
  });
});
