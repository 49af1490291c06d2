/** `npm run generate -- [options]`: regenerates generated/ from spec/. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildPackage } from './build.js';
import { formatDiagnostic, SpecError, sortDiagnostics } from './diagnostics.js';
import { generate } from './pipeline.js';
import { diffOutput, writeOutput } from './write.js';

const HELP = `Usage: npm run generate -- [options]

Reads spec/*.yaml and writes generated/: types, client, zod schemas, docs, and the
compiled package in generated/dist. A failed run leaves generated/ as it was.

Options:
  --check       write nothing; exit 1 if generated/ differs from a fresh generation
  --no-build    skip compiling generated/dist
  --spec DIR    spec folder (default: spec)
  --out DIR     output folder (default: generated)
  --verbose     print the time of each stage
  --quiet       print errors only
  --help        print this help

Exit codes: 0 done, 1 --check found differences, 2 the spec has errors,
3 generation failed otherwise (for example the generated package does not compile).`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      spec: { type: 'string', default: path.join(ROOT, 'spec') },
      out: { type: 'string', default: path.join(ROOT, 'generated') },
      verbose: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const color = process.stderr.isTTY && !process.env.NO_COLOR;
  const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const say = (text: string) => values.quiet || console.log(text);
  const started = performance.now();
  const specDir = path.resolve(values.spec);
  const outDir = path.resolve(values.out);

  let output;
  try {
    output = await generate({
      specDir,
      templatesDir: path.join(ROOT, 'templates'),
      runtimeDir: path.join(ROOT, 'generator', 'runtime'),
      specLabel: path.relative(process.cwd(), specDir) || '.',
    });
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    const list = sortDiagnostics(error.diagnostics);
    for (const d of list) console.error(`${paint(31, 'error')} ${formatDiagnostic(d)}`);
    console.error(
      `${list.length} error${list.length === 1 ? '' : 's'} in the spec; ${path.relative(process.cwd(), outDir) || '.'} was not changed.`,
    );
    return 2;
  }
  if (values.verbose)
    for (const [stage, ms] of output.timings) say(`  ${stage.padEnd(9)} ${ms.toFixed(0).padStart(5)} ms`);

  const outLabel = path.relative(process.cwd(), outDir) || '.';
  if (values.check) {
    const diff = await diffOutput(outDir, output.files);
    const lines = [
      ...diff.changed.map((f) => `${outLabel}/${f}: differs from a fresh generation`),
      ...diff.added.map((f) => `${outLabel}/${f}: missing`),
      ...diff.removed.map((f) => `${outLabel}/${f}: not generated any more`),
    ];
    if (lines.length > 0) {
      for (const line of lines) console.error(line);
      console.error(
        `${outLabel} is out of date (${lines.length} file${lines.length === 1 ? '' : 's'}): run npm run generate`,
      );
      return 1;
    }
    say(`${outLabel} is up to date (${output.files.size} files, ${elapsed(started)})`);
    return 0;
  }

  await writeOutput(
    outDir,
    output.files,
    values['no-build'] ? undefined : timed('build', buildPackage, values.verbose ? say : undefined),
  );
  const spec = output.spec;
  const methods = spec.resources.reduce((n, r) => n + r.endpoints.length, 0);
  say(
    `${paint(32, 'generated')} ${outLabel}: ${output.files.size} files (types, client, schemas, docs${values['no-build'] ? '' : ', dist'}), ${spec.models.size} models, ${methods} methods in ${elapsed(started)}`,
  );
  return 0;
}

function timed(name: string, run: (dir: string) => void, say?: (text: string) => void) {
  return (dir: string) => {
    const start = performance.now();
    run(dir);
    say?.(`  ${name.padEnd(9)} ${(performance.now() - start).toFixed(0).padStart(5)} ms`);
  };
}

function elapsed(start: number): string {
  return `${((performance.now() - start) / 1000).toFixed(2)} s`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`generation failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(3);
  },
);
