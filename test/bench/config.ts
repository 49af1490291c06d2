/** How much the benchmark repeats, for a full run and for `--quick` (fewer repetitions, the same scenarios). */

export interface ClientConfig {
  /** Load processes per contender and scenario. */
  readonly processes: number;
  /** Measured blocks per load process. */
  readonly blocks: number;
  /** Unmeasured calls before the blocks (walks: a third as many). */
  readonly warmupCalls: number;
  /** Calls per block (walks: a third as many, each three round trips). */
  readonly blockCalls: number;
}

export interface BenchConfig {
  readonly quick: boolean;
  readonly client: ClientConfig;
  /** Fresh `node` processes per package. */
  readonly startupRuns: number;
  /** `tsc --noEmit` runs per consumer. */
  readonly typecheckRuns: number;
  /** Runs per generator figure. */
  readonly generatorRuns: number;
  /** Cold generations of ours and of hey-api each, taken in turns (part generator-cold). */
  readonly generatorColdRuns: number;
  /** Runs per synthetic spec size above 1× (the 1× figure is the full generation's --no-build one). */
  readonly scalingRuns: number;
  /** Sizes of the synthetic specs, in copies of the real spec. */
  readonly scales: readonly number[];
  /**
   * Skip the generation that compiles dist/ and the synthetic specs above 1×: together over a minute on a 2-core
   * machine, more than all of --quick may take. Their rows say so.
   */
  readonly skipSlowGenerations: boolean;
}

export const FULL: BenchConfig = {
  quick: false,
  client: { processes: 2, blocks: 3, warmupCalls: 3000, blockCalls: 500 },
  startupRuns: 10,
  typecheckRuns: 3,
  generatorRuns: 3,
  // The two generators' ratio moved by 0.1 between runs of 5 each, with the machine's speed.
  generatorColdRuns: 9,
  // One 16× generation takes 30 to 60 s on a 2-core machine: more would not fit in the five minutes.
  scalingRuns: 1,
  scales: [1, 4, 16],
  skipSlowGenerations: false,
};

export const QUICK: BenchConfig = {
  quick: true,
  client: { processes: 1, blocks: 3, warmupCalls: 600, blockCalls: 100 },
  startupRuns: 3,
  typecheckRuns: 1,
  generatorRuns: 1,
  generatorColdRuns: 2,
  scalingRuns: 1,
  scales: [1, 4, 16],
  skipSlowGenerations: true,
};
