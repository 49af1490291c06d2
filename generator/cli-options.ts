/** The options of `npm run generate`, and the help that describes them. */
import path from 'node:path';
import { ROOT } from './root.js';

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
  help: { type: 'boolean', default: false },
} as const;

export const HELP = `Usage: npm run generate -- [options]

Reads spec/**/*.yaml and writes generated/: types, client, zod schemas, docs, api.json (the
public API as data), and the compiled package in generated/dist. A failed run leaves
generated/ as it was.

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
  --help           print this help

Exit codes:
  0  done; --diff found no breaking change; --watch was stopped with Ctrl-C
  1  --check found differences; --diff found a breaking change
  2  the spec has errors
  3  any other failure: a bad option, the generated package does not compile`;
