import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BENCH_DIR = path.join(ROOT, 'test/bench');
export const SPEC_DIR = path.join(ROOT, 'spec');
/** Scratch space inside the repository (gitignored), so generated packages resolve the root's node_modules. */
export const OUTPUT_DIR = path.join(ROOT, 'test/output');
export const RESULTS_FILE = path.join(BENCH_DIR, 'results.json');
export const QUICK_RESULTS_FILE = path.join(OUTPUT_DIR, 'bench-quick.json');
export const BENCHMARKS_MD = path.join(ROOT, 'BENCHMARKS.md');
