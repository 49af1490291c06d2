/** The shape of a benchmark run's results, as written to JSON. */
import type { BundleFigure } from './bundle.js';
import type { ClientFigure } from './client-bench.js';
import type { DocsFigure } from './docs-site.js';
import type { BenchConfig } from './config.js';
import type { GeneratorFigure } from './generator-bench.js';
import type { HeyApiFigure } from './hey-api-bench.js';
import type { Machine } from './machine.js';
import type { PackageFigure } from './package-size.js';
import type { StartupFigure } from './startup.js';
import type { TestSuiteFigure } from './test-suite.js';
import type { TypecheckFigure } from './typecheck.js';

export interface Goal {
  readonly id: string;
  readonly part: string;
  /** What is compared, e.g. 'CPU µs per call, groups.list, sequential: ours / SDK'. */
  readonly measure: string;
  readonly ours: number;
  /** The peer's figure, or the target itself for absolute goals. */
  readonly peer: number;
  readonly unit: string;
  readonly value: number;
  /** value ≤ limit meets the goal (value is a ratio, or ms for absolute goals). */
  readonly limit: number;
  readonly kind: 'ratio' | 'ms';
  /** 'not measured': a run that skipped the figure (--quick skips the slowest generations). */
  readonly status: 'met' | 'not met' | 'not measured';
  readonly reason?: string;
}

export interface BenchResults {
  readonly mode: 'full' | 'quick';
  readonly date: string;
  readonly durationS: number;
  readonly machine: Machine;
  /** 1-minute load average when the run started and ended: other work on the machine shows here. */
  readonly loadAverage: { readonly start: number; readonly end: number };
  readonly config: BenchConfig;
  readonly client: readonly ClientFigure[];
  readonly startup: readonly StartupFigure[];
  readonly typecheck: readonly TypecheckFigure[];
  readonly bundle: readonly BundleFigure[];
  readonly generator: readonly GeneratorFigure[];
  /** Absent from results written before the part existed. */
  readonly heyApi?: readonly HeyApiFigure[];
  readonly package: readonly PackageFigure[];
  /** Lighthouse scores of the docs site; absent in runs from before it was measured. */
  readonly docs?: readonly DocsFigure[];
  /** `npm test` and `npm run test:unit`; full runs only, absent in runs from before it was measured. */
  readonly tests?: readonly TestSuiteFigure[];
  readonly goals: readonly Goal[];
}

/** Everything but the goals, which are computed from the rest. */
export type Measurements = Omit<BenchResults, 'goals'>;
