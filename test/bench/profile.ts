/**
 * `npm run bench -- --profile`: runs the load process of our client (validation off) and of bare undici under
 * `node --cpu-prof`, one scenario per process and many calls, and prints per call the functions with the most
 * self time in ours next to the same functions in the floor, and the total time of each runtime function.
 * The .cpuprofile files stay in test/output/bench-profiles/ for Chrome DevTools.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildChildScripts, type ChildScript } from './child-scripts.js';
import type { ContenderName } from './client-contenders.js';
import type { LoadRequest, LoadResult } from './client-load.js';
import { forkModule, nextMessage } from './processes.js';
import { OUTPUT_DIR, ROOT } from './paths.js';
import { textTable } from './stats.js';

const PROFILE_DIR = path.join(OUTPUT_DIR, 'bench-profiles');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  readonly name: string;
  readonly where: string;
  /** µs spent in the function itself. */
  readonly self: number;
  /** µs with the function anywhere on the stack. */
  readonly total: number;
}

const NOT_BUSY = new Set(['(idle)', '(program)']);

/** Self and total time per function over the samples where the process was busy (idle left out). */
export function functionTimes(profile: CpuProfile): FunctionTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${path.relative(ROOT, url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : '';
    return `${functionName || '(anonymous)'}\t${where}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const leaf = byId.get(id)!;
    if (NOT_BUSY.has(leaf.callFrame.functionName)) return;
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(keyOf(leaf), (self.get(keyOf(leaf)) ?? 0) + dt);
    const onStack = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1))
      onStack.add(keyOf(node));
    for (const key of onStack) total.set(key, (total.get(key) ?? 0) + dt);
  });
  return [...total].map(([key, time]) => {
    const [name, where] = key.split('\t') as [string, string];
    return { name, where, self: self.get(key) ?? 0, total: time };
  });
}

interface ProfiledRun {
  readonly file: string;
  readonly calls: number;
  readonly times: readonly FunctionTime[];
}

async function profileRun(
  scripts: Record<ChildScript, string>,
  origin: string,
  contender: ContenderName,
  scenario: string,
): Promise<ProfiledRun> {
  const dir = path.join(PROFILE_DIR, `${scenario}-${contender}`);
  const request: LoadRequest = { contender, scenario, origin, warmupCalls: 3000, blockCalls: 10_000, blocks: 1 };
  const child = forkModule(
    scripts['client-load'],
    [JSON.stringify(request)],
    ['--cpu-prof', '--cpu-prof-interval=100', `--cpu-prof-dir=${dir}`],
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const load = await nextMessage<LoadResult>(child, 'load');
  await exited;
  const [name] = await readdir(dir);
  const file = path.join(dir, name!);
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const calls = load.warmupCalls + load.blocks.reduce((sum, block) => sum + block.calls, 0);
  return { file, calls, times: functionTimes(profile) };
}

const perCall = (us: number, run: ProfiledRun) => (us / run.calls).toFixed(2);

function report(scenario: string, ours: ProfiledRun, floor: ProfiledRun): string {
  const floorSelf = new Map(floor.times.map((t) => [`${t.name} ${t.where}`, t.self]));
  const busy = (run: ProfiledRun) => run.times.reduce((sum, t) => sum + t.self, 0);
  const bySelf = [...ours.times].sort((a, b) => b.self - a.self).slice(0, 20);
  const runtime = ours.times.filter((t) => t.where.includes('/runtime/')).sort((a, b) => b.total - a.total);
  return [
    `\n${scenario}: busy µs per call, ours ${perCall(busy(ours), ours)}, bare undici ${perCall(busy(floor), floor)}`,
    `(${path.relative(ROOT, ours.file)}, ${path.relative(ROOT, floor.file)})`,
    textTable(
      ['self µs/call', 'floor self', 'function (most self time, ours)', 'where'],
      bySelf.map((t) => [
        perCall(t.self, ours),
        perCall(floorSelf.get(`${t.name} ${t.where}`) ?? 0, floor),
        t.name,
        t.where,
      ]),
      ['right', 'right', 'left', 'left'],
    ),
    '',
    textTable(
      ['self µs/call', 'total µs/call', 'runtime function', 'where'],
      runtime.map((t) => [perCall(t.self, ours), perCall(t.total, ours), t.name, t.where]),
      ['right', 'right', 'left', 'left'],
    ),
  ].join('\n');
}

export async function profileClient(scenarios: readonly string[], log: (line: string) => void): Promise<void> {
  const scripts = await buildChildScripts();
  await rm(PROFILE_DIR, { recursive: true, force: true });
  await mkdir(PROFILE_DIR, { recursive: true });
  const server = forkModule(scripts['client-server']);
  const origin = `http://127.0.0.1:${await nextMessage<number>(server, 'port')}`;
  try {
    for (const scenario of scenarios) {
      const ours = await profileRun(scripts, origin, 'ours', scenario);
      const floor = await profileRun(scripts, origin, 'undici', scenario);
      log(report(scenario, ours, floor));
    }
  } finally {
    server.send('close');
  }
}
