/** The parts of the runtime that lazy.ts loads, imported when first needed: for the tree-shakable entry. */
import type { PartSources } from './lazy.js';

// Literal import() calls, so that bundlers see each part and split it off into a chunk of its own.
export const LAZY_PARTS: PartSources = {
  setup: () => import('./setup.js'),
  failure: () => import('./failure.js'),
  page: () => import('./pagination.js'),
  validation: () => import('./validation.js'),
};
