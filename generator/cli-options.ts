/** The options of `npm run generate`, how they are read, and the help that describes them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './root.js';
import { closest } from './suggest.js';

/** Every option; the help lists each one (a test checks it). */
export const OPTIONS = {
  check: { type: 'boolean', default: false },
  diff: { type: 'boolean', default: false },
  watch: { type: 'boolean', default: false },
  'no-build': { type: 'boolean', default: false },
  'no-cache': { type: 'boolean', default: false },
  spec: { type: 'string', default: path.join(ROOT, 'spec') },
  out: { type: 'string', default: path.join(ROOT, 'generated') },
  templates: { type: 'string', default: path.join(ROOT, 'templates') },
  verbose: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false, short: 'h' },
} as const;

export type OptionValues = ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS }>>['values'];

export const HELP = `Usage: npm run generate -- [options]

Reads spec/**/*.yaml and writes generated/: types, client, zod schemas, docs, api.json (the
public API as data), openapi.json (OpenAPI 3.1), and the compiled package in generated/dist. A failed run leaves
generated/ as it was. npm run check and npm run diff are --check and --diff.

Options:
  --check          write nothing; exit 1 if generated/ differs from a fresh generation
  --diff           write nothing; list public API changes from generated/api.json to the spec
  --watch          generate, then regenerate on every change under the spec and templates folders
  --no-build       skip compiling generated/dist
  --no-cache       neither use nor update node_modules/.cache/zero-trust-generator
  --spec DIR       spec folder (default: spec)
  --out DIR        output folder (default: generated)
  --templates DIR  docs templates folder (default: templates)
  --verbose        print the time of each stage
  --quiet          print errors only
  -h, --help       print this help

Exit codes:
  0  done; --diff found no breaking change; --watch was stopped with Ctrl-C
  1  --check found differences; --diff found a breaking change
  2  the spec has errors
  3  any other failure: a bad option, a missing folder, the generated package does not compile`;

/** The command line's options, or what is wrong with it. */
export function parseOptions(argv: string[]): { values: OptionValues } | { error: string } {
  try {
    return { values: parseArgs({ args: argv, options: OPTIONS }).values };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? unknownOption(argv) : undefined;
    return { error: unknown ?? message };
  }
}

/**
 * Whether the command prints code, and so runs the code thread (emit/code-thread.ts): a
 * generation and --watch do; --check, --diff, --help and a command with a bad option do not. A
 * --check that finds the output out of date generates, and starts a thread of its own.
 */
export function printsCode(argv: string[]): boolean {
  const parsed = parseOptions(argv);
  if ('error' in parsed) return false;
  const { check, diff, help } = parsed.values;
  return !check && !diff && !help;
}

/** `Unknown option --chek (did you mean --check?)` for the first option that is not one. */
function unknownOption(argv: string[]): string | undefined {
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, tokens: true });
  const token = tokens.find((t) => t.kind === 'option' && !Object.hasOwn(OPTIONS, t.name));
  if (token?.kind !== 'option') return undefined;
  const match = token.rawName.startsWith('--')
    ? closest(
        token.rawName,
        Object.keys(OPTIONS).map((name) => `--${name}`),
      )
    : undefined;
  return `Unknown option ${token.rawName}${match ? ` (did you mean ${match}?)` : ''}`;
}

/**
 * Options that never reached the CLI because npm took them for its own: `npm run generate
 * --check`, with no `--` before the option, runs a plain generation, and npm tells only by
 * setting npm_config_check. npm has options of its own named cache (--no-cache), loglevel
 * (--verbose, --quiet) and help, which cannot be told apart this way.
 */
const NPM_OWN = new Set(['no-cache', 'verbose', 'quiet', 'help']);

/**
 * When npm kept some of the generator's options, the message that says so and what to type
 * instead. Only for an npm script that runs the CLI (`cliFile`, as the script names it) itself:
 * a process started by another script (`npm test`) inherits that script's npm_config_*.
 */
export function optionsKeptByNpm(env: NodeJS.ProcessEnv, cliFile: string): string | undefined {
  const script = env['npm_lifecycle_event'];
  if (script === undefined || !env['npm_lifecycle_script']?.includes(cliFile)) return undefined;
  const kept = Object.entries(OPTIONS)
    .filter(([name]) => !NPM_OWN.has(name))
    .filter(([name]) => env[`npm_config_${name.replace(/^no-/, '').replaceAll('-', '_')}`] !== undefined)
    // Every option that takes a value names a folder.
    .map(([name, option]) => `--${name}${option.type === 'string' ? ' DIR' : ''}`);
  if (kept.length === 0) return undefined;
  const scripts = scriptsOf(env['npm_package_json']);
  const fixed = `npm run ${script} -- ${kept.join(' ')}`;
  // A script of its own for the same command (`npm run check` for `npm run generate -- --check`).
  const shorter = Object.entries(scripts).find(([, text]) => text === `${scripts[script]} ${kept.join(' ')}`)?.[0];
  const them = kept.length === 1 ? 'it' : 'them';
  return (
    `npm kept ${kept.join(' ')} for itself (there is no -- before ${them}), so the generator never saw ${them}; nothing was done.\n` +
    `Write: ${fixed}${shorter ? ` (or npm run ${shorter})` : ''}`
  );
}

/** The scripts of the package.json npm runs the script from (npm names it in npm_package_json). */
function scriptsOf(manifestFile: string | undefined): Record<string, string> {
  if (manifestFile === undefined) return {};
  try {
    return (JSON.parse(readFileSync(manifestFile, 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  } catch {
    return {};
  }
}
