/** The whole generation as one function: load -> validate -> resolve -> check -> plan -> emit -> format. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { check } from './check.js';
import { SpecError, type Diagnostic } from './diagnostics.js';
import { startCodeThread, type CodeThread } from './emit/code-thread.js';
import { COPIED_HEADER } from './format.js';
import { LICENSE_FILE, mockFile, runtimeFile } from './layout.js';
import { licenseText } from './licenses.js';
import type { Spec } from './ir.js';
import { loadSpec, type ReadOrder } from './load.js';
import { makePlan, type Plan } from './plan.js';
import { resolve } from './resolve.js';
import { validateFormat } from './validate.js';
import type { Staging } from './write.js';

export interface Inputs {
  readonly specDir: string;
  readonly templatesDir: string;
  readonly runtimeDir: string;
  /** The hand-written mock server, shipped in src/mock next to its generated route table. */
  readonly mockDir: string;
  /** How the spec folder is named in messages (`spec`). */
  readonly specLabel?: string;
  /** Where the record of earlier runs that lets --check answer without generating is kept (fingerprint.ts). */
  readonly cacheDir?: string;
  /**
   * Whether to compile dist/ too, on the code thread while this one emits the docs; it is written
   * into the staging folder generate is given, so only with one.
   */
  readonly build?: boolean;
  /**
   * The order in which spec files are read (default: sorted by path). Tests shuffle it to show
   * that the output does not depend on it.
   */
  readonly readOrder?: ReadOrder;
}

export interface Output {
  readonly spec: Spec;
  /** Package-relative path -> content, sorted by path. */
  readonly files: ReadonlyMap<string, string>;
  /**
   * With a staging folder: what the code thread writes there, the code and, when `build` was asked
   * for, dist/ compiled from it. Settles once it is written, or rejects when dist/ does not compile
   * (once the code thread has stopped writing); it may still be being written when `generate`
   * returns. The code thread stops then.
   */
  readonly written?: Promise<void>;
  readonly timings: readonly (readonly [stage: string, ms: number])[];
}

/**
 * `thread`: a code thread started earlier, to load ts-morph while the caller loaded this module;
 * generate stops it when done. `staging`: where to write the output meanwhile, each part as soon
 * as it is ready (here the docs while the code is still being formatted; the code and dist/ from
 * the code thread); the files are returned all the same.
 */
export async function generate(
  inputs: Inputs,
  thread: CodeThread = startCodeThread(),
  staging?: Pick<Staging, 'dir' | 'write'>,
): Promise<Output> {
  if (inputs.build && !staging) throw new Error('dist/ is compiled only into a staging folder');
  const timings: [string, number][] = [];
  const stage = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await run();
    timings.push([name, performance.now() - start]);
    return result;
  };
  // With a staging folder, the thread stops once it has written its part, and keeps the process
  // alive until then.
  let written: Promise<void> | undefined;
  try {
    // Read from the disk while this thread parses the spec.
    const handWritten = Promise.all([
      readHandWritten(inputs.runtimeDir, 'generator/runtime', runtimeFile),
      readHandWritten(inputs.mockDir, 'generator/mock', mockFile),
    ]);
    handWritten.catch(() => {});
    const spec = await readSpec(inputs, stage);
    const copied = new Map([
      ...(await handWritten).flatMap((files) => [...files]),
      ...(spec.api.package.license ? [[LICENSE_FILE, await licenseText(spec.api.package.license)] as const] : []),
    ]);
    const plan = await stage('plan', () => makePlan(spec, copied.keys()));
    // The code is emitted, formatted and compiled on the code thread while this one emits the rest.
    const generated = thread.generate(plan, copied, staging && { dir: staging.dir, build: inputs.build ?? false });
    const { code } = generated;
    code.catch(() => {});
    generated.written?.catch(() => {});
    const docs = await stage('emit docs', async () => {
      const { emitDocuments } = await import('./emit/documents.js');
      return emitDocuments(plan, inputs.templatesDir);
    });
    // Written while the code thread formats the code, which it writes itself (the copied files with it).
    staging?.write(docs);
    const descriptions = await stage('describe', async () => {
      const { emitDescriptions } = await import('./emit/descriptions.js');
      return emitDescriptions(plan);
    });
    staging?.write(descriptions);
    // The time left to wait for the code once the rest is done.
    const emitted = await stage('emit code, format', () => code);
    const files = new Map([...emitted, ...docs, ...descriptions]);
    assertPlanned(plan, files);
    const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    // Once its part is written the thread is stopped, and not waited for: its heap takes a while
    // to go, and the output is swapped in meanwhile.
    written = generated.written?.finally(() => void thread.close());
    return { spec, files: sorted, ...(written && { written }), timings };
  } finally {
    if (!written) await thread.close();
  }
}

/** Only the files the templates give (docs, the site and the package README), formatted as `generate` formats them. */
export async function generateDocs(spec: Spec, templatesDir: string): Promise<Map<string, string>> {
  const { emitDocuments } = await import('./emit/documents.js');
  // The docs name no copied file, so the plan needs none.
  return emitDocuments(makePlan(spec, []), templatesDir);
}

/** The emitters wrote exactly the files of the plan: a file missing or unplanned is a bug in the generator. */
function assertPlanned(plan: Plan, files: ReadonlyMap<string, string>): void {
  const unplanned = [...files.keys()].filter((file) => !plan.files.has(file));
  const missing = [...plan.files.keys()].filter((file) => !files.has(file));
  if (unplanned.length > 0 || missing.length > 0)
    throw new Error(
      `the emitters did not write the planned files (unplanned: ${unplanned.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'})`,
    );
}

type Stage = <T>(name: string, run: () => T | Promise<T>) => Promise<T>;

/** load -> validate -> resolve -> check: the spec folder as IR, or a SpecError listing every problem. */
export async function readSpec(
  inputs: Pick<Inputs, 'specDir' | 'specLabel' | 'readOrder'>,
  stage: Stage = async (_name, run) => run(),
): Promise<Spec> {
  const fail = (diagnostics: Diagnostic[]) => {
    if (diagnostics.length > 0) throw new SpecError(diagnostics);
  };
  const loaded = await stage('load', () => loadSpec(inputs.specDir, inputs.specLabel, inputs.readOrder));
  const validated = await stage('validate', () => validateFormat(loaded.files, loaded.diagnostics.length > 0));
  fail([...loaded.diagnostics, ...validated.diagnostics]);
  const resolved = await stage('resolve', () => resolve(validated.valid));
  const spec = resolved.spec!;
  fail([...resolved.diagnostics, ...(await stage('check', () => check(spec)))]);
  return spec;
}

/** Hand-written code shipped as it is (package path -> text); each file says where to edit it. */
async function readHandWritten(
  dir: string,
  label: string,
  fileOf: (name: string) => string,
): Promise<Map<string, string>> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort();
  const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
  return new Map(
    names.map((name, i) => [
      fileOf(name.slice(0, -3)),
      `${COPIED_HEADER}${label}/${name} by \`npm run generate\`. Edit it there.\n${texts[i]}`,
    ]),
  );
}
