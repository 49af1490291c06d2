/**
 * The benchmark's child processes run as plain JavaScript: under tsx's loader every module load goes through a
 * hook (importing the SDK takes 2 s instead of 0.6 s), which would slow and skew what the children measure.
 * esbuild turns each child's TypeScript into one .mjs file; packages stay external, loaded by node as usual.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { BENCH_DIR, OUTPUT_DIR } from './paths.js';

const CHILDREN = ['client-server', 'client-load'] as const;
export type ChildScript = (typeof CHILDREN)[number];

export const CHILD_SCRIPTS_DIR = path.join(OUTPUT_DIR, 'bench-children');

export async function buildChildScripts(): Promise<Record<ChildScript, string>> {
  await build({
    entryPoints: Object.fromEntries(CHILDREN.map((name) => [name, path.join(BENCH_DIR, `${name}.ts`)])),
    outdir: CHILD_SCRIPTS_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return Object.fromEntries(CHILDREN.map((name) => [name, path.join(CHILD_SCRIPTS_DIR, `${name}.mjs`)])) as Record<
    ChildScript,
    string
  >;
}
