/** Where the repository is, and where the generator keeps what it caches between runs. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Inside node_modules, so that it is never committed and goes away with a fresh install. */
export const CACHE_DIR = path.join(ROOT, 'node_modules/.cache/zero-trust-generator');
