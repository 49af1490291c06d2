import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readmeWithCoverage } from '../generator/coverage.js';
import { readSpec } from '../generator/pipeline.js';
import { INPUTS, ROOT, SPEC_DIR } from './helpers/paths.js';

it("the README's coverage table is what the spec holds (npm run readme:coverage rewrites it)", async () => {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const spec = await readSpec({ specDir: SPEC_DIR, specLabel: 'spec' });
  expect(readme).toBe(await readmeWithCoverage(readme, spec, INPUTS.templatesDir));
  expect(readme).toMatch(/\| \*\*Total\*\* \| \| \*\*97\*\* \|/);
});
