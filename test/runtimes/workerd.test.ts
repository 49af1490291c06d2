/**
 * The runtime scenario in workerd, Cloudflare's Workers runtime (from the `workerd` npm package):
 * the Worker is bundled with esbuild as wrangler does (conditions workerd, worker, browser; no
 * Node compatibility flag), and `workerd test` runs its test handler, whose fetch may reach
 * 127.0.0.1 only, where the mock runs in Node.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bareEnvironment,
  bundleEntry,
  expectScenarioPassed,
  outputDir,
  run,
  runtimeBinary,
  RUNTIME_TEST_TIMEOUT,
  scenarioMock,
  type Report,
} from './harness.js';
import type { ScenarioEntry } from './scenario.js';

const startMock = scenarioMock();
/** The Worker's folder, bundled in the test, so that a failed build fails it. */
async function bundle(): Promise<string> {
  const dir = await outputDir('workerd');
  await bundleEntry('worker', {
    outfile: path.join(dir, 'worker.mjs'),
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
  });
  return dir;
}

/** A workerd config: the Worker, the mock's URL as a text binding, and an outbound network of 127.0.0.1 alone. */
function config(mockURL: string, entry: ScenarioEntry): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "scenario", worker = .scenarioWorker),
    (name = "loopback", network = (allow = ["127.0.0.1/32"])),
  ],
);

const scenarioWorker :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "worker.mjs")],
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "MOCK_URL", text = ${JSON.stringify(mockURL)}),
    (name = "ENTRY", text = ${JSON.stringify(entry)}),
  ],
  globalOutbound = "loopback",
);
`;
}

describe('workerd', { timeout: RUNTIME_TEST_TIMEOUT }, () => {
  const runs = [
    ['main', 'runs the scenario in a Worker without nodejs_compat'],
    ['tree-shakable', 'runs the scenario in a Worker without nodejs_compat, with the tree-shakable entry'],
  ] as const;
  for (const [entry, title] of runs)
    it(title, async () => {
      const dir = await bundle();
      const mock = await startMock();
      const file = path.join(dir, 'config.capnp');
      await writeFile(file, config(mock.url, entry));
      const finished = await run(runtimeBinary('workerd'), ['test', file], { env: bareEnvironment() });
      const output = `exit code ${finished.code}\n--- stdout\n${finished.stdout}\n--- stderr\n${finished.stderr}`;
      expect(finished.code, output).toBe(0);
      expect(finished.stdout + finished.stderr, output).toMatch(/\[ PASS \] scenario/);
      const line = /scenario report: (\{.*\})/.exec(finished.stdout + finished.stderr);
      expect(line, output).not.toBeNull();
      expectScenarioPassed(JSON.parse(line![1]!) as Report, entry);
    });
});
