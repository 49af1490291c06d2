/** `npm run generate -- [options]`: regenerates generated/ from spec/. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP, optionsKeptByNpm, parseOptions } from './cli-options.js';
import { colorEnabled, Reporter } from './cli-output.js';
import type { CommandContext } from './commands/context.js';
import { CACHE_DIR, ROOT } from './root.js';

async function main(argv: string[]): Promise<number> {
  // npm scripts name the file node runs relative to the repository (`generator/launch.mjs`).
  const started = process.argv[1] ?? fileURLToPath(import.meta.url);
  const keptByNpm = optionsKeptByNpm(process.env, path.relative(ROOT, started));
  if (keptByNpm) {
    console.error(keptByNpm);
    return 3;
  }
  const parsed = parseOptions(argv);
  if ('error' in parsed) {
    console.error(`${parsed.error}\nRun npm run generate -- --help for the options.`);
    return 3;
  }
  const { values } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const modes = (['check', 'diff', 'watch'] as const).filter((mode) => values[mode]);
  if (modes.length > 1) {
    console.error(`${modes.map((m) => `--${m}`).join(' and ')} cannot be used together.`);
    return 3;
  }
  const specDir = path.resolve(values.spec);
  const templatesDir = path.resolve(values.templates);
  for (const [option, dir] of [
    ['spec', specDir],
    ['templates', templatesDir],
  ] as const) {
    const problem = await folderProblem(dir);
    if (problem) {
      console.error(`the ${option} folder ${label(dir)} ${problem}; name another with --${option} DIR`);
      return 3;
    }
  }
  const outDir = path.resolve(values.out);
  const ctx: CommandContext = {
    inputs: {
      specDir,
      templatesDir,
      runtimeDir: path.join(ROOT, 'generator', 'runtime'),
      mockDir: path.join(ROOT, 'generator', 'mock'),
      specLabel: label(specDir),
      cacheDir: values['no-cache'] ? undefined : CACHE_DIR,
    },
    outDir,
    outLabel: label(outDir),
    build: !values['no-build'],
    verbose: values.verbose,
    reporter: new Reporter({ quiet: values.quiet, color: colorEnabled(process.stderr, process.env) }),
  };
  // Loaded on demand: the generator's libraries take seconds to load, and --help needs none of them.
  if (values.check) return (await import('./commands/check.js')).runCheck(ctx);
  if (values.diff) return (await import('./commands/diff.js')).runDiff(ctx);
  if (values.watch) return (await import('./commands/watch.js')).runWatch(ctx);
  return (await import('./commands/generate.js')).runGenerate(ctx);
}

/** How a folder is named in messages: relative to the working directory. */
function label(dir: string): string {
  return path.relative(process.cwd(), dir) || '.';
}

/** What keeps `dir` from being read as a folder, if anything. */
async function folderProblem(dir: string): Promise<string | undefined> {
  try {
    return (await stat(dir)).isDirectory() ? undefined : 'is not a folder';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : (error as Error).message;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`generation failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(3);
  },
);
