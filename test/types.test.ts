import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.js';
import { typeErrors } from './helpers/type-check.js';

describe('types of the generated package', () => {
  it('reject wrong scopes and params, and type the responses', () => {
    expect(typeErrors([path.join(ROOT, 'test/types/scope-and-params.ts')])).toEqual([]);
  }, 60_000);

  it('cover every resource family; wrong application-type fields do not compile', () => {
    expect(typeErrors([path.join(ROOT, 'test/types/resources.ts')])).toEqual([]);
  }, 60_000);
});
