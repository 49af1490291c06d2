/** `--check`: whether the output folder is exactly what the spec gives; writes nothing. */
import { generate } from '../pipeline.js';
import { diffOutput } from '../write.js';
import { elapsed, reportingSpecErrors, type CommandContext } from './context.js';

export async function runCheck(ctx: CommandContext): Promise<number> {
  const started = performance.now();
  const output = await reportingSpecErrors(ctx, () => generate(ctx.inputs));
  if (!output) return 2;
  const { outLabel, reporter } = ctx;
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
