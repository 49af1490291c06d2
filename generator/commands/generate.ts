/** The default command: generate from the spec and replace the output folder. */
import { generate } from '../pipeline.js';
import { generatedLine, reportingSpecErrors, writeGenerated, type CommandContext } from './context.js';

export async function runGenerate(ctx: CommandContext): Promise<number> {
  const started = performance.now();
  const output = await reportingSpecErrors(ctx, () => generate(ctx.inputs));
  if (!output) return 2;
  await writeGenerated(ctx, output);
  ctx.reporter.info(generatedLine(ctx, output, started));
  return 0;
}
