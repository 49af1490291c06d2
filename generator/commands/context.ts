/** What every CLI command is given, and the steps they share. */
import type { Reporter } from '../cli-output.js';
import { fingerprintInputs, manifestOf, rememberGeneration } from '../fingerprint.js';
import { SpecError } from '../diagnostics.js';
import type { Inputs, Output } from '../pipeline.js';
import { openStaging, type Staging } from '../write.js';

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
  /** Where the output was written, when it was asked to be (writeGenerated swaps it in). */
  readonly staging?: Staging;
  /** Remembers the output under the fingerprint of the inputs, unless one changed during the run. */
  remember(): void;
}

/**
 * Generates from the spec; a spec with errors is reported and gives undefined. `write`: into a
 * staging folder beside the output folder, as the parts of the output are ready, dist/ too unless
 * --no-build; nothing is left of it when generation fails. The fingerprint of the inputs is taken
 * before the run (`fingerprint`, when the caller has it) and again once the output is generated:
 * an input edited during the run could otherwise be paired with output generated from its other
 * version.
 */
export async function runPipeline(
  ctx: CommandContext,
  options: { fingerprint?: string; onSpecErrors?: string; write?: boolean } = {},
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
  const staging = options.write ? openStaging(ctx.outDir) : undefined;
  let output: Output | undefined;
  try {
    output = await reportingSpecErrors(
      ctx,
      () => generate({ ...ctx.inputs, build: ctx.build }, thread, staging),
      options.onSpecErrors,
    );
  } finally {
    // When generate failed, it has stopped the code thread, and with it that thread's writing.
    if (!output) staging?.discard();
  }
  if (!output) return undefined;
  // Taken now, while dist/ may still be being written; remembered once the output is in place.
  const manifest = cacheDir && before === fingerprintInputs(ctx.inputs) ? manifestOf(output.files) : undefined;
  const remember = () => {
    if (cacheDir && before && manifest) rememberGeneration(cacheDir, before, manifest);
  };
  return { output, ...(staging && { staging }), remember };
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
 * Replaces the output folder, as one swap, with the generation's output, written by runPipeline
 * into its staging folder, once the code thread's part is written there too; nothing is swapped
 * in when dist/ does not compile. The generation is remembered once it is swapped in.
 */
export async function writeGenerated(ctx: CommandContext, { output, staging, remember }: Generation): Promise<void> {
  if (!staging) throw new Error('the generation was not written: runPipeline is asked to write it');
  if (ctx.verbose) for (const [stage, ms] of output.timings) printTiming(ctx, stage, ms);
  const start = performance.now();
  try {
    await output.written;
  } catch (error) {
    staging.discard();
    throw error;
  }
  const built = performance.now();
  // The time left to wait for the code thread's part (the code, dist/) once the rest is written.
  if (ctx.verbose) printTiming(ctx, 'build', built - start);
  staging.commit();
  if (ctx.verbose) printTiming(ctx, 'swap', performance.now() - built);
  remember();
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
