/**
 * The catalogue of bad specs: each folder of test/fixtures/invalid/ is a small complete spec
 * with a mistake (or several) and `expected.txt`, the exact `file:line:col: message` lines
 * that generation must report, sorted. A bad spec must leave the output folder as it was.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpecError, formatDiagnostics } from '../../generator/diagnostics.js';
import { generate } from '../../generator/pipeline.js';
import { openStaging } from '../../generator/write.js';
import { runCli } from '../helpers/cli.js';
import { INPUTS, ROOT } from '../helpers/paths.js';
import { diagnosticsOf } from '../helpers/spec-dir.js';
import { treeHash } from '../helpers/tree-hash.js';

const CASES_DIR = path.join(ROOT, 'test/fixtures/invalid');
const cases = (await readdir(CASES_DIR, { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/** Files too big to commit, written into a case's spec folder when it is set up. */
const WRITTEN_BY_THE_TEST: Record<string, Record<string, () => Uint8Array>> = {
  'file-over-2-mib': { 'huge.yaml': () => Buffer.alloc(10 * 1024 * 1024, '# padding\n') },
};

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'invalid-specs-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** `<work>/<name>/spec`: the case's spec files, without `expected.txt`. */
async function caseSpec(name: string): Promise<string> {
  const spec = path.join(work, name, 'spec');
  await cp(path.join(CASES_DIR, name), spec, { recursive: true });
  await rm(path.join(spec, 'expected.txt'));
  for (const [file, bytes] of Object.entries(WRITTEN_BY_THE_TEST[name] ?? {})) {
    await writeFile(path.join(spec, file), bytes());
  }
  return spec;
}

/** `<work>/<name>/out`: an earlier generation's output, and a folder the generator does not own. */
async function previousOutput(name: string): Promise<string> {
  const out = path.join(work, name, 'out');
  await mkdir(path.join(out, 'src'), { recursive: true });
  await mkdir(path.join(out, 'node_modules/zod'), { recursive: true });
  await writeFile(path.join(out, 'src/index.ts'), 'export {};\n');
  await writeFile(path.join(out, 'node_modules/zod/package.json'), '{}\n');
  return out;
}

/** What the CLI does, in process: generate into a staging folder, swapped in only if that succeeded. */
async function generateInto(specDir: string, outDir: string): Promise<string> {
  const staging = openStaging(outDir);
  try {
    await generate({ ...INPUTS, specDir }, undefined, staging);
    staging.commit();
    return '';
  } catch (error) {
    staging.discard();
    if (error instanceof SpecError) return formatDiagnostics(error.diagnostics);
    throw error;
  }
}

const expectedOf = async (name: string) =>
  (await readFile(path.join(CASES_DIR, name, 'expected.txt'), 'utf8')).trimEnd();

describe('the catalogue of bad specs', () => {
  it('holds at least 30 cases, each with its expected output', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const name of cases) expect(await expectedOf(name), name).toMatch(/^spec\S*:\d+:\d+: /);
    for (const name of Object.keys(WRITTEN_BY_THE_TEST)) expect(cases).toContain(name);
  });

  it('starts from a valid spec: a case without its mistake generates', async () => {
    // model-declared-twice adds more.yaml to the api.yaml and groups.yaml every case starts from.
    const dir = path.join(CASES_DIR, 'model-declared-twice');
    const read = (file: string) => readFile(path.join(dir, file), 'utf8');
    expect(await diagnosticsOf({ 'api.yaml': await read('api.yaml'), 'groups.yaml': await read('groups.yaml') })).toBe(
      '',
    );
  });

  it.each(cases)('%s', async (name) => {
    const spec = await caseSpec(name);
    const out = await previousOutput(name);
    const before = await treeHash(out);
    expect(await generateInto(spec, out)).toBe(await expectedOf(name));
    expect(await treeHash(out)).toBe(before);
  });

  it('exits 2 from the CLI, printing every error and leaving the output as it was', async () => {
    const name = 'several-errors-sorted-by-file-and-line';
    await caseSpec(name);
    const out = await previousOutput(name);
    const before = await treeHash(out);
    const result = await runCli(path.join(work, name), ['--spec', 'spec', '--out', 'out']);
    const lines = (await expectedOf(name)).split('\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [...lines.map((line) => `error ${line}`), '4 errors in the spec; out was not changed.', ''].join('\n'),
    );
    expect(await treeHash(out)).toBe(before);
  }, 30_000);
});
