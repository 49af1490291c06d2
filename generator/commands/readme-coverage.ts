/** `npm run readme:coverage`: rewrites the coverage section of the repository README from the spec. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readmeWithCoverage } from '../coverage.js';
import { readSpec } from '../pipeline.js';
import { ROOT } from '../root.js';

const file = path.join(ROOT, 'README.md');
const spec = await readSpec({ specDir: path.join(ROOT, 'spec'), specLabel: 'spec' });
await writeFile(file, await readmeWithCoverage(await readFile(file, 'utf8'), spec, path.join(ROOT, 'templates')));
