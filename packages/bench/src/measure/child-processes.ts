import { spawn, type ChildProcess } from 'node:child_process';
import { ProcessTreeSampler, type MemoryPeak } from './process-memory.js';

/*
 * Every process the benchmark starts runs in its own process group and is
 * registered here, so a failure, a timeout or Ctrl-C stops the whole group
 * (a build's esbuild and Pagefind included): SIGTERM first, SIGKILL after.
 */

const running = new Set<ChildProcess>();
/* Set once everything is being stopped: a retry racing the stop must not start a process nobody will end. */
let stopping = false;

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Stops a child's process group; resolves once the child has exited. */
export function stopProcessGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (exited(child)) {
      // The leader is gone; make sure nothing it started lingers.
      signalGroup(child, 'SIGKILL');
      return resolve();
    }
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    timer.unref();
    child.once('exit', () => {
      clearTimeout(timer);
      signalGroup(child, 'SIGKILL');
      resolve();
    });
    signalGroup(child, 'SIGTERM');
  });
}

/** Stops everything still running (on exit, on failure, on a signal); nothing new starts afterwards. */
export async function stopAllChildren(): Promise<void> {
  stopping = true;
  await Promise.all([...running].map((child) => stopProcessGroup(child)));
}

export interface SpawnOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Starts a tracked child in its own process group, output piped. */
export function spawnTracked(command: string, args: string[], { cwd, env }: SpawnOptions): ChildProcess {
  if (stopping) throw new Error('the benchmark is stopping; no new process is started');
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

export interface MeasuredRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  memory: MemoryPeak;
  timedOut: boolean;
}

/** Runs a command to its end, timing it from outside and sampling its memory; stops it after `timeoutMs`. */
export function runMeasured(
  command: string,
  args: string[],
  options: SpawnOptions & { timeoutMs: number; onOutput?: (text: string) => void },
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawnTracked(command, args, options);
    const sampler = new ProcessTreeSampler(child.pid!, 200).start();
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk;
      options.onOutput?.(chunk.toString('utf8'));
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk;
      options.onOutput?.(chunk.toString('utf8'));
    });
    const timer = setTimeout(() => {
      timedOut = true;
      void stopProcessGroup(child);
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      sampler.stop();
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      resolve({ code, signal, stdout, stderr, wallMs, memory: sampler.stop(), timedOut });
      // A build may leave a helper behind; nothing of this run outlives it.
      signalGroup(child, 'SIGKILL');
    });
  });
}
