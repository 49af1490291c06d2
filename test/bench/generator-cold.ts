/**
 * Part `generator-cold`: a cold generation, side by side with @hey-api/openapi-ts on Cloudflare's 2023 OpenAPI
 * document for the same scope, taken in turns in one run. Ours is `npm run generate` as in a fresh clone: no
 * compiled copy of the generator and no record of an earlier run (the whole cache folder moved aside), into an
 * empty folder, every output written, dist/ included, with nothing deleted between runs (see discard.ts); the run
 * compiles the generator and records what it gave, as a fresh clone's does. hey-api writes types, an SDK, its fetch
 * client and zod schemas, which is what it can make for the same API. Each is a fresh process, timed
 * from spawn to exit, with the CPU time and peak RSS it used (usage.ts); hey-api's own CLI script starts a
 * second node process for its work, so its entry module is run directly, which spares it that start.
 */
import { cp, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { BenchConfig } from './config.js';
import { discard } from './discard.js';
import { figure, runGenerator, type GeneratorFigure, type GeneratorRun } from './generator-bench.js';
import { GENERATOR_CACHE_DIR, ROOT, SPEC_DIR } from './paths.js';
import { runMeasured } from './usage.js';

export const OPENAPI_DOCUMENT = path.join(ROOT, 'test/fixtures/reference/openapi-2023-scope.json');

export async function benchGeneratorCold(config: BenchConfig, log: (line: string) => void): Promise<GeneratorFigure[]> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-generator-cold-'));
  try {
    await symlink(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    const spec = path.join(work, 'spec');
    await cp(SPEC_DIR, spec, { recursive: true });
    const document = JSON.parse(await readFile(OPENAPI_DOCUMENT, 'utf8')) as {
      paths: Record<string, Record<string, unknown>>;
      components?: { schemas?: Record<string, unknown> };
    };
    const operations = Object.values(document.paths).flatMap((item) =>
      Object.keys(item).filter((key) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(key)),
    ).length;
    const models = Object.keys(document.components?.schemas ?? {}).length;
    /** hey-api's config, writing into `output`. */
    const heyApiConfig = async (output: string) => {
      const file = `${output}.config.mjs`;
      const plugins = ['@hey-api/typescript', '@hey-api/sdk', '@hey-api/client-fetch', 'zod'];
      await writeFile(file, `export default ${JSON.stringify({ input: OPENAPI_DOCUMENT, output, plugins })};\n`);
      return file;
    };
    const heyApiManifest = createRequire(import.meta.url).resolve('@hey-api/openapi-ts/package.json');
    const heyApiEntry = path.join(path.dirname(heyApiManifest), 'dist/run.mjs');
    const heyApiVersion = (JSON.parse(await readFile(heyApiManifest, 'utf8')) as { version: string }).version;

    // Every run writes into a folder no run used before, and what a run leaves is discarded, not
    // deleted, until the whole benchmark ends (discard.ts): a fresh clone has no deletions behind it.
    let runs = 0;
    const fresh = (name: string) => path.join(work, `${name}-${++runs}`);

    const ours = async (): Promise<GeneratorRun> => {
      const out = fresh('out');
      // As in a fresh clone: the generator is compiled by this run, and nothing is remembered.
      await discard(GENERATOR_CACHE_DIR);
      const run = await runGenerator(work, ['--spec', spec, '--out', out]);
      if (Number.isNaN(run.models)) throw new Error('the generator printed no summary of what it generated');
      return run;
    };
    const heyApi = async (): Promise<GeneratorRun> => {
      const out = fresh('hey-api-out');
      const config = await heyApiConfig(out);
      const run = await runMeasured(work, heyApiEntry, ['-f', config], work);
      await readFile(path.join(out, 'zod.gen.ts'));
      return {
        wallMs: run.wallMs,
        cliMs: Number.NaN,
        models,
        methods: operations,
        maxRssKiB: run.maxRssKiB,
        cpuMs: run.cpuMs,
      };
    };

    const ourRuns: GeneratorRun[] = [];
    const heyApiRuns: GeneratorRun[] = [];
    const n = config.generatorColdRuns;
    for (let i = 0; i < n; i++) {
      log(`generator-cold: ours, cold generation with dist/ (run ${i + 1} of ${n})`);
      ourRuns.push(await ours());
      log(`generator-cold: hey-api on the 2023 OpenAPI document (run ${i + 1} of ${n})`);
      heyApiRuns.push(await heyApi());
    }
    return [
      figure(COLD_ID, 1, ourRuns),
      figure(`${HEY_API_ID_PREFIX} ${heyApiVersion}, 2023 OpenAPI (types, sdk, fetch client, zod)`, 1, heyApiRuns),
    ];
  } finally {
    await discard(work);
  }
}

export const COLD_ID = 'generate, cold (a fresh clone), with dist/';
export const HEY_API_ID_PREFIX = '@hey-api/openapi-ts';
