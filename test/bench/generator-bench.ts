/**
 * Part 5, the generator: full generation (with and without compiling dist/), a no-change --check, a regeneration
 * after one model's description changed, and synthetic specs of several times the real one. Every run is the
 * CLI as a fresh process, timed from spawn to exit, with its peak RSS and the CPU time it used (usage.ts).
 * Everything happens in a temporary folder holding a copy of the spec; its node_modules is a link to the
 * repository's, so the generated package compiles.
 */
import { cp, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchConfig } from './config.js';
import { discard } from './discard.js';
import { GENERATOR_LAUNCHER, ROOT, SPEC_DIR } from './paths.js';
import { median } from './stats.js';
import { writeScaledSpec } from './synthetic-spec.js';
import { runMeasured, type ProcessUsage } from './usage.js';

export interface GeneratorFigure {
  readonly id: string;
  /** Spawn to exit: what `npm run generate` costs a person, node's start included. */
  readonly wallMs: number;
  /** The time the CLI reports on its summary line (its own work, without node's start). */
  readonly cliMs: number;
  readonly maxRssKiB: number;
  /** User and system time, on every thread and in Biome's process. */
  readonly cpuMs: number;
  /** Copies of the real spec (1 = the real spec). */
  readonly scale: number;
  readonly models: number;
  readonly methods: number;
  readonly runs: number;
  /** Why the run skipped this figure (its numbers are then NaN). */
  readonly skipped?: string;
}

/** One run of a generator, ours or another. */
export interface GeneratorRun extends ProcessUsage {
  readonly wallMs: number;
  /** The time the CLI reports; NaN for a generator that reports none. */
  readonly cliMs: number;
  readonly models: number;
  readonly methods: number;
}

// The summary line: '... 242 models, 97 methods in 4.91 s' or, for --check, '... up to date (200 files, 5.17 s)'.
const SUMMARY_COUNTS = /(\d+) models, (\d+) methods in ([\d.]+) s/;
const CHECK_TIME = /up to date \(\d+ files, ([\d.]+) s\)/;

/** One CLI run, in `work` (which holds its usage file); rejects unless it exits with 0. */
export async function runGenerator(work: string, args: readonly string[]): Promise<GeneratorRun> {
  const run = await runMeasured(work, GENERATOR_LAUNCHER, args);
  const output = `${run.stdout}\n${run.stderr}`;
  const counts = SUMMARY_COUNTS.exec(output);
  const checkTime = CHECK_TIME.exec(output);
  return {
    wallMs: run.wallMs,
    cliMs: Number(counts?.[3] ?? checkTime?.[1]) * 1000,
    maxRssKiB: run.maxRssKiB,
    cpuMs: run.cpuMs,
    models: Number(counts?.[1] ?? Number.NaN),
    methods: Number(counts?.[2] ?? Number.NaN),
  };
}

/** The medians of `runs`, each figure on its own; models and methods as the first run counted them. */
export function figure(id: string, scale: number, runs: readonly GeneratorRun[]): GeneratorFigure {
  const of = (measure: (run: GeneratorRun) => number) => median(runs.map(measure));
  return {
    id,
    wallMs: of((r) => r.wallMs),
    cliMs: of((r) => r.cliMs),
    maxRssKiB: of((r) => r.maxRssKiB),
    cpuMs: of((r) => r.cpuMs),
    scale,
    models: runs[0]!.models,
    methods: runs[0]!.methods,
    runs: runs.length,
  };
}

function skippedFigure(id: string, scale: number, why: string): GeneratorFigure {
  const nothing = Number.NaN;
  return {
    id,
    wallMs: nothing,
    cliMs: nothing,
    maxRssKiB: nothing,
    cpuMs: nothing,
    scale,
    models: nothing,
    methods: nothing,
    runs: 0,
    skipped: why,
  };
}

const SKIPPED_IN_QUICK = 'skipped by --quick';

async function repeat(times: number, once: (run: number) => Promise<GeneratorRun>): Promise<GeneratorRun[]> {
  const runs: GeneratorRun[] = [];
  for (let i = 0; i < times; i++) runs.push(await once(i));
  return runs;
}

// The model whose description the incremental figure edits, and the file that must change with it.
const EDITED_SPEC_FILE = 'access/groups.yaml';
const EDITED_DESCRIPTION = 'description: The Access group that was fetched.';
const EDITED_OUTPUT_FILE = 'src/types/access/groups.ts';

async function editDescription(specDir: string, run: number): Promise<string> {
  const file = path.join(specDir, EDITED_SPEC_FILE);
  const text = await readFile(file, 'utf8');
  const marker = `Edited for the benchmark, run ${run + 1}.`;
  const edited = text.replace(
    /description: The Access group that was fetched\.( Edited for the benchmark, run \d+\.)?/,
    `${EDITED_DESCRIPTION} ${marker}`,
  );
  if (edited === text) throw new Error(`${EDITED_SPEC_FILE}: the description to edit was not found`);
  await writeFile(file, edited);
  return marker;
}

export async function benchGenerator(config: BenchConfig, log: (line: string) => void): Promise<GeneratorFigure[]> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-generator-'));
  try {
    await symlink(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    const spec = path.join(work, 'spec');
    await cp(SPEC_DIR, spec, { recursive: true });
    const out = path.join(work, 'out');
    const outBuilt = path.join(work, 'out-built');
    const figures: GeneratorFigure[] = [];
    const step = (label: string, runs: number) => (run: number) =>
      log(`generator: ${label} (run ${run + 1} of ${runs})`);

    const n = config.generatorRuns;
    if (config.skipSlowGenerations) {
      figures.push(skippedFigure('generate', 1, SKIPPED_IN_QUICK));
    } else {
      const built = await repeat(n, async (run) => {
        step('full generation, with dist/', n)(run);
        await discard(outBuilt);
        return runGenerator(work, ['--spec', spec, '--out', outBuilt]);
      });
      figures.push(figure('generate', 1, built));
    }

    const unbuilt = await repeat(n, async (run) => {
      step('full generation, --no-build', n)(run);
      await discard(out);
      return runGenerator(work, ['--no-build', '--spec', spec, '--out', out]);
    });
    figures.push(figure('generate --no-build', 1, unbuilt));

    const checks = await repeat(n, async (run) => {
      step('--check, nothing changed', n)(run);
      return runGenerator(work, ['--check', '--spec', spec, '--out', out]);
    });
    figures.push(figure('--check', 1, checks));

    const incremental = await repeat(n, async (run) => {
      step('regeneration after one description changed, --no-build', n)(run);
      const marker = await editDescription(spec, run);
      const result = await runGenerator(work, ['--no-build', '--spec', spec, '--out', out]);
      if (!(await readFile(path.join(out, EDITED_OUTPUT_FILE), 'utf8')).includes(marker)) {
        throw new Error(`the edited description did not reach ${EDITED_OUTPUT_FILE}`);
      }
      return result;
    });
    figures.push(figure('regenerate one model changed, --no-build', 1, incremental));

    // Growth is measured with nothing cached, so that every size does the same work per file.
    for (const scale of config.scales) {
      if (config.skipSlowGenerations && scale > 1) {
        figures.push(skippedFigure(`scale ${scale}×, --no-build`, scale, SKIPPED_IN_QUICK));
        continue;
      }
      const scaledSpec = path.join(work, `spec-x${scale}`);
      const scaledOut = path.join(work, `out-x${scale}`);
      await writeScaledSpec(SPEC_DIR, scaledSpec, scale);
      const runs = await repeat(config.scalingRuns, async (run) => {
        step(`synthetic spec ${scale}×, --no-build`, config.scalingRuns)(run);
        await discard(scaledOut);
        return runGenerator(work, ['--no-build', '--no-cache', '--spec', scaledSpec, '--out', scaledOut]);
      });
      const scaled = figure(`scale ${scale}×, --no-build`, scale, runs);
      const base = figures.find((f) => f.id === 'generate --no-build')!;
      if (scaled.models !== base.models * scale || scaled.methods !== base.methods * scale) {
        throw new Error(
          `the ${scale}× spec gave ${scaled.models} models and ${scaled.methods} methods, not ${scale} times ${base.models} and ${base.methods}`,
        );
      }
      figures.push(scaled);
    }
    return figures;
  } finally {
    await discard(work);
  }
}
