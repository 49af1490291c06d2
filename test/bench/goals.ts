/** The goals, judged against one run's figures; a goal not met says why, with figures from the same run. */
import type { BundleFigure } from './bundle.js';
import type { ContenderName } from './client-contenders.js';
import type { GeneratorFigure } from './generator-bench.js';
import { COLD_ID, HEY_API_ID_PREFIX } from './generator-cold.js';
import { SCENARIOS } from './client-scenarios.js';
import type { Goal, Measurements } from './results.js';
import { formatBytes, formatNumber, formatRatio, ratio } from './stats.js';

function judged(value: number, met: boolean, reason: () => string): Pick<Goal, 'status' | 'reason'> {
  if (!Number.isFinite(value)) return { status: 'not measured', reason: 'this run skipped the figure' };
  return met ? { status: 'met' } : { status: 'not met', reason: reason() };
}

function ratioGoal(goal: Omit<Goal, 'value' | 'status' | 'kind'>, reason: () => string): Goal {
  const value = ratio(goal.ours, goal.peer);
  return { ...goal, kind: 'ratio', value, ...judged(value, value <= goal.limit, reason) };
}

function msGoal(goal: Omit<Goal, 'value' | 'status' | 'kind' | 'unit' | 'peer'>, reason: () => string): Goal {
  const value = goal.ours;
  return { ...goal, kind: 'ms', unit: 'ms', peer: goal.limit, value, ...judged(value, value < goal.limit, reason) };
}

function clientGoals(m: Measurements): Goal[] {
  const cpu = (scenario: string, contender: ContenderName) =>
    m.client.find((f) => f.scenario === scenario && f.contender === contender)?.cpuUsPerCall ?? Number.NaN;
  return SCENARIOS.flatMap((scenario) => {
    const ours = cpu(scenario.id, 'ours');
    const sdk = cpu(scenario.id, 'sdk');
    const floor = cpu(scenario.id, 'undici');
    return [
      ratioGoal(
        {
          id: `client-cpu-sdk-${scenario.id}`,
          part: 'client',
          measure: `CPU per call, ${scenario.label}: ours / SDK`,
          ours,
          peer: sdk,
          unit: 'µs',
          limit: 0.5,
        },
        () => `ours takes ${formatNumber(ours)} µs per call, the SDK ${formatNumber(sdk)} µs; see Profile and fixes.`,
      ),
      ratioGoal(
        {
          id: `client-cpu-floor-${scenario.id}`,
          part: 'client',
          measure: `CPU per call, ${scenario.label}: ours / bare undici`,
          ours,
          peer: floor,
          unit: 'µs',
          limit: 1.3,
        },
        () =>
          `ours spends ${formatNumber(ours - floor)} µs per call above the floor's ${formatNumber(floor)} µs ` +
          `(building the request, the timeout, the promise layers, the envelope); see Profile and fixes.`,
      ),
    ];
  });
}

function startupGoal(m: Measurements): Goal {
  const figure = (subject: string) => m.startup.find((f) => f.subject === subject);
  const ours = figure('zero-trust-client')?.importAndConstructMs ?? Number.NaN;
  const sdk = figure('cloudflare')?.importAndConstructMs ?? Number.NaN;
  const undici = figure('undici')?.importMs ?? Number.NaN;
  return ratioGoal(
    {
      id: 'startup',
      part: 'startup',
      measure: 'cold import + new Cloudflare(), in the process: ours / SDK',
      ours,
      peer: sdk,
      unit: 'ms',
      limit: 0.2,
    },
    () =>
      `importing undici, the HTTP library the runtime sends with, takes ${formatNumber(undici)} ms by itself ` +
      `in a fresh process (ours, undici included: ${formatNumber(ours)} ms); the SDK sends with Node's built-in fetch, which costs it no import.`,
  );
}

function typecheckGoal(m: Measurements): Goal {
  const wall = (variant: string) => m.typecheck.find((f) => f.variant === variant)?.wallMs ?? Number.NaN;
  const ours = wall('ours');
  const sdk = wall('sdk');
  const floor = wall('floor');
  return ratioGoal(
    {
      id: 'typecheck',
      part: 'typecheck',
      measure: 'tsc --noEmit of the consumer, wall: ours / SDK',
      ours,
      peer: sdk,
      unit: 'ms',
      limit: 0.33,
    },
    () =>
      `tsc itself, on a file that imports nothing, takes ${formatNumber(floor)} ms; above that floor ours takes ` +
      `${formatNumber(ours - floor)} ms and the SDK ${formatNumber(sdk - floor)} ms (${formatRatio(ratio(ours - floor, sdk - floor))}).`,
  );
}

function bundleGoal(m: Measurements): Goal {
  const bundle = (variant: string) => m.bundle.find((f) => f.variant === variant);
  const ours = bundle('ours-groups');
  const sdk = bundle('sdk-groups');
  const withoutUndici = bundle('ours-groups-undici-external');
  return ratioGoal(
    {
      id: 'bundle',
      part: 'bundle',
      measure: 'groups-only bundle, all chunks, minified: ours / SDK',
      ours: ours?.bytes ?? Number.NaN,
      peer: sdk?.bytes ?? Number.NaN,
      unit: 'bytes',
      limit: 0.5,
    },
    () => {
      const undici = (ours?.bytes ?? 0) - (withoutUndici?.bytes ?? 0);
      return (
        `undici is ${formatBytes(undici)} of it (the SDK uses Node's built-in fetch, which is not bundled); ` +
        `the validators and zod are ${formatBytes(ours?.lazyBytes ?? Number.NaN)} in a chunk loaded only when validation is on, ` +
        `but a bundler cannot know it will not be, so the chunk is emitted. ` +
        `What loading the consumer loads is ${formatBytes(ours?.eagerBytes ?? Number.NaN)} ` +
        `(${formatBytes(withoutUndici?.eagerBytes ?? Number.NaN)} without undici).`
      );
    },
  );
}

function generatorGoals(m: Measurements): Goal[] {
  const find = (id: string) => m.generator.find((f) => f.id === id);
  const wall = (id: string) => find(id)?.wallMs ?? Number.NaN;
  const cli = (id: string) => find(id)?.cliMs ?? Number.NaN;
  const cpu = (figure: GeneratorFigure | undefined) => figure?.cpuMs ?? Number.NaN;
  const full = wall('generate');
  const cold = wall(COLD_ID);
  const heyApi = m.generator.find((f) => f.id.startsWith(HEY_API_ID_PREFIX));
  const unbuilt = wall('generate --no-build');
  const check = wall('--check');
  return [
    msGoal(
      {
        id: 'generator-full',
        part: 'generator',
        measure: 'full generation (npm run generate), wall',
        ours: full,
        limit: 2000,
      },
      () =>
        `compiling dist/ takes ${formatNumber((full - unbuilt) / 1000)} s of the ${formatNumber(full / 1000)} s ` +
        `(${formatNumber(unbuilt / 1000)} s with --no-build); node starts in about ${formatNumber((unbuilt - cli('generate --no-build')) / 1000)} s.`,
    ),
    ratioGoal(
      {
        id: 'generator-cold-hey-api',
        part: 'generator-cold',
        measure: 'cold generation with dist/ (a fresh clone), wall: ours / hey-api on the same API, same run',
        ours: cold,
        peer: heyApi?.wallMs ?? Number.NaN,
        unit: 'ms',
        limit: 0.5,
      },
      () =>
        `the CLI's own time is ${formatNumber(cli(COLD_ID) / 1000)} s of ours; node's start and compiling the generator take the rest. ` +
        `Ours used ${formatNumber(cpu(find(COLD_ID)) / 1000)} s of CPU, hey-api ${formatNumber(cpu(heyApi) / 1000)} s ` +
        `(${formatRatio(ratio(cpu(find(COLD_ID)), cpu(heyApi)))}). See Profile and fixes, Generator.`,
    ),
    msGoal(
      { id: 'generator-check', part: 'generator', measure: 'no-change --check, wall', ours: check, limit: 300 },
      () =>
        `node's start and the fingerprint of every input take the time; the CLI's own time is ${formatNumber(cli('--check') / 1000)} s.`,
    ),
  ];
}

/** The package, docs included, as installed (an ES module and a CommonJS build, each with declarations): under 2 MiB. */
function packageGoal(m: Measurements): Goal {
  const ours = m.package.find((f) => f.subject === 'zero-trust-client');
  const target = 2 * 1024 * 1024;
  return ratioGoal(
    {
      id: 'package',
      part: 'package',
      measure: 'the package installed, docs included (dependencies apart): ours / 2 MiB',
      ours: ours?.packageBytes ?? Number.NaN,
      peer: target,
      unit: 'bytes',
      limit: 1,
    },
    () =>
      `the package holds ${formatNumber(ours?.packageFiles ?? Number.NaN)} files; the largest parts are the docs and the declarations.`,
  );
}

/** In a browser, what loads with a consumer that lists and creates groups: at most 5 KB gzipped. */
function browserBundleGoal(m: Measurements): Goal {
  const main = m.bundle.find((f) => f.variant === 'ours-browser-groups');
  const treeShakable = m.bundle.find((f) => f.variant === 'ours-browser-groups-tree-shakable');
  const sdk = m.bundle.find((f) => f.variant === 'sdk-browser-groups-tree-shakable');
  const gzip = (figure: BundleFigure | undefined) => figure?.eagerGzipBytes ?? Number.NaN;
  // The smaller of the two ways in: the main entry, or the tree-shakable one.
  const ours = Math.min(gzip(main), gzip(treeShakable));
  return ratioGoal(
    {
      id: 'bundle-browser',
      part: 'bundle',
      measure: 'browser bundle, list and create groups, loaded with the entry, gzip: ours (the smaller entry) / 5 KB',
      ours,
      peer: 5 * 1024,
      unit: 'bytes',
      limit: 1,
    },
    () =>
      `through 'zero-trust-client/tree-shakable' with the groups alone, ${formatBytes(gzip(treeShakable))} loads up front ` +
      `and ${formatBytes(treeShakable?.lazyBytes ?? Number.NaN)} (minified) in chunks loaded when first needed: the setup ` +
      `(transport, credentials) with the first call, list walks with the first list, errors and retries with the first ` +
      `failure, the validators when validation is on; through the main entry ${formatBytes(gzip(main))} (the whole client ` +
      `tree and runtime); the SDK's tree-shakable entry loads ${formatBytes(gzip(sdk))} for the same use.`,
  );
}

export function judgeGoals(m: Measurements): Goal[] {
  return [
    ...clientGoals(m),
    startupGoal(m),
    typecheckGoal(m),
    bundleGoal(m),
    browserBundleGoal(m),
    ...generatorGoals(m),
    packageGoal(m),
  ];
}
