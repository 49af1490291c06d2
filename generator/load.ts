import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { aliasDiagnostic, MAX_ALIAS_COUNT, yamlDiagnostics } from './yaml-errors.js';
import { quickYaml } from './yaml-data.js';
import { MAX_NESTING, measureNesting } from './yaml-nesting.js';
import { linePositionsOf, locator, placedOfDocument, type YamlPath } from './yaml-positions.js';
import { yaml } from './yaml.js';

export type { YamlPath };

/** One parsed spec file, with what is needed to turn a YAML path back into `line:col`. */
export interface SpecFile {
  /** Path as shown in messages, e.g. `spec/access/groups.yaml`. */
  readonly name: string;
  /** Path below the spec folder without extension, e.g. `access/groups`. */
  readonly stem: string;
  readonly data: unknown;
  /** Position of the value (or, with `key`, of the key) at a YAML path. */
  locate(at: YamlPath, key?: boolean): { line: number; col: number };
}

const MAX_FILE_BYTES = 2 * 1024 * 1024;

export async function listSpecFiles(specDir: string): Promise<string[]> {
  const entries = await readdir(specDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => path.relative(specDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The order in which spec files are read; paths are relative to the spec folder. */
export type ReadOrder = (files: readonly string[]) => readonly string[];

/**
 * Reads and parses every `*.yaml` below `specDir`. Files are read, and come back, sorted by
 * path unless `order` says otherwise; nothing after this stage may depend on that order.
 */
export async function loadSpec(
  specDir: string,
  displayDir = 'spec',
  order: ReadOrder = (files) => files,
): Promise<{ files: SpecFile[]; diagnostics: Diagnostic[] }> {
  const files: SpecFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const listed = await listSpecFiles(specDir);
  if (listed.length === 0) {
    const message = 'the spec folder has no *.yaml files';
    diagnostics.push({ file: displayDir, line: 1, col: 1, code: 'SPEC_EMPTY', message });
  }
  const ordered = order(listed);
  // Read all at once, parsed one by one in order.
  const contents = await Promise.all(ordered.map((rel) => readSpecFile(path.join(specDir, rel))));
  ordered.forEach((rel, i) => {
    const name = `${displayDir}/${rel}`;
    if (!SPEC_FILE_NAME.test(rel)) return void diagnostics.push(badName(name));
    const bytes = contents[i]!;
    if (typeof bytes === 'number') return void diagnostics.push(tooLarge(name, bytes));
    const result = parseSpecText(name, rel.replace(/\.yaml$/, ''), bytes);
    diagnostics.push(...result.diagnostics);
    if (result.file) files.push(result.file);
  });
  return { files, diagnostics };
}

/** The file's bytes, or its size when it is too large to read. */
async function readSpecFile(file: string): Promise<Uint8Array | number> {
  // Checked before reading, so that an oversized file is never held in memory.
  const { size } = await stat(file);
  return size > MAX_FILE_BYTES ? size : readFile(file);
}

// A file's path names generated modules, imports and doc pages (and their links): plain names only.
const SPEC_FILE_NAME = /^([A-Za-z0-9][A-Za-z0-9_-]*\/)*[A-Za-z0-9][A-Za-z0-9_-]*\.yaml$/;

function badName(file: string): Diagnostic {
  const message =
    'spec file and folder names may hold only letters, digits, "_" and "-" (they name modules and doc pages)';
  return { file, line: 1, col: 1, code: 'SPEC_FORMAT', message };
}

function tooLarge(file: string, bytes: number): Diagnostic {
  const mib = MAX_FILE_BYTES / 1024 / 1024;
  const message = `file is ${bytes} bytes; spec files are limited to ${MAX_FILE_BYTES} bytes (${mib} MiB)`;
  return { file, line: 1, col: 1, code: 'SPEC_SYNTAX', message };
}

export function parseSpecText(
  name: string,
  stem: string,
  bytes: Uint8Array,
): { file?: SpecFile; diagnostics: Diagnostic[] } {
  if (bytes.byteLength > MAX_FILE_BYTES) return { diagnostics: [tooLarge(name, bytes.byteLength)] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { diagnostics: [{ file: name, line: 1, col: 1, code: 'SPEC_SYNTAX', message: 'file is not valid UTF-8' }] };
  }
  const { tooDeepAt, flowAcrossLines } = measureNesting(text);
  if (tooDeepAt !== undefined) {
    const lines = text.slice(0, tooDeepAt).split('\n');
    const message = `collections nest more than ${MAX_NESTING} levels deep here; a spec needs far fewer`;
    return {
      diagnostics: [{ file: name, line: lines.length, col: lines.at(-1)!.length + 1, code: 'SPEC_SYNTAX', message }],
    };
  }
  const quick = quickYaml(text, flowAcrossLines);
  if (quick) {
    const locate = locator(quick.placed, linePositionsOf(text));
    return { file: { name, stem, data: quick.data, locate }, diagnostics: [] };
  }
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) return { diagnostics: yamlDiagnostics(name, problems, doc, lineCounter) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? null;
  } catch (error) {
    return { diagnostics: [aliasDiagnostic(name, error, doc, lineCounter)] };
  }
  const locate = locator(placedOfDocument(doc), lineCounter);
  return { file: { name, stem, data, locate }, diagnostics: [] };
}
