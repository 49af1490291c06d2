/**
 * `--watch`: generate, then regenerate whenever a file under the spec or templates folder
 * changes, until SIGINT or SIGTERM. A spec change regenerates everything (one atomic swap, as
 * a normal run); a change under templates only re-renders the docs from the last good spec and
 * rewrites the pages whose text changed. Errors are printed and watching goes on.
 */
import path from 'node:path';
import { watchFolders, type ChangeBatch } from '../file-watcher.js';
import type { Spec } from '../ir.js';
import { generateDocs } from '../pipeline.js';
import { writeChangedFiles } from '../write.js';
import {
  describeOutput,
  elapsed,
  folderLabel,
  generatedLine,
  runPipeline,
  writeGenerated,
  type CommandContext,
} from './context.js';

type Folder = 'spec' | 'templates';

/** A run to do: the first one, or the files that changed since the last. */
type Trigger = { readonly first: true } | { readonly first: false; readonly batch: ChangeBatch<Folder> };

export async function runWatch(ctx: CommandContext): Promise<number> {
  const { reporter } = ctx;
  // The spec the output folder was last generated from; unset after a failure, so that the next change regenerates everything.
  let lastGood: Spec | undefined;

  const regenerate = async (trigger: Trigger): Promise<void> => {
    const started = performance.now();
    try {
      if (!trigger.first && lastGood && !trigger.batch.has('spec')) {
        const docs = await generateDocs(lastGood, ctx.inputs.templatesDir);
        const written = await writeChangedFiles(ctx.outDir, docs);
        const rewritten = `${written.length} of ${docs.size} files rewritten`;
        reporter.info(regenerated(ctx, 'docs', trigger.batch, rewritten, started));
        return;
      }
      lastGood = undefined;
      const generation = await runPipeline(ctx, { write: true });
      if (!generation) return;
      await writeGenerated(ctx, generation);
      const { output } = generation;
      lastGood = output.spec;
      if (trigger.first) reporter.info(generatedLine(ctx, output, started));
      else reporter.info(regenerated(ctx, 'everything', trigger.batch, describeOutput(ctx, output), started));
    } catch (error) {
      lastGood = undefined;
      reporter.error(`generation failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const queue = new SerialQueue(regenerate);
  let fail!: (error: Error) => void;
  // Resolves with the error that ended watching, or undefined after SIGINT or SIGTERM.
  const stopped = new Promise<Error | undefined>((resolve) => {
    let stopping = false;
    const onSignal = () => {
      // A second Ctrl-C, while the current run finishes, stops at once.
      if (stopping) process.exit(130);
      stopping = true;
      resolve(undefined);
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
    fail = resolve;
  });
  // Watching starts before the first run, so that an edit made during it is not missed.
  const watcher = watchFolders(
    {
      spec: { dir: ctx.inputs.specDir, extensions: ['.yaml'] },
      // The site's stylesheet and script are templates too: they are copied into docs/site.
      templates: { dir: ctx.inputs.templatesDir, extensions: ['.hbs', '.css', '.js'] },
    },
    (batch) => queue.push({ first: false, batch }),
    { onError: (error) => fail(error) },
  );
  queue.push({ first: true });
  await queue.idle();
  reporter.info(
    `watching ${label(ctx.inputs.specDir)} and ${label(ctx.inputs.templatesDir)} for changes (Ctrl-C to stop)`,
  );
  const error = await stopped;
  watcher.close();
  await queue.idle();
  if (error) {
    reporter.error(`watching failed: ${error.message}`);
    return 3;
  }
  return 0;
}

/** Runs one trigger at a time; changes that arrive meanwhile are merged into a single next run. */
class SerialQueue {
  private next: Trigger | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly run: (trigger: Trigger) => Promise<void>) {}

  push(trigger: Trigger): void {
    this.next = this.next ? merge(this.next, trigger) : trigger;
    this.running ??= this.drain();
  }

  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    while (this.next) {
      const trigger = this.next;
      this.next = undefined;
      await this.run(trigger);
    }
    this.running = undefined;
  }
}

function merge(a: Trigger, b: Trigger): Trigger {
  if (a.first || b.first) return { first: true };
  const batch = new Map<Folder, Set<string>>();
  for (const source of [a.batch, b.batch])
    for (const [folder, files] of source) batch.set(folder, new Set([...(batch.get(folder) ?? []), ...files]));
  return { first: false, batch };
}

/** `regenerated generated/: docs (templates/resource.md.hbs changed): 2 of 40 files rewritten in 0.12 s` */
function regenerated(
  ctx: CommandContext,
  target: string,
  batch: ChangeBatch<Folder>,
  result: string,
  started: number,
): string {
  const head = `${ctx.reporter.paint('green', 'regenerated')} ${folderLabel(ctx)}: ${target}`;
  return `${head} (${changedText(ctx, batch)}): ${result} in ${elapsed(started)}`;
}

/** `spec/pets.yaml changed`, `spec/a.yaml, spec/b.yaml and 2 more changed` */
function changedText(ctx: CommandContext, batch: ChangeBatch<Folder>): string {
  const dirs = { spec: ctx.inputs.specDir, templates: ctx.inputs.templatesDir };
  const files = [...batch]
    .flatMap(([folder, names]) => [...names].map((name) => label(path.join(dirs[folder], name))))
    .sort();
  const shown = files.slice(0, 3).join(', ');
  return `${files.length > 3 ? `${shown} and ${files.length - 3} more` : shown} changed`;
}

function label(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/') || '.';
}
