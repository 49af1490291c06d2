/**
 * `kill -9` at any moment of `npm run generate` leaves the output folder either as it was or
 * as the complete new generation, never a mix, and the next run cleans up after it.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/pipeline.js';
import { openStaging } from '../generator/write.js';
import { LAUNCHER } from './helpers/cli.js';
import { fixtureOutput } from './helpers/fixture-output.js';
import { FIXTURE_SPEC_DIR, INPUTS, ROOT } from './helpers/paths.js';
import { hashFiles, readTree, treeHash } from './helpers/tree-hash.js';

/** A folder inside the output that generation does not own, and must keep. */
const KEPT_FILE = ['node_modules/zod/package.json', '{"name":"zod"}\n'] as const;

let work: string;
let spec: string;
let out: string;
let oldFiles: ReadonlyMap<string, string>;
let newFiles: ReadonlyMap<string, string>;
let OLD: string;
let NEW: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'interrupted-'));
  spec = path.join(work, 'spec');
  out = path.join(work, 'generated');
  await cp(FIXTURE_SPEC_DIR, spec, { recursive: true });
  const pets = path.join(spec, 'pets.yaml');
  await writeFile(pets, (await readFile(pets, 'utf8')).replace('title: Pets\n', 'title: Pets of the zoo\n'));
  oldFiles = (await fixtureOutput()).files;
  newFiles = (await generate({ ...INPUTS, specDir: spec })).files;
  OLD = hashFiles([...oldFiles, KEPT_FILE]);
  NEW = hashFiles([...newFiles, KEPT_FILE]);
}, 30_000);
afterAll(() => rm(work, { recursive: true, force: true }));

/** `<work>/generated` as an earlier run left it. */
async function writePreviousOutput(): Promise<void> {
  await rm(out, { recursive: true, force: true });
  for (const [file, text] of [...oldFiles, KEPT_FILE]) {
    await mkdir(path.dirname(path.join(out, file)), { recursive: true });
    await writeFile(path.join(out, file), text);
  }
}

/** After a delay; when a sibling of the output appears; when anything inside the output changes. */
type Moment = { afterMs: number } | { whenCreated: string } | { whenOutputChanges: true };

/**
 * Runs the CLI; with `killAt`, kills it with SIGKILL at that moment (a run that ends first
 * just ends). Resolves when the process has exited.
 */
async function runCli(killAt?: Moment): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // As npm's script runs it: the launcher runs the CLI in its own process, which SIGKILL ends.
  const child = spawn(process.execPath, [LAUNCHER, '--spec', spec, '--out', out, '--no-build'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const kill = () => child.kill('SIGKILL');
  const watcher =
    killAt && 'whenCreated' in killAt
      ? watch(work, (_event, name) => {
          if (name === killAt.whenCreated) kill();
        })
      : killAt && 'whenOutputChanges' in killAt
        ? watch(out, { recursive: true }, kill)
        : undefined;
  // The watched folder may be renamed away under the watcher; that is a change, not a failure.
  watcher?.on('error', kill);
  const delay = killAt && 'afterMs' in killAt ? killAt.afterMs : undefined;
  if (delay === 0) kill();
  const timer = delay ? setTimeout(kill, delay) : undefined;
  // A bound, not a measurement: a run that hangs is killed here, and its state still checked.
  const bound = setTimeout(kill, 20_000);
  const code = await exited;
  clearTimeout(timer);
  clearTimeout(bound);
  watcher?.close();
  return { code, stdout, stderr };
}

/**
 * What a killed run left in `<work>/generated`. Between its two renames the folder is briefly
 * absent, the old output parked whole beside it (node_modules perhaps already moved into the
 * staging folder); that is the one state besides old and new that the next run must repair.
 */
async function outputState(): Promise<'old' | 'new' | 'parked old' | 'mixed'> {
  const now = await treeHash(out);
  if (now === OLD) return 'old';
  if (now === NEW) return 'new';
  const parked = await readTree(path.join(work, '.generated-old'));
  if (now !== undefined || !parked) return 'mixed';
  const staged = (await readTree(path.join(work, '.generated-tmp'))) ?? new Map<string, Buffer>();
  const keptInStaging = [...staged].filter(([file]) => file.startsWith('node_modules/'));
  const hasKept = [...parked.keys()].some((file) => file.startsWith('node_modules/'));
  return hashFiles([...parked, ...(hasKept ? [] : keptInStaging)]) === OLD ? 'parked old' : 'mixed';
}

const leftovers = async () => (await readdir(work)).filter((name) => name.startsWith('.generated-'));

const MOMENTS: [string, Moment][] = [
  ['at once, before it prints anything', { afterMs: 0 }],
  ['after 50 ms', { afterMs: 50 }],
  ['after 150 ms', { afterMs: 150 }],
  ['after 300 ms', { afterMs: 300 }],
  ['after 600 ms', { afterMs: 600 }],
  // With the writer as it is, the first change is the old output being moved aside for the swap.
  ['as soon as anything in the output changes', { whenOutputChanges: true }],
  ['while it writes the staging folder', { whenCreated: '.generated-tmp' }],
];

describe('a generation killed with SIGKILL', () => {
  it('leaves the old output or the complete new one, and the next run repairs what it left', async () => {
    for (const [i, [when, moment]] of MOMENTS.entries()) {
      await writePreviousOutput();
      const killed = await runCli(moment);
      expect(['old', 'new', 'parked old'], `killed ${when}`).toContain(await outputState());
      if ('afterMs' in moment && moment.afterMs === 0) expect(killed.stdout).toBe('');

      // The next run: the CLI after the last kill, which leaves a staging folder behind;
      // in process before (the same recovery, without starting the CLI each time).
      if (i === MOMENTS.length - 1) {
        const next = await runCli();
        expect(next.code, next.stderr).toBe(0);
        expect(next.stdout).toMatch(/^wrote .*generated\/: \d+ files/);
      } else {
        const staging = openStaging(out);
        staging.write(newFiles);
        staging.commit();
      }
      expect(await treeHash(out), `the run after a kill ${when}`).toBe(NEW);
      expect(await leftovers(), `the run after a kill ${when}`).toEqual([]);
    }
  }, 90_000);
});
