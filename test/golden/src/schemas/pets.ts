// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type { LooseScope } from '../runtime/index.js';
import type {
  Animal,
  Cat,
  CatParam,
  Dog,
  DogParam,
  Pet,
  PetCreateParams,
  PetGetParams,
  PetListParams,
  PetParam,
  PetSetTagsParams,
} from '../types/pets.js';
import { OwnerParamSchema, OwnerSchema } from './shared/people.js';

export const CatSchema: z.ZodType<Cat> & z.core.$ZodTypeDiscriminable = z.object({
  id: z.guid(),
  kind: z.literal('cat'),
  name: z.string().max(50),
  lives: z.int().min(0).max(9).optional(),
  tags: z.record(z.string(), z.string()).optional(),
  favouriteToy: z.string().optional(),
  breed: z.string().optional(),
  friend: OwnerSchema.optional(),
});
export const CatParamSchema: z.ZodType<CatParam> & z.core.$ZodTypeDiscriminable = z.object({
  kind: z.literal('cat'),
  name: z.string().max(50),
  lives: z.int().min(0).max(9).optional(),
  tags: z.record(z.string(), z.string()).optional(),
  favouriteToy: z.string().optional(),
  breed: z.string(),
  friend: z.string().optional(),
});
export const DogSchema: z.ZodType<Dog> & z.core.$ZodTypeDiscriminable = z.object({
  id: z.guid(),
  name: z.string(),
  kind: z.literal('dog'),
  good: z.boolean().nullable().optional(),
  size: z.enum(['small', 'large']).optional(),
  weight: z.number().min(0).optional(),
  owner: OwnerSchema.optional(),
  'x-chip': z.string().regex(new RegExp('^[0-9]{15}$')).optional(),
});
export const DogParamSchema: z.ZodType<DogParam> & z.core.$ZodTypeDiscriminable = z.object({
  name: z.string(),
  kind: z.literal('dog'),
  good: z.boolean().nullable().optional(),
  size: z.enum(['small', 'large']).optional(),
  weight: z.number().min(0).optional(),
  owner: OwnerParamSchema.optional(),
  'x-chip': z.string().regex(new RegExp('^[0-9]{15}$')).optional(),
});
/** A cat or a dog. */
export const PetSchema: z.ZodType<Pet> = z.discriminatedUnion('kind', [CatSchema, DogSchema]);
/** A cat or a dog. */
export const PetParamSchema: z.ZodType<PetParam> = z.discriminatedUnion('kind', [
  CatParamSchema,
  DogParamSchema,
]);
/** What every pet has. */
export const AnimalSchema: z.ZodType<Animal> = z.object({
  id: z.guid(),
  name: z.string(),
});
/** Parameters of `zoo.pets.list`. */
export const PetListParamsSchema: z.ZodType<PetListParams> = z.object({
  account_id: z.string(),
  kind: z.enum(['cat', 'dog']).optional(),
  cursor: z.string().optional(),
});
/** Parameters of `zoo.pets.get`. */
export const PetGetParamsSchema: z.ZodType<LooseScope<PetGetParams>> = z.object({
  account_id: z.string().optional(),
  zone_id: z.string().optional(),
});
/** Parameters of `zoo.pets.create`. */
export const PetCreateParamsSchema: z.ZodType<PetCreateParams> = z.intersection(
  z.object({
    account_id: z.string(),
  }),
  PetParamSchema,
);
/** Parameters of `zoo.pets.setTags`. */
export const PetSetTagsParamsSchema: z.ZodType<PetSetTagsParams> = z.object({
  zone_id: z.string(),
  body: z.array(z.string()),
});
