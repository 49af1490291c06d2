/**
 * `--check`: whether the output folder is exactly what the spec gives; writes nothing. When an
 * earlier run generated from these very inputs, comparing the folder with what that run gave
 * (fingerprint.ts) answers without generating; otherwise, or when they differ, it generates.
 */
import { fingerprintInputs, knownGeneration, matchesManifest } from '../fingerprint.js';
import { diffOutput } from '../write.js';
import { elapsed, runPipeline, type CommandContext } from './context.js';

export async function runCheck(ctx: CommandContext): Promise<number> {
  const started = performance.now();
  const { outLabel, reporter } = ctx;
  const { cacheDir } = ctx.inputs;
  const fingerprint = cacheDir && fingerprintInputs(ctx.inputs);
  if (cacheDir && fingerprint) {
    const known = knownGeneration(cacheDir, fingerprint);
    if (known && (await matchesManifest(ctx.outDir, known))) {
      if (ctx.verbose)
        reporter.info('  the inputs are those of an earlier run, and the files what it gave: nothing generated');
      reporter.info(`${outLabel} is up to date (${Object.keys(known).length} files, ${elapsed(started)})`);
      return 0;
    }
  }
  // dist/ is not compared (nor committed), so it is not compiled.
  const generation = await runPipeline(
    { ...ctx, build: false },
    {
      fingerprint,
      onSpecErrors: `cannot tell whether ${outLabel} is up to date (--check writes nothing)`,
    },
  );
  if (!generation) return 2;
  generation.remember();
  const { output } = generation;
  const diff = await diffOutput(ctx.outDir, output.files);
  const lines = [
    ...diff.changed.map((f) => `${outLabel}/${f}: differs from a fresh generation`),
    ...diff.added.map((f) => `${outLabel}/${f}: missing`),
    ...diff.removed.map((f) => `${outLabel}/${f}: not generated any more`),
  ];
  if (lines.length > 0) {
    for (const line of lines) reporter.error(line);
    reporter.error(
      `${outLabel} is out of date (${lines.length} file${lines.length === 1 ? '' : 's'}): run npm run generate`,
    );
    return 1;
  }
  reporter.info(`${outLabel} is up to date (${output.files.size} files, ${elapsed(started)})`);
  return 0;
}
