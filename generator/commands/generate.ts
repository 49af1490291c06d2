/** The default command: generate from the spec and replace the output folder. */
import { generatedLine, runPipeline, writeGenerated, type CommandContext } from './context.js';

export async function runGenerate(ctx: CommandContext): Promise<number> {
  const started = performance.now();
  const output = await runPipeline(ctx);
  if (!output) return 2;
  await writeGenerated(ctx, output);
  ctx.reporter.info(generatedLine(ctx, output, started));
  return 0;
}
