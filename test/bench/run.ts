/**
 * `npm run bench`: every benchmark, in sequence (one measurement at a time on the machine), then the
 * results as JSON and a table. A full run writes test/bench/results.json and the results part of BENCHMARKS.md;
 * `--quick` runs the same scenarios with fewer repetitions, without the slowest generator runs (see config.ts), and
 * writes test/output/bench-quick.json.
 * `--only client,startup` runs some parts (written to test/output/bench-only.json; the parts are client, startup,
 * typecheck, bundle, generator-cold, generator, hey-api, package, docs and tests; --quick skips tests); `--profile` profiles our
 * client instead (see profile.ts).
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchBundles } from './bundle.js';
import { benchClient } from './client-bench.js';
import { FULL, QUICK } from './config.js';
import { removeDiscarded } from './discard.js';
import { benchDocsSite } from './docs-site.js';
import { benchGenerator } from './generator-bench.js';
import { benchGeneratorCold } from './generator-cold.js';
import { benchHeyApi } from './hey-api-bench.js';
import { judgeGoals } from './goals.js';
import { describeMachine } from './machine.js';
import { BENCHMARKS_MD, OUTPUT_DIR, QUICK_RESULTS_FILE, RESULTS_FILE, ROOT } from './paths.js';
import { benchPackages } from './package-size.js';
import { killChildren } from './processes.js';
import { profileClient } from './profile.js';
import type { BenchResults, Measurements } from './results.js';
import { terminalReport, writeResultsInto } from './report.js';
import { benchStartup } from './startup.js';
import { benchTestSuite } from './test-suite.js';
import { benchTypecheck } from './typecheck.js';

const PARTS = [
  'client',
  'startup',
  'typecheck',
  'bundle',
  'generator-cold',
  'generator',
  'hey-api',
  'package',
  'docs',
  'tests',
] as const;
type Part = (typeof PARTS)[number];

const log = (line: string) => process.stderr.write(`${line}\n`);

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  const only = values.only?.split(',').map((p) => p.trim());
  const unknown = only?.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown?.length) throw new Error(`unknown part(s) ${unknown.join(', ')}; parts are ${PARTS.join(', ')}`);
  return { quick: values.quick, profile: values.profile, parts: new Set((only ?? PARTS) as Part[]) };
}

async function ensurePackageBuilt(): Promise<void> {
  try {
    await access(path.join(ROOT, 'generated/dist/index.js'));
  } catch {
    throw new Error('generated/dist is missing: run npm run generate first.');
  }
}

async function measure(parts: ReadonlySet<Part>, quick: boolean): Promise<Measurements> {
  try {
    return await measureParts(parts, quick);
  } finally {
    // What the parts were done with goes only now: see discard.ts.
    await removeDiscarded();
  }
}

async function measureParts(parts: ReadonlySet<Part>, quick: boolean): Promise<Measurements> {
  const config = quick ? QUICK : FULL;
  const started = performance.now();
  const date = new Date().toISOString();
  const loadAtStart = os.loadavg()[0]!;
  // Bundle sizes first: they do not depend on timing, and a mistake in a consumer shows at once.
  const bundle = parts.has('bundle') ? await benchBundles(log) : [];
  const startup = parts.has('startup') ? await benchStartup(config, log) : [];
  const typecheck = parts.has('typecheck') ? await benchTypecheck(config, log) : [];
  const client = parts.has('client') ? await benchClient(config.client, log) : [];
  const generatorCold = parts.has('generator-cold') ? await benchGeneratorCold(config, log) : [];
  const generator = [...generatorCold, ...(parts.has('generator') ? await benchGenerator(config, log) : [])];
  const heyApi = parts.has('hey-api') ? await benchHeyApi(config, log) : [];
  const packages = parts.has('package') ? await benchPackages(log) : [];
  const docs = parts.has('docs') ? await benchDocsSite(log) : [];
  // Last, and in full runs only: the whole test suite takes minutes.
  const tests = parts.has('tests') && !quick ? await benchTestSuite(log) : [];
  return {
    mode: quick ? 'quick' : 'full',
    date,
    durationS: (performance.now() - started) / 1000,
    machine: describeMachine(),
    loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
    config,
    client,
    startup,
    typecheck,
    bundle,
    generator,
    heyApi,
    package: packages,
    docs,
    tests,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  await ensurePackageBuilt();
  if (options.profile) {
    await profileClient(['list', 'create', 'walk'], (line) => process.stdout.write(`${line}\n`));
    return;
  }
  const measurements = await measure(options.parts, options.quick);
  const complete = options.parts.size === PARTS.length;
  const results: BenchResults = { ...measurements, goals: complete ? judgeGoals(measurements) : [] };
  const file = !complete ? path.join(OUTPUT_DIR, 'bench-only.json') : options.quick ? QUICK_RESULTS_FILE : RESULTS_FILE;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  if (complete) process.stdout.write(`${terminalReport(results)}\n`);
  else process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  if (complete && !options.quick) await writeResultsInto(BENCHMARKS_MD, results);
  log(`\nwrote ${path.relative(ROOT, file)}${complete && !options.quick ? ' and BENCHMARKS.md' : ''}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killChildren();
    process.exit(130);
  });
}

main()
  .catch((error: unknown) => {
    log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(killChildren);
