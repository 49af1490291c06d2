// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type { Owner, OwnerParam } from '../../types/shared/people.js';

/** Someone who owns pets. */
export const OwnerSchema: z.ZodType<Owner> = z.object({
  email: z.email(),
  friends: z.array(z.lazy(() => OwnerSchema)).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
});
/** Someone who owns pets. */
export const OwnerParamSchema: z.ZodType<OwnerParam> = z.object({
  email: z.email(),
  friends: z.array(z.lazy(() => OwnerParamSchema)).optional(),
});
