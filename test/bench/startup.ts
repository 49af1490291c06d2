/**
 * Part 2, startup: a cold `import` of each package and the construction of a client, each in a fresh `node`
 * process (plain node, no loader hooks), timed inside the process with performance.now() and as the whole
 * process's wall time. Runs alternate between the packages so that a slow moment of the machine hits both.
 */
import type { BenchConfig } from './config.js';
import { runChecked } from './processes.js';
import { median } from './stats.js';

export const STARTUP_PACKAGES = ['zero-trust-client', 'cloudflare'] as const;
export type StartupPackage = (typeof STARTUP_PACKAGES)[number];

/**
 * 'node': a process that imports nothing (the floor of the wall time); 'undici': the HTTP library our runtime
 * imports, alone, to show its share of our figure.
 */
export type StartupSubject = StartupPackage | 'node' | 'undici';

export interface StartupFigure {
  readonly subject: StartupSubject;
  /** Dynamic import, inside the process. */
  readonly importMs: number;
  /** Dynamic import and `new Cloudflare(...)`, inside the process. */
  readonly importAndConstructMs: number;
  /** Spawn to exit, seen from the parent. */
  readonly processWallMs: number;
  readonly runs: number;
}

interface ProbeResult {
  readonly importMs: number;
  readonly importAndConstructMs: number;
}

/** The probe, as ES module source for `node --input-type=module -e`; bare specifiers resolve from the repository root. */
export function probeSource(subject: StartupSubject): string {
  if (subject === 'node') return `process.stdout.write(JSON.stringify({ importMs: 0, importAndConstructMs: 0 }));`;
  if (subject === 'undici') {
    return [
      `const started = performance.now();`,
      `await import('undici');`,
      `const imported = performance.now() - started;`,
      `process.stdout.write(JSON.stringify({ importMs: imported, importAndConstructMs: imported }));`,
    ].join('\n');
  }
  return [
    `const started = performance.now();`,
    `const { default: Cloudflare } = await import(${JSON.stringify(subject)});`,
    `const imported = performance.now();`,
    `new Cloudflare({ apiToken: 'startup-probe-token' });`,
    `const constructed = performance.now();`,
    `process.stdout.write(JSON.stringify({ importMs: imported - started, importAndConstructMs: constructed - started }));`,
  ].join('\n');
}

async function probeOnce(subject: StartupSubject): Promise<ProbeResult & { wallMs: number }> {
  const run = await runChecked(process.execPath, ['--input-type=module', '-e', probeSource(subject)]);
  return { ...(JSON.parse(run.stdout) as ProbeResult), wallMs: run.wallMs };
}

export async function benchStartup(config: BenchConfig, log: (line: string) => void): Promise<StartupFigure[]> {
  const subjects: readonly StartupSubject[] = ['node', 'undici', ...STARTUP_PACKAGES];
  const samples = new Map(subjects.map((s) => [s, [] as (ProbeResult & { wallMs: number })[]]));
  // One unmeasured round first: the first process after a while reads its files from disk, not from the page cache.
  for (const subject of subjects) await probeOnce(subject);
  for (let run = 0; run < config.startupRuns; run++) {
    log(`startup: run ${run + 1} of ${config.startupRuns}`);
    for (const subject of subjects) samples.get(subject)!.push(await probeOnce(subject));
  }
  return subjects.map((subject) => {
    const runs = samples.get(subject)!;
    return {
      subject,
      importMs: median(runs.map((r) => r.importMs)),
      importAndConstructMs: median(runs.map((r) => r.importAndConstructMs)),
      processWallMs: median(runs.map((r) => r.wallMs)),
      runs: runs.length,
    };
  });
}
