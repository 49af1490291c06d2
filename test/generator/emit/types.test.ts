import { describe, expect, it } from 'vitest';
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
  it('writes objects as interfaces with optional and required fields', async () => {
    const cat = declaration(await fixtureFile('src/types/pets.ts'), 'Cat');
    expect(cat).toMatch(/^export interface Cat \{/);
    expect(cat).toContain("kind: 'cat';");
    expect(cat).toContain('name: string;');
    expect(cat).toContain('lives?: number;');
    expect(cat).toContain('tags?: Record<string, string>;');
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
