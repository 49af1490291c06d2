/** `npm run generate -- [options]`: regenerates generated/ from spec/. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HELP, OPTIONS } from './cli-options.js';
import { colorEnabled, Reporter } from './cli-output.js';
import type { CommandContext } from './commands/context.js';
import { CACHE_DIR, ROOT } from './root.js';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, options: OPTIONS }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\nRun npm run generate -- --help for the options.`);
    return 3;
  }
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
  const outDir = path.resolve(values.out);
  const ctx: CommandContext = {
    inputs: {
      specDir,
      templatesDir: path.resolve(values.templates),
      runtimeDir: path.join(ROOT, 'generator', 'runtime'),
      mockDir: path.join(ROOT, 'generator', 'mock'),
      specLabel: path.relative(process.cwd(), specDir) || '.',
      cacheDir: values['no-cache'] ? undefined : CACHE_DIR,
    },
    outDir,
    outLabel: path.relative(process.cwd(), outDir) || '.',
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`generation failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(3);
  },
);
