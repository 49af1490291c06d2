import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BENCH_DIR = path.join(ROOT, 'test/bench');
/** What `npm run generate` runs. */
export const GENERATOR_LAUNCHER = path.join(ROOT, 'generator/launch.mjs');
/** Where the generator keeps itself compiled and the record of earlier runs; a fresh clone has neither. */
export const GENERATOR_CACHE_DIR = path.join(ROOT, 'node_modules/.cache/zero-trust-generator');
export const SPEC_DIR = path.join(ROOT, 'spec');
/** Scratch space inside the repository (gitignored), so generated packages resolve the root's node_modules. */
export const OUTPUT_DIR = path.join(ROOT, 'test/output');
export const RESULTS_FILE = path.join(BENCH_DIR, 'results.json');
export const QUICK_RESULTS_FILE = path.join(OUTPUT_DIR, 'bench-quick.json');
export const BENCHMARKS_MD = path.join(ROOT, 'BENCHMARKS.md');
