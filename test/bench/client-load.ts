/**
 * A load process of the client benchmark (forked with IPC): one contender, one scenario. Warms up, then measures
 * blocks of calls: wall time, each call's latency, and this process's CPU time (process.cpuUsage), so the
 * server's work is never counted. Sends the blocks to the parent and exits.
 * process.cpuUsage() counts every thread of the process, V8's background compilers too: the warm-up must last
 * until they are done, or the first blocks carry their work (it takes about 3 000 calls for each client here).
 */
import { createContender, type ContenderName } from './client-contenders.js';
import { scenarioById, type Scenario } from './client-scenarios.js';
import type { Contender } from './client-contenders.js';
import { percentile } from './stats.js';

export interface LoadRequest {
  readonly contender: ContenderName;
  readonly scenario: string;
  readonly origin: string;
  /** Unmeasured calls first (the walk: a third as many walks), until the JIT has compiled the hot paths. */
  readonly warmupCalls: number;
  readonly blockCalls: number;
  readonly blocks: number;
}

export interface LoadResult {
  /** Calls made during the warm-up, so that the parent can tell the server's request count per call. */
  readonly warmupCalls: number;
  readonly blocks: readonly BlockResult[];
}

export interface BlockResult {
  readonly calls: number;
  readonly wallMs: number;
  readonly cpuUs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

async function timedCall(scenario: Scenario, contender: Contender, latencies: number[]): Promise<void> {
  const started = performance.now();
  const items = await scenario.call(contender);
  latencies.push(performance.now() - started);
  if (items !== scenario.expectedItems) {
    throw new Error(`${scenario.id}: expected ${scenario.expectedItems} items, got ${items}`);
  }
}

/** `calls` calls, `scenario.concurrency` of them in flight at any time; returns each call's latency. */
async function runCalls(scenario: Scenario, contender: Contender, calls: number): Promise<number[]> {
  const latencies: number[] = [];
  let started = 0;
  const worker = async () => {
    while (started < calls) {
      started++;
      await timedCall(scenario, contender, latencies);
    }
  };
  await Promise.all(Array.from({ length: Math.min(scenario.concurrency, calls) }, worker));
  return latencies;
}

async function measureBlock(scenario: Scenario, contender: Contender, calls: number): Promise<BlockResult> {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const latencies = await runCalls(scenario, contender, calls);
  const wallMs = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    calls,
    wallMs,
    cpuUs: cpu.user + cpu.system,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

async function main(request: LoadRequest): Promise<LoadResult> {
  const scenario = scenarioById(request.scenario);
  const contender = await createContender(request.contender, request.origin);
  const scaled = (n: number) => Math.max(1, Math.round(n * scenario.weight));
  try {
    // By count, not by time: the JIT settles after a number of calls, and a slower client must get as many.
    const warmupCalls = scaled(request.warmupCalls);
    await runCalls(scenario, contender, warmupCalls);
    const blocks: BlockResult[] = [];
    for (let i = 0; i < request.blocks; i++)
      blocks.push(await measureBlock(scenario, contender, scaled(request.blockCalls)));
    return { warmupCalls, blocks };
  } finally {
    await contender.close();
  }
}

const request = JSON.parse(process.argv[2]!) as LoadRequest;
main(request).then(
  (load) => process.send!({ load }, () => process.exit(0)),
  (error: unknown) => {
    process.send!({ error: error instanceof Error ? error.stack : String(error) }, () => process.exit(1));
  },
);
