/** Where the repository is, and where the generator keeps what it caches between runs. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder above generator/; or, when the generator runs compiled from the repository's
 * node_modules/.cache (launch.mjs), the folder that holds that node_modules.
 */
function repositoryRoot(moduleFile: string): string {
  const inCache = moduleFile.lastIndexOf(`${path.sep}node_modules${path.sep}.cache${path.sep}`);
  return inCache >= 0 ? moduleFile.slice(0, inCache) : path.resolve(path.dirname(moduleFile), '..');
}

export const ROOT = repositoryRoot(fileURLToPath(import.meta.url));

/** Inside node_modules, so that it is never committed and goes away with a fresh install. */
export const CACHE_DIR = path.join(ROOT, 'node_modules/.cache/zero-trust-generator');
