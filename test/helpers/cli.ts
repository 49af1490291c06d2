/** Running `npm run generate` (generator/launch.mjs, which runs generator/cli.ts) as a real process, the way a person or CI does. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths.js';

/** What the repository's npm scripts run: the CLI compiled once, without a TypeScript loader. */
export const LAUNCHER = path.join(ROOT, 'generator/launch.mjs');
export const run = promisify(execFile);

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI to its end in `cwd`; NO_COLOR is set unless `env` says otherwise. */
export async function runCli(
  cwd: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [LAUNCHER, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * A process that keeps running, whose output can be waited for. With `group`, it leads a
 * process group of its own, and a signal goes to the whole group (a command that npx runs
 * through a shell, for one).
 */
export class RunningProcess {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(
    command: string,
    args: string[],
    private readonly options: { cwd: string; env?: NodeJS.ProcessEnv; group?: boolean },
  ) {
    this.child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: options.group });
    this.child.stdout!.on('data', (chunk) => (this.stdout += chunk));
    this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves once `stream` matches `pattern`; fails after `ms`, showing what arrived. */
  async waitFor(stream: 'stdout' | 'stderr', pattern: RegExp, ms = 15_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + ms;
    for (;;) {
      const match = this[stream].match(pattern);
      if (match) return match;
      if (Date.now() > deadline || !this.alive)
        throw new Error(`no ${pattern} on ${stream}; stdout:\n${this.stdout}\nstderr:\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  kill(signal: NodeJS.Signals): void {
    if (this.options.group) process.kill(-this.child.pid!, signal);
    else this.child.kill(signal);
  }
}

/** The CLI running on (`--watch`). */
export class RunningCli extends RunningProcess {
  constructor(cwd: string, args: string[]) {
    super(process.execPath, [LAUNCHER, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  }
}

export async function snapshot(dir: string): Promise<Map<string, { text: string; mtimeMs: number }>> {
  const files = new Map<string, { text: string; mtimeMs: number }>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const key = path.relative(dir, file).split(path.sep).join('/');
    files.set(key, { text: await readFile(file, 'utf8'), mtimeMs: (await stat(file)).mtimeMs });
  }
  return files;
}
