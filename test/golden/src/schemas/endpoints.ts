// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type { SchemaRegistry } from '../runtime/index.js';
import {
  PetCreateParamsSchema,
  PetGetParamsSchema,
  PetListParamsSchema,
  PetSchema,
  PetSetTagsParamsSchema,
} from './pets.js';

/** Each endpoint's params schema and the schema of its result (of one item, for lists). */
export const ENDPOINT_SCHEMAS: SchemaRegistry = {
  'zoo.pets.list': {
    request: PetListParamsSchema,
    response: PetSchema,
  },
  'zoo.pets.get': {
    request: PetGetParamsSchema,
    response: PetSchema,
  },
  'zoo.pets.create': {
    request: PetCreateParamsSchema,
    response: PetSchema,
  },
  'zoo.pets.setTags': {
    request: PetSetTagsParamsSchema,
    response: z.array(z.string()),
  },
  'zoo.pets.ping': {
    response: z.object({
      ok: z.boolean(),
    }),
  },
};
