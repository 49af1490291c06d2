/** The results as tables: for the terminal, and for the results part of BENCHMARKS.md. */
import { readFile, writeFile } from 'node:fs/promises';
import { BUNDLE_VARIANTS } from './bundle.js';
import { CONTENDER_LABELS, CONTENDERS, type ContenderName } from './client-contenders.js';
import { SCENARIOS } from './client-scenarios.js';
import { COLD_ID } from './generator-cold.js';
import type { PackageFigure } from './package-size.js';
import type { BenchResults, Goal } from './results.js';
import { formatBytes, formatNumber, formatRatio, markdownTable, ratio, textTable, type Align } from './stats.js';

export interface Section {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly align?: readonly Align[];
  /** Sentences under the table. */
  readonly notes?: readonly string[];
}

const ms = (value: number) => formatNumber(value);
const seconds = (valueMs: number) => `${formatNumber(valueMs / 1000)} s`;
const mib = (kib: number) => `${formatNumber(kib / 1024)} MiB`;

function clientSection(r: BenchResults): Section {
  const figure = (scenario: string, contender: ContenderName) =>
    r.client.find((f) => f.scenario === scenario && f.contender === contender)!;
  const rows = SCENARIOS.flatMap((scenario) => {
    const sdk = figure(scenario.id, 'sdk');
    const floor = figure(scenario.id, 'undici');
    return CONTENDERS.map((contender) => {
      const f = figure(scenario.id, contender);
      const isOurs = contender.startsWith('ours');
      return [
        scenario.label,
        CONTENDER_LABELS[contender],
        formatNumber(f.callsPerSec),
        ms(f.p50Ms),
        ms(f.p99Ms),
        formatNumber(f.cpuUsPerCall),
        formatNumber(f.requestsPerCall),
        isOurs ? formatRatio(ratio(f.cpuUsPerCall, sdk.cpuUsPerCall)) : '',
        contender === 'undici' ? '' : formatRatio(ratio(f.cpuUsPerCall, floor.cpuUsPerCall)),
        isOurs ? formatRatio(ratio(f.callsPerSec, sdk.callsPerSec)) : '',
      ];
    });
  });
  const strictCost = SCENARIOS.map((scenario) => {
    const off = figure(scenario.id, 'ours').cpuUsPerCall;
    const strict = figure(scenario.id, 'ours-strict').cpuUsPerCall;
    return `${scenario.id} +${formatNumber(strict - off)} µs (${formatRatio(ratio(strict, off))})`;
  });
  return {
    title: 'Client, per call',
    header: [
      'scenario',
      'client',
      'calls/s',
      'p50 ms',
      'p99 ms',
      'CPU µs/call',
      'HTTP req/call',
      'CPU vs SDK',
      'CPU vs undici',
      'calls/s vs SDK',
    ],
    rows,
    align: ['left', 'left'],
    notes: [
      `Medians of ${r.client[0]?.samples ?? 0} measured blocks of ${r.config.client.blockCalls} calls (the walk: a third as many walks): ` +
        `${r.config.client.processes} load processes per client and scenario, ${r.config.client.blocks} blocks each, ` +
        `after ${r.config.client.warmupCalls} unmeasured calls in each process.`,
      `CPU is the load process's own (user + system, process.cpuUsage()); the server runs in another process.`,
      `What strict validation costs in CPU per call, over validation off: ${strictCost.join('; ')}.`,
    ],
  };
}

function startupSection(r: BenchResults): Section {
  const figure = (subject: string) => r.startup.find((f) => f.subject === subject)!;
  const sdk = figure('cloudflare');
  const label: Record<string, string> = {
    node: 'node, importing nothing (floor)',
    undici: 'undici alone (import only)',
    'zero-trust-client': 'zero-trust-client',
    cloudflare: 'cloudflare SDK 7.3.0',
  };
  return {
    title: 'Startup: cold import and new Cloudflare()',
    header: ['process', 'import ms', 'import + construct ms', 'process wall ms', 'in-process vs SDK', 'wall vs SDK'],
    rows: r.startup.map((f) => [
      label[f.subject] ?? f.subject,
      f.subject === 'node' ? '' : ms(f.importMs),
      f.subject === 'node' || f.subject === 'undici' ? '' : ms(f.importAndConstructMs),
      ms(f.processWallMs),
      f.subject === 'zero-trust-client' ? formatRatio(ratio(f.importAndConstructMs, sdk.importAndConstructMs)) : '',
      f.subject === 'zero-trust-client' ? formatRatio(ratio(f.processWallMs, sdk.processWallMs)) : '',
    ]),
    notes: [
      `Medians of ${sdk.runs} fresh \`node\` processes each (plain node, no loader), after one unmeasured round.`,
    ],
  };
}

function typecheckSection(r: BenchResults): Section {
  const figure = (variant: string) => r.typecheck.find((f) => f.variant === variant)!;
  const sdk = figure('sdk');
  const floor = figure('floor');
  const label: Record<string, string> = {
    floor: 'a file importing nothing (floor)',
    ours: 'zero-trust-client',
    sdk: 'cloudflare SDK 7.3.0',
  };
  return {
    title: 'Consumer type-check: tsc --noEmit',
    header: ['consumer', 'tsc wall ms', "tsc's check time ms", 'files', 'memory', 'wall vs SDK', 'above floor vs SDK'],
    rows: r.typecheck.map((f) => [
      label[f.variant] ?? f.variant,
      ms(f.wallMs),
      ms(f.checkMs),
      formatNumber(f.files),
      mib(f.memoryKiB),
      f.variant === 'ours' ? formatRatio(ratio(f.wallMs, sdk.wallMs)) : '',
      f.variant === 'ours' ? formatRatio(ratio(f.wallMs - floor.wallMs, sdk.wallMs - floor.wallMs)) : '',
    ]),
    notes: [
      `Medians of ${sdk.runs} runs each, alternating between the consumers; the same consumer code (groups list/create/get, applications create/list) against each package, ` +
        `tsconfig NodeNext, strict, skipLibCheck, types ['node']. tsc prints its check time to 10 ms.`,
    ],
  };
}

function bundleSection(r: BenchResults): Section {
  const figure = (variant: string) => r.bundle.find((f) => f.variant === variant)!;
  const peerOf = (variant: string) =>
    variant.includes('-browser-')
      ? figure('sdk-browser-groups-tree-shakable')
      : variant.includes('-all')
        ? figure('sdk-all')
        : figure('sdk-groups');
  return {
    title: 'Bundle size: esbuild, minified',
    header: [
      'consumer',
      'chunks',
      'all chunks',
      'gzip',
      'loaded with the entry',
      'loaded with the entry, gzip',
      'lazy chunks',
      'vs SDK (all chunks)',
      'vs SDK (gzip)',
    ],
    rows: BUNDLE_VARIANTS.map((variant) => {
      const f = figure(variant.id);
      const peer = peerOf(variant.id);
      const isPeer = variant.id.startsWith('sdk-');
      return [
        variant.label,
        String(f.chunks),
        formatBytes(f.bytes),
        formatBytes(f.gzipBytes),
        formatBytes(f.eagerBytes),
        formatBytes(f.eagerGzipBytes),
        formatBytes(f.lazyBytes),
        isPeer ? '' : formatRatio(ratio(f.bytes, peer.bytes)),
        isPeer ? '' : formatRatio(ratio(f.gzipBytes, peer.gzipBytes)),
      ];
    }),
    align: ['left'],
    notes: [
      'esbuild: bundle, minify, tree shaking, platform node (the browser rows: platform browser), format esm, code splitting; gzip by node:zlib, chunk by chunk. ' +
        "Ours is compared with the SDK's bundle for the same use (groups only, or every resource; in a browser, with the SDK's tree-shakable entry).",
      "Everything is bundled for both, but they differ in what they bring: ours sends with undici (bundled), the SDK with Node's built-in fetch (not bundled). " +
        "The 'undici external' row leaves undici out, for a like-for-like view.",
      `The SDK's tree-shakable entry (createClient with only the groups resource) is far smaller than its default import: ` +
        `ours, groups only, is ${formatRatio(ratio(figure('ours-groups').bytes, figure('sdk-groups-tree-shakable').bytes))} of it ` +
        `(${formatRatio(ratio(figure('ours-groups-undici-external').eagerBytes, figure('sdk-groups-tree-shakable').bytes))} counting only what loads with the entry, undici external).`,
    ],
  };
}

function generatorSection(r: BenchResults): Section {
  const base = r.generator.find((f) => f.id === 'scale 1×, --no-build');
  return {
    title: 'Generator',
    header: [
      'run',
      'models',
      'methods',
      'wall',
      "CLI's own time",
      'CPU',
      'peak RSS',
      'runs',
      'vs 1×',
      'wall per model',
    ],
    rows: r.generator.map((f) => {
      const scaling = f.id.startsWith('scale ');
      if (f.skipped) return [f.id, '', '', f.skipped, '', '', '', '', '', ''];
      return [
        f.id,
        Number.isFinite(f.models) ? String(f.models) : '',
        Number.isFinite(f.methods) ? String(f.methods) : '',
        seconds(f.wallMs),
        seconds(f.cliMs),
        seconds(f.cpuMs),
        mib(f.maxRssKiB),
        String(f.runs),
        scaling && base ? formatRatio(ratio(f.wallMs, base.wallMs)) : '',
        scaling ? `${formatNumber(f.wallMs / f.models)} ms` : '',
      ];
    }),
    notes: [
      growthNote(r),
      `Medians of ${r.config.generatorRuns} runs (synthetic specs above 1×: ${r.config.scalingRuns}); every run is \`node generator/launch.mjs\` (what \`npm run generate\` runs) as a fresh process, ` +
        "its wall time from spawn to exit (node's start included), the time the CLI prints, the CPU time it used " +
        "(user and system, on all its threads and in Biome's process: process.resourceUsage() and /proc/self/stat at exit) " +
        'and its peak RSS (process.resourceUsage().maxRSS; the CLI compiles dist/ in-process).',
      "'regenerate one model changed': one model's description edited in a copy of the spec, then a regeneration into the output of the previous run. " +
        '--check compares with an output generated with --no-build.',
      `'${COLD_ID}' and hey-api's row are the part generator-cold: taken in turns in the same run, ${r.config.generatorColdRuns} each; ` +
        'ours with no record of an earlier run, into an empty folder, dist/ included; each run writes into a folder no run used before, ' +
        'and nothing is deleted until the last (see Profile and fixes); hey-api (its dist/run.mjs, one node process) on ' +
        "Cloudflare's 2023 OpenAPI document for the same scope (test/fixtures/reference/openapi-2023-scope.json), writing types, an SDK, " +
        "its fetch client and zod schemas; its models and methods are the document's schemas and operations.",
      "Synthetic specs: the real spec's files copied N times into one spec, each copy's models and type prefixes suffixed and its resources moved " +
        'under client.zeroTrustX<N>; each size generated without errors and with N times the models and methods.',
    ],
  };
}

/** How the wall time grows with the spec: the factor over 1×, and what each copy beyond the first adds. */
function growthNote(r: BenchResults): string {
  const scaled = r.generator.filter((f) => f.id.startsWith('scale ') && !f.skipped);
  const base = scaled.find((f) => f.scale === 1);
  const larger = scaled.filter((f) => f.scale > 1);
  if (!base || larger.length === 0) return 'Growth: no synthetic spec above 1× in this run.';
  const sizes = larger.map(
    (f) =>
      `at ${f.scale}×, ${formatRatio(ratio(f.wallMs, base.wallMs))} the 1× time, ` +
      `${seconds((f.wallMs - base.wallMs) / (f.scale - 1))} per copy beyond the first`,
  );
  return `Growth: ${sizes.join('; ')}.`;
}

function heyApiSection(r: BenchResults): Section {
  const figures = r.heyApi ?? [];
  const ours = figures.find((f) => f.generator === 'ours');
  return {
    title: 'Generator next to @hey-api/openapi-ts',
    header: ['run', 'input', 'operations', 'wall', 'TypeScript files', 'bytes', 'runs', 'vs ours'],
    rows: figures.map((f) => [
      f.id,
      f.input,
      String(f.operations),
      seconds(f.wallMs),
      String(f.files),
      formatBytes(f.bytes),
      String(f.runs),
      f === ours || !ours ? '' : formatRatio(ratio(f.wallMs, ours.wallMs)),
    ]),
    align: ['left', 'left'],
    notes: [
      'Each run a fresh process into an empty folder, from spawn to exit; medians. Ours reads the spec and writes types, ' +
        'zod schemas, client, mock, docs and the OpenAPI document without compiling dist/ (--no-build), with the cache of ' +
        'earlier runs; hey-api writes types, an SDK and its fetch client from an OpenAPI document.',
      "Operations: an account-or-zone method is two operations of the document, as in Cloudflare's.",
    ],
  };
}

function goalsSection(r: BenchResults): Section {
  const figure = (g: Goal, value: number) =>
    g.unit === 'bytes' ? formatBytes(value) : `${formatNumber(value)} ${g.unit}`;
  return {
    title: 'Goals',
    header: ['goal', 'ours', 'peer / target', 'ratio', 'limit', 'met', 'why not'],
    rows: r.goals.map((g) => [
      g.measure,
      figure(g, g.ours),
      g.kind === 'ratio' ? figure(g, g.peer) : `${formatNumber(g.limit)} ms (target)`,
      formatRatio(ratio(g.ours, g.peer)),
      g.kind === 'ratio' ? `≤ ${formatRatio(g.limit)}` : '< 1×',
      g.status,
      g.reason ?? '',
    ]),
    align: ['left', 'right', 'right', 'right', 'right', 'left', 'left'],
  };
}

function packageSection(r: BenchResults): Section {
  const label = (f: PackageFigure) =>
    f.subject === 'cloudflare' ? `cloudflare SDK ${f.version}` : `${f.subject} ${f.version}`;
  const sdk = r.package.find((f) => f.subject === 'cloudflare');
  return {
    title: 'Package size: installed from its tarball',
    header: [
      'package',
      'tarball',
      'package alone',
      'files',
      'with its dependencies',
      'files',
      'dependencies',
      'alone vs SDK',
      'with dependencies vs SDK',
    ],
    rows: r.package.map((f) => [
      label(f),
      formatBytes(f.tarballBytes),
      formatBytes(f.packageBytes),
      formatNumber(f.packageFiles),
      formatBytes(f.installedBytes),
      formatNumber(f.installedFiles),
      f.dependencies.join(', '),
      f === sdk || !sdk ? '' : formatRatio(ratio(f.packageBytes, sdk.packageBytes)),
      f === sdk || !sdk ? '' : formatRatio(ratio(f.installedBytes, sdk.installedBytes)),
    ]),
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
    notes: [
      'Ours is `npm pack` of generated/, the SDK its published tarball; each installed with `npm install` into an empty project outside the repository. ' +
        "Bytes are the sum of the files' sizes, node_modules/.bin and npm's lock file left out.",
      `On disk, in whole blocks as du counts them: ${r.package
        .map(
          (f) =>
            `${label(f)} ${formatBytes(f.packageDiskBytes)} alone, ${formatBytes(f.installedDiskBytes)} with its dependencies`,
        )
        .join('; ')}.`,
    ],
  };
}

function docsSection(r: BenchResults): Section {
  return {
    title: 'Docs site: Lighthouse',
    header: ['page', 'form factor', 'accessibility', 'performance', 'best practices'],
    rows: (r.docs ?? []).map((f) => [
      f.page,
      f.formFactor,
      String(f.accessibility),
      String(f.performance),
      String(f.bestPractices),
    ]),
    align: ['left', 'left', 'right', 'right', 'right'],
    notes: [
      "Lighthouse in the Chromium of @sparticuz/chromium, the site served from 127.0.0.1 by `npm run docs:serve`'s server, no throttling (the machine is the network).",
    ],
  };
}

function testSuiteSection(r: BenchResults): Section {
  const tests = r.tests ?? [];
  return {
    title: 'Test suite',
    header: ['command', 'wall', 'passed', 'failed', 'skipped', 'slowest files (start to end)'],
    rows: tests.map((f) => [
      f.command,
      seconds(f.wallMs),
      String(f.passed),
      String(f.failed),
      String(f.skipped),
      f.slowest.map((s) => `${s.file} ${seconds(s.ms)}`).join('; '),
    ]),
    align: ['left', 'right', 'right', 'right', 'right', 'left'],
    notes: [
      "Each run once, as the README runs it, with vitest's JSON reporter added for the files' times; test files run side by side on both cores, so a file's time includes waiting for the CPU.",
    ],
  };
}

export function sections(r: BenchResults): Section[] {
  return [
    goalsSection(r),
    clientSection(r),
    startupSection(r),
    typecheckSection(r),
    bundleSection(r),
    generatorSection(r),
    ...(r.heyApi && r.heyApi.length > 0 ? [heyApiSection(r)] : []),
    packageSection(r),
    ...(r.docs?.length ? [docsSection(r)] : []),
    ...(r.tests?.length ? [testSuiteSection(r)] : []),
  ];
}

export function machineLine(r: BenchResults): string {
  const m = r.machine;
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}; ${m.os}`;
}

export function terminalReport(r: BenchResults): string {
  const head =
    `${r.mode} run, ${r.date}, ${formatNumber(r.durationS)} s\n${machineLine(r)}\n` +
    `load average (1 min) at start and end: ${formatNumber(r.loadAverage.start)}, ${formatNumber(r.loadAverage.end)}`;
  return [head, ...sections(r).map((s) => `\n${s.title}\n${textTable(s.header, s.rows, s.align)}`)].join('\n');
}

export function markdownReport(r: BenchResults): string {
  const head = [
    `- **Date:** ${r.date} (a ${r.mode} run of \`npm run bench\`, ${formatNumber(r.durationS)} s)`,
    `- **Machine:** ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB memory`,
    `- **Node:** ${r.machine.node}`,
    `- **OS:** ${r.machine.os}`,
    `- **Load average (1 min)** at the start and the end of the run: ${formatNumber(r.loadAverage.start)} and ${formatNumber(r.loadAverage.end)} ` +
      `(${r.machine.cores} cores; anything above 1 to 2 was other work on the machine, and inflates the wall times)`,
  ].join('\n');
  const body = sections(r).map((s) =>
    [`### ${s.title}`, markdownTable(s.header, s.rows, s.align), ...(s.notes ?? [])].join('\n\n'),
  );
  return [head, ...body].join('\n\n');
}

export const RESULTS_START = '<!-- bench:results:start (written by `npm run bench`; do not edit by hand) -->';
export const RESULTS_END = '<!-- bench:results:end -->';

/** `document` with the text between the results markers replaced; throws when the markers are missing. */
export function replaceResults(document: string, results: string): string {
  const start = document.indexOf(RESULTS_START);
  const end = document.indexOf(RESULTS_END);
  if (start < 0 || end < start) throw new Error('BENCHMARKS.md lacks the results markers');
  return `${document.slice(0, start + RESULTS_START.length)}\n\n${results}\n\n${document.slice(end)}`;
}

export async function writeResultsInto(file: string, r: BenchResults): Promise<void> {
  await writeFile(file, replaceResults(await readFile(file, 'utf8'), markdownReport(r)));
}
