/** The default command: generate from the spec and replace the output folder. */
import { generatedLine, runPipeline, writeGenerated, type CommandContext } from './context.js';

export async function runGenerate(ctx: CommandContext): Promise<number> {
  const started = performance.now();
  const generation = await runPipeline(ctx, { write: true });
  if (!generation) return 2;
  await writeGenerated(ctx, generation);
  ctx.reporter.info(generatedLine(ctx, generation.output, started));
  return 0;
}
