/** Child processes of the benchmark: started here, timed here, and all killed when the benchmark ends. */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './paths.js';

const live = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  live.add(child);
  child.on('exit', () => live.delete(child));
  return child;
}

/** Kills every child still running (by its own pid); the benchmark calls it on exit and on Ctrl-C. */
export function killChildren(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

/** Forks a JavaScript module with an IPC channel; `execArgv` are node's own flags (e.g. --cpu-prof). */
export function forkModule(
  modulePath: string,
  args: readonly string[] = [],
  execArgv: readonly string[] = [],
): ChildProcess {
  return track(
    fork(modulePath, [...args], { cwd: ROOT, execArgv: [...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
}

/** The first IPC message of `child` that has `key`; rejects when it exits first or reports { error }. */
export function nextMessage<T>(child: ChildProcess, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      const record = message as Record<string, unknown>;
      if (typeof record?.['error'] === 'string') finish(() => reject(new Error(record['error'] as string)));
      else if (record && key in record) finish(() => resolve(record[key] as T));
    };
    const onExit = (code: number | null) =>
      finish(() => reject(new Error(`child exited (${code}) before sending ${key}`)));
    const finish = (settle: () => void) => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      settle();
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

export interface ProcessRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** From spawn to exit, as the parent sees it. */
  readonly wallMs: number;
}

/** Runs a command to its end; `wallMs` is the whole process's life. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = track(spawn(command, [...args], { cwd: options.cwd ?? ROOT, env: options.env ?? process.env }));
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, wallMs: performance.now() - started }));
  });
}

/** Like runProcess, but rejects unless the exit code is 0. */
export async function runChecked(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessRun> {
  const run = await runProcess(command, args, options);
  if (run.code !== 0)
    throw new Error(
      `${command} ${args.join(' ')} exited with ${run.code}:\n${`${run.stdout}\n${run.stderr}`.slice(-2000)}`,
    );
  return run;
}
