/** Part 1, client per call: every contender on every scenario against one server process, each run in its own process. */
import type { ChildProcess } from 'node:child_process';
import { CONTENDERS, type ContenderName } from './client-contenders.js';
import type { BlockResult, LoadRequest, LoadResult } from './client-load.js';
import { SCENARIOS } from './client-scenarios.js';
import type { ClientConfig } from './config.js';
import { buildChildScripts } from './child-scripts.js';
import { forkModule, nextMessage } from './processes.js';
import { median } from './stats.js';

export interface ClientFigure {
  readonly scenario: string;
  readonly contender: ContenderName;
  /** Calls (for the walk: walks) per second. */
  readonly callsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Client process CPU (user + system) per call. */
  readonly cpuUsPerCall: number;
  /** HTTP requests the server answered per call: a walk that stops at total_pages makes 3, one that reads until an empty page 4. */
  readonly requestsPerCall: number;
  /** Measured blocks the medians are taken over (processes × blocks). */
  readonly samples: number;
}

async function startServer(script: string): Promise<{ server: ChildProcess; origin: string }> {
  const server = forkModule(script);
  const port = await nextMessage<number>(server, 'port');
  return { server, origin: `http://127.0.0.1:${port}` };
}

async function requestsServed(server: ChildProcess): Promise<number> {
  const count = nextMessage<number>(server, 'count');
  server.send('count');
  return count;
}

async function runLoad(script: string, request: LoadRequest): Promise<LoadResult> {
  const child = forkModule(script, [JSON.stringify(request)]);
  return nextMessage<LoadResult>(child, 'load');
}

function summarize(
  scenario: string,
  contender: ContenderName,
  blocks: readonly BlockResult[],
  requestsPerCall: number,
): ClientFigure {
  return {
    scenario,
    contender,
    callsPerSec: median(blocks.map((b) => (b.calls / b.wallMs) * 1000)),
    p50Ms: median(blocks.map((b) => b.p50Ms)),
    p99Ms: median(blocks.map((b) => b.p99Ms)),
    cpuUsPerCall: median(blocks.map((b) => b.cpuUs / b.calls)),
    requestsPerCall,
    samples: blocks.length,
  };
}

export async function benchClient(config: ClientConfig, log: (line: string) => void): Promise<ClientFigure[]> {
  const scripts = await buildChildScripts();
  const { server, origin } = await startServer(scripts['client-server']);
  const blocks = new Map<string, BlockResult[]>();
  const requestsPerCall = new Map<string, number>();
  try {
    // Process repetitions outermost, so that a slow moment of the machine spreads over every contender.
    for (let round = 0; round < config.processes; round++) {
      for (const scenario of SCENARIOS) {
        for (const contender of CONTENDERS) {
          const key = `${scenario.id} ${contender}`;
          log(`client: ${scenario.id} / ${contender} (process ${round + 1} of ${config.processes})`);
          const before = await requestsServed(server);
          const { warmupCalls, blockCalls, blocks: blocksPerProcess } = config;
          const request: LoadRequest = {
            contender,
            scenario: scenario.id,
            origin,
            warmupCalls,
            blockCalls,
            blocks: blocksPerProcess,
          };
          const load = await runLoad(scripts['client-load'], request);
          const served = (await requestsServed(server)) - before;
          const calls = load.warmupCalls + load.blocks.reduce((sum, block) => sum + block.calls, 0);
          requestsPerCall.set(key, served / calls);
          blocks.set(key, [...(blocks.get(key) ?? []), ...load.blocks]);
        }
      }
    }
  } finally {
    server.send('close');
  }
  return SCENARIOS.flatMap((scenario) =>
    CONTENDERS.map((contender) => {
      const key = `${scenario.id} ${contender}`;
      return summarize(scenario.id, contender, blocks.get(key)!, requestsPerCall.get(key)!);
    }),
  );
}
