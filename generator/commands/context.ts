/** What every CLI command is given, and the steps they share. */
import type { Reporter } from '../cli-output.js';
import { fingerprintInputs, manifestOf, rememberGeneration } from '../fingerprint.js';
import { SpecError } from '../diagnostics.js';
import type { Inputs, Output } from '../pipeline.js';
import { writeOutput } from '../write.js';

export interface CommandContext {
  readonly inputs: Inputs;
  readonly outDir: string;
  /** How the output folder is named in messages (`generated`). */
  readonly outLabel: string;
  readonly build: boolean;
  readonly verbose: boolean;
  readonly reporter: Reporter;
}

/** A generation, and what remembers it (fingerprint.ts) once its output is written. */
export interface Generation {
  readonly output: Output;
  /** Remembers the output under the fingerprint of the inputs, unless one changed during the run. */
  remember(): void;
}

/**
 * Generates from the spec; a spec with errors is reported and gives undefined. The fingerprint
 * of the inputs is taken before the run (`fingerprint`, when the caller has it) and again when
 * the output is remembered: an input edited during the run could otherwise be paired with
 * output generated from its other version.
 */
export async function runPipeline(
  ctx: CommandContext,
  options: { fingerprint?: string; onSpecErrors?: string } = {},
): Promise<Generation | undefined> {
  const { cacheDir } = ctx.inputs;
  const before = cacheDir && (options.fingerprint ?? fingerprintInputs(ctx.inputs));
  // Loaded on demand: the pipeline's libraries take long to load, and a --check that finds the
  // output up to date needs none. The code thread starts first, and loads ts-morph meanwhile.
  const { startCodeThread } = await import('../emit/code-thread.js');
  const thread = startCodeThread();
  const pipeline = import('../pipeline.js');
  pipeline.catch(() => thread.close());
  const { generate } = await pipeline;
  const output = await reportingSpecErrors(
    ctx,
    () => generate({ ...ctx.inputs, build: ctx.build }, thread),
    options.onSpecErrors,
  );
  if (!output) return undefined;
  const remember = () => {
    if (cacheDir && before === fingerprintInputs(ctx.inputs))
      rememberGeneration(cacheDir, before, manifestOf(output.files));
  };
  return { output, remember };
}

/**
 * Runs `run`; a spec with errors is reported (every error, with its place, and then `outcome`:
 * what that meant for the command) and gives undefined.
 */
export async function reportingSpecErrors<T>(
  ctx: CommandContext,
  run: () => Promise<T>,
  outcome = `${ctx.outLabel} was not changed`,
): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    ctx.reporter.specErrors(error, outcome);
    return undefined;
  }
}

/**
 * Replaces the output folder, as one swap, with the generation's output and, unless
 * --no-build, dist/ compiled from it; the files are written while dist/ compiles. The
 * generation is remembered once it is written.
 */
export async function writeGenerated(ctx: CommandContext, { output, remember }: Generation): Promise<void> {
  if (ctx.verbose) for (const [stage, ms] of output.timings) printTiming(ctx, stage, ms);
  const start = performance.now();
  const { dist } = output;
  await writeOutput(ctx.outDir, output.files, dist && ((staging) => timedBuild(ctx, dist.writeTo(staging))));
  if (ctx.verbose) printTiming(ctx, 'write', performance.now() - start);
  remember();
}

/** `written`: dist/ compiled and written; timed from when the output began to be written. */
async function timedBuild(ctx: CommandContext, written: Promise<void>): Promise<void> {
  const start = performance.now();
  await written;
  if (ctx.verbose) printTiming(ctx, 'build', performance.now() - start);
}

/** The summary of a run: `wrote out/: 38 files (types, …, dist), 5 models, 5 methods in 0.80 s` */
export function generatedLine(ctx: CommandContext, output: Output, started: number): string {
  return `${ctx.reporter.paint('green', 'wrote')} ${folderLabel(ctx)}: ${describeOutput(ctx, output)} in ${elapsed(started)}`;
}

/** The output folder as summary lines name it: `generated/`. */
export function folderLabel(ctx: CommandContext): string {
  return `${ctx.outLabel}/`;
}

/** `38 files (types, client, schemas, mock, docs, api.json, openapi.json, dist), 5 models, 5 methods` */
export function describeOutput(ctx: CommandContext, output: Output): string {
  const methods = output.spec.resources.reduce((n, r) => n + r.endpoints.length, 0);
  const targets = `types, client, schemas, mock, docs, api.json, openapi.json${ctx.build ? ', dist' : ''}`;
  return `${output.files.size} files (${targets}), ${output.spec.models.size} models, ${methods} methods`;
}

export function elapsed(start: number): string {
  return `${((performance.now() - start) / 1000).toFixed(2)} s`;
}

function printTiming(ctx: CommandContext, stage: string, ms: number): void {
  ctx.reporter.info(`  ${stage.padEnd(9)} ${ms.toFixed(0).padStart(5)} ms`);
}
