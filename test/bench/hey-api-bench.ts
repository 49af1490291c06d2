/**
 * The `hey-api` part: @hey-api/openapi-ts, a generator we did not write, on our OpenAPI document and on
 * Cloudflare's June 2023 document of the same endpoints, next to our generator on the spec the document
 * comes from (--no-build: hey-api writes TypeScript and compiles nothing either). Each run is a fresh
 * process into an empty folder, timed from spawn to exit.
 */
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchConfig } from './config.js';
import { discard } from './discard.js';
import { GENERATOR_LAUNCHER, ROOT, SPEC_DIR } from './paths.js';
import { runChecked } from './processes.js';
import { median } from './stats.js';

export interface HeyApiFigure {
  readonly id: string;
  readonly generator: 'hey-api' | 'ours';
  /** The input, relative to the repository. */
  readonly input: string;
  /** Operations of the OpenAPI document the input is or gives. */
  readonly operations: number;
  readonly wallMs: number;
  /** What the run wrote: TypeScript files and their bytes. */
  readonly files: number;
  readonly bytes: number;
  readonly runs: number;
}

const HEY_API = path.join(ROOT, 'node_modules/@hey-api/openapi-ts/bin/run.js');
const OUR_DOCUMENT = path.join(ROOT, 'generated/openapi.json');
const CLOUDFLARE_2023 = path.join(ROOT, 'test/fixtures/reference/openapi-2023-scope.json');
const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch']);

async function operationsOf(document: string): Promise<number> {
  const { paths } = JSON.parse(await readFile(document, 'utf8')) as { paths: Record<string, object> };
  return Object.values(paths).reduce((n, item) => n + Object.keys(item).filter((k) => METHODS.has(k)).length, 0);
}

async function written(dir: string): Promise<{ files: number; bytes: number }> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts'));
  const sizes = await Promise.all(files.map(async (f) => (await stat(path.join(dir, f))).size));
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

async function timed(
  id: string,
  generator: HeyApiFigure['generator'],
  input: string,
  operations: number,
  runs: number,
  args: (out: string) => string[],
  log: (line: string) => void,
): Promise<HeyApiFigure> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-hey-api-'));
  try {
    const times: number[] = [];
    let output = { files: 0, bytes: 0 };
    for (let run = 0; run < runs; run++) {
      log(`hey-api: ${id} (run ${run + 1} of ${runs})`);
      const out = path.join(work, `out-${run}`);
      const result = await runChecked(process.execPath, args(out), { env: { ...process.env, NO_COLOR: '1' } });
      times.push(result.wallMs);
      output = await written(generator === 'ours' ? path.join(out, 'src') : out);
    }
    return { id, generator, input: path.relative(ROOT, input), operations, wallMs: median(times), ...output, runs };
  } finally {
    await discard(work);
  }
}

export async function benchHeyApi(config: BenchConfig, log: (line: string) => void): Promise<HeyApiFigure[]> {
  const runs = config.generatorRuns;
  const ours = await operationsOf(OUR_DOCUMENT);
  const cloudflare = await operationsOf(CLOUDFLARE_2023);
  const heyApi = (input: string) => (out: string) => [HEY_API, '-i', input, '-o', out];
  return [
    await timed(
      'ours, spec -> client (--no-build)',
      'ours',
      SPEC_DIR,
      ours,
      runs,
      (out) => [GENERATOR_LAUNCHER, '--no-build', '--quiet', '--spec', SPEC_DIR, '--out', out],
      log,
    ),
    await timed('hey-api, our openapi.json', 'hey-api', OUR_DOCUMENT, ours, runs, heyApi(OUR_DOCUMENT), log),
    await timed(
      'hey-api, Cloudflare 2023 document',
      'hey-api',
      CLOUDFLARE_2023,
      cloudflare,
      runs,
      heyApi(CLOUDFLARE_2023),
      log,
    ),
  ];
}
