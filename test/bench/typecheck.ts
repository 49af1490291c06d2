/**
 * Part 3, consumer type-check: `tsc --noEmit` of the same small consumer written against each package, with the
 * same settings (NodeNext, strict, skipLibCheck), each run a fresh process. Runs alternate between the packages.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchConfig } from './config.js';
import { BENCH_DIR, OUTPUT_DIR, ROOT } from './paths.js';
import { runChecked } from './processes.js';
import { median } from './stats.js';

/** 'floor': a consumer that imports nothing, the cost of starting tsc with these settings. */
export const TYPECHECK_VARIANTS = [
  { id: 'floor', consumer: 'typecheck-empty.ts' },
  { id: 'ours', consumer: 'typecheck-ours.ts' },
  { id: 'sdk', consumer: 'typecheck-sdk.ts' },
] as const;
export type TypecheckVariant = (typeof TYPECHECK_VARIANTS)[number]['id'];

export interface TypecheckFigure {
  readonly variant: TypecheckVariant;
  /** The tsc process, spawn to exit. */
  readonly wallMs: number;
  /** tsc's own account (--extendedDiagnostics). */
  readonly checkMs: number;
  readonly files: number;
  readonly memoryKiB: number;
  readonly runs: number;
}

const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

// Inside the repository, so that types: ['node'] resolves from its node_modules/@types.
async function writeTsconfig(variant: TypecheckVariant, consumer: string): Promise<string> {
  const dir = path.join(OUTPUT_DIR, 'bench-typecheck', variant);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'tsconfig.json');
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023'],
      types: ['node'],
      strict: true,
      skipLibCheck: true,
      noEmit: true,
    },
    files: [path.join(BENCH_DIR, 'consumers', consumer)],
  };
  await writeFile(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

/** A number from tsc's --extendedDiagnostics output ('Check time:   0.52s', 'Memory used: 123456K'). */
export function diagnosticValue(output: string, label: string): number {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output);
  return match ? Number(match[1]) : Number.NaN;
}

interface TypecheckRun {
  wallMs: number;
  checkMs: number;
  files: number;
  memoryKiB: number;
}

async function typecheckOnce(tsconfig: string): Promise<TypecheckRun> {
  const run = await runChecked(process.execPath, [TSC, '-p', tsconfig, '--extendedDiagnostics']);
  return {
    wallMs: run.wallMs,
    checkMs: diagnosticValue(run.stdout, 'Check time') * 1000,
    files: diagnosticValue(run.stdout, 'Files'),
    memoryKiB: diagnosticValue(run.stdout, 'Memory used'),
  };
}

export async function benchTypecheck(config: BenchConfig, log: (line: string) => void): Promise<TypecheckFigure[]> {
  const tsconfigs = await Promise.all(TYPECHECK_VARIANTS.map((v) => writeTsconfig(v.id, v.consumer)));
  const samples = TYPECHECK_VARIANTS.map((): TypecheckRun[] => []);
  for (let run = 0; run < config.typecheckRuns; run++) {
    log(`typecheck: run ${run + 1} of ${config.typecheckRuns}`);
    for (const [i, tsconfig] of tsconfigs.entries()) samples[i]!.push(await typecheckOnce(tsconfig));
  }
  return TYPECHECK_VARIANTS.map((variant, i) => {
    const runs = samples[i]!;
    return {
      variant: variant.id,
      wallMs: median(runs.map((r) => r.wallMs)),
      checkMs: median(runs.map((r) => r.checkMs)),
      files: median(runs.map((r) => r.files)),
      memoryKiB: median(runs.map((r) => r.memoryKiB)),
      runs: runs.length,
    };
  });
}
