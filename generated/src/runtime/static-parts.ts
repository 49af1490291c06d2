// Copied from generator/runtime/static-parts.ts by `npm run generate`. Edit it there.
/** The parts of the runtime that lazy.ts loads, at hand: for the main entry, which bundles them with the rest. */
import * as setup from './setup.js';
import * as failure from './failure.js';
import type { PartSources } from './lazy.js';
import * as page from './pagination.js';
import * as validation from './validation.js';

export const STATIC_PARTS: PartSources = {
  setup: () => Promise.resolve(setup),
  failure: () => Promise.resolve(failure),
  page: () => Promise.resolve(page),
  validation: () => Promise.resolve(validation),
};
