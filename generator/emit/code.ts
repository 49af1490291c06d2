/** The package's TypeScript, written through ts-morph: types, schemas, client, and the files that make it a package. */
import type { Plan } from '../plan.js';
import { emitClient } from './client.js';
import { emitEndpointSchemas } from './endpoint-schemas.js';
import { emitMock } from './mock.js';
import { emitPackage } from './package.js';
import { emitSchemas } from './schemas.js';
import { SourceFiles, sourceFilePrinter, type Printer } from './source-files.js';
import { emitTypes } from './types.js';

const GENERATED_HEADER = '// Generated from the YAML spec by `npm run generate`. Do not edit.\n';
/** How a file run as a command begins: npm links it into node_modules/.bin, and the shell runs it with node. */
const SHEBANG = '#!/usr/bin/env node\n';

/**
 * Package-relative path -> text; `copied`: hand-written files shipped as they are, by package
 * path. `print` prints each file's statements (a test prints them the slower ways too).
 */
export function emitCode(
  plan: Plan,
  copied: ReadonlyMap<string, string>,
  print: Printer = sourceFilePrinter(),
): Map<string, string> {
  const sources = new SourceFiles();
  emitTypes(plan, sources);
  emitSchemas(plan, sources);
  emitEndpointSchemas(plan, sources);
  emitClient(plan, sources);
  emitMock(plan, sources);
  const other = emitPackage(plan, sources, copied);
  const commands = new Set(plan.commands.values());
  const code = [...sources.texts(print)].map(([file, text]): [string, string] => [
    file,
    (commands.has(file) ? SHEBANG : '') + GENERATED_HEADER + text,
  ]);
  return new Map([...code, ...other]);
}
