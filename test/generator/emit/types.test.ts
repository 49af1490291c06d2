import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../../generator/emit/types.js';
import { PETS_YAML, planOf, printedFiles } from '../../helpers/emit-stages.js';
import { fixtureFile } from '../../helpers/fixture-output.js';

/** One top-level declaration of a generated file, without its JSDoc. */
const declaration = (text: string, name: string) => {
  const found = text
    .split(/\n(?=\/\*\*|export )/)
    .find((chunk) => chunk.startsWith(`export interface ${name} `) || chunk.startsWith(`export type ${name} `));
  if (!found) throw new Error(`no declaration of ${name}`);
  return found.trim();
};

describe('types emitter', () => {
  it('writes a module: each model, then the params type of each endpoint, and the index that exports it', () => {
    const files = printedFiles(planOf({ 'pets.yaml': PETS_YAML }), emitTypes);
    expect([...files.keys()]).toEqual(['src/types/index.ts', 'src/types/pets.ts']);
    expect(files.get('src/types/index.ts')).toBe('export type * from "./pets.js";\n');
    // As ts-morph prints it; Biome lays it out (its indentation too) when the file is written.
    expect(files.get('src/types/pets.ts')).toBe(`import type { AccountScope } from "../runtime/index.js";

/** A pet. */
export interface Pet {
    /** Returned by the API; not accepted in requests. */
    id: string;
    /** @maxLength 50 */
    name: string;
    tags?: Array<string>;
}

/** Parameters of \`zoo.pets.list\`. */
export type PetListParams = AccountScope & {
        name?: string;
    };
/** Parameters of \`zoo.pets.get\`. */
export type PetGetParams = AccountScope;
`);
  });

  it('names a field by its wire name, and types it per direction where the spec says so', async () => {
    const types = await fixtureFile('src/types/pets.ts');
    const cat = declaration(types, 'Cat');
    const param = declaration(types, 'CatParam');
    expect(cat).toContain('/** Documented as `favourite_toy`. */\n  favouriteToy?: string;');
    expect(cat).not.toContain('favourite_toy?');
    expect(cat).toContain('breed?: string;');
    expect(param).toContain('breed: string;');
    expect(cat).toContain('friend?: Owner;');
    expect(param).toContain('friend?: string;');
  });

  it('writes unions, enums, nullables, deprecations and quoted names', async () => {
    const types = await fixtureFile('src/types/pets.ts');
    expect(declaration(types, 'Pet')).toBe('export type Pet = Cat | Dog;');
    const dog = declaration(types, 'Dog');
    expect(dog).toContain('good?: boolean | null;');
    expect(dog).toContain("/** @deprecated Use weight. */\n  size?: 'small' | 'large';");
    expect(dog).toContain("'x-chip'?: string;");
  });

  it('gives models with readOnly fields a request form without them', async () => {
    const types = await fixtureFile('src/types/pets.ts');
    expect(declaration(types, 'Cat')).toContain('id: string;');
    expect(declaration(types, 'CatParam')).not.toContain('id:');
    expect(declaration(types, 'PetParam')).toBe('export type PetParam = CatParam | DogParam;');
    // Dog's owner is an Owner, whose `since` is readOnly: the request form follows it.
    expect(declaration(types, 'DogParam')).toContain('owner?: OwnerParam;');
  });

  it('builds params types from the scope, the query, pagination and the body', async () => {
    const types = await fixtureFile('src/types/pets.ts');
    expect(declaration(types, 'PetListParams')).toMatch(
      /^export type PetListParams = AccountScope & \{[\s\S]*kind\?: 'cat' \| 'dog';[\s\S]*cursor\?: string;\n\};$/,
    );
    expect(declaration(types, 'PetGetParams')).toBe('export type PetGetParams = AccountOrZoneScope;');
    expect(declaration(types, 'PetCreateParams')).toBe('export type PetCreateParams = AccountScope & PetParam;');
    expect(declaration(types, 'PetSetTagsParams')).toContain(
      'ZoneScope & {\n  /** The new tags. */\n  body: Array<string>;',
    );
    expect(types).not.toContain('PetPingParams');
  });

  it('imports what it uses, type-only', async () => {
    const types = await fixtureFile('src/types/pets.ts');
    expect(types).toContain("import type { AccountOrZoneScope, AccountScope, ZoneScope } from '../runtime/index.js';");
    expect(types).toContain("import type { Owner, OwnerParam } from './shared/people.js';");
  });
});
