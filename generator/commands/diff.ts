/**
 * `--diff`: the public API changes between the output folder's api.json and what the spec now
 * gives, breaking ones marked; writes nothing. Exit 1 when a change is breaking.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeApi, type ApiDescription } from '../api-description.js';
import { diffApi, formatChange, summarizeChanges } from '../api-diff.js';
import type { COLORS } from '../cli-output.js';
import { API_JSON_FILE } from '../layout.js';
import { readSpec } from '../pipeline.js';
import { reportingSpecErrors, type CommandContext } from './context.js';

const SIGN_COLORS: Record<string, keyof typeof COLORS> = { '+': 'green', '-': 'red', '~': 'yellow' };

export async function runDiff(ctx: CommandContext): Promise<number> {
  const spec = await reportingSpecErrors(
    ctx,
    () => readSpec(ctx.inputs),
    `nothing to compare with ${ctx.outLabel}/${API_JSON_FILE} (--diff writes nothing)`,
  );
  if (!spec) return 2;
  const file = path.join(ctx.outDir, API_JSON_FILE);
  let before: ApiDescription;
  try {
    before = JSON.parse(await readFile(file, 'utf8')) as ApiDescription;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (error as Error).message;
    ctx.reporter.error(`${ctx.outLabel}/${API_JSON_FILE}: ${reason}; nothing to compare the spec with`);
    return 3;
  }
  const changes = diffApi(before, describeApi(spec));
  for (const change of changes) ctx.reporter.info(ctx.reporter.paint(SIGN_COLORS[change.sign]!, formatChange(change)));
  ctx.reporter.info(summarizeChanges(changes));
  return changes.some((c) => c.breaking) ? 1 : 0;
}
