import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { CMS_DIR } from '../paths.js';
import { cmsChildEnv } from '@hoilhpn/testing/cms-child-env';
import { spawnTracked, stopProcessGroup } from '../measure/child-processes.js';
import { ProcessTreeSampler, type MemoryPeak } from '../measure/process-memory.js';

export interface RunningCms {
  url: string;
  /** The site build's read-only API token. */
  token: string;
  process: ChildProcess;
  /** Memory from boot until ready (demo seed and setup module included). */
  startupMemory: MemoryPeak;
  startupMs: number;
  stop(): Promise<void>;
}

export interface StartCmsOptions {
  port: number;
  /** DATABASE_* variables (bench-database.ts). */
  databaseEnv: Record<string, string>;
  /** Runs inside the CMS after the demo seed (CMS_SETUP_MODULE). */
  setupModule?: string;
  env?: Record<string, string>;
  readyTimeoutMs: number;
  log?: (line: string) => void;
}

/**
 * The real CMS (cms/scripts/serve.ts: compiled TypeScript, no admin build) on
 * the given database, as the test harness (@hoilhpn/testing) runs it. tsx is loaded into
 * the one Node process (--import), so its memory is the CMS's alone.
 */
export async function startCms({ port, databaseEnv, setupModule, env = {}, readyTimeoutMs, log }: StartCmsOptions): Promise<RunningCms> {
  const started = performance.now();
  const child = spawnTracked(process.execPath, ['--import', 'tsx', path.join('scripts', 'serve.ts')], {
    cwd: CMS_DIR,
    env: {
      ...cmsChildEnv({ port, envPath: path.join(CMS_DIR, '.no-env-for-bench') }),
      ...databaseEnv,
      ...(setupModule ? { CMS_SETUP_MODULE: setupModule } : {}),
      ...env,
    },
  });
  const sampler = new ProcessTreeSampler(child.pid!, 250).start();
  let output = '';
  try {
    const ready = await new Promise<{ url: string; token: string }>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the CMS was not ready within ${Math.round(readyTimeoutMs / 1000)} s:\n${output.slice(-4000)}`)),
        readyTimeoutMs,
      );
      const onData = (chunk: Buffer) => {
        output += chunk;
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim() && !line.startsWith('CMS_READY')) log?.(line);
        const match = /^CMS_READY (.*)$/m.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(JSON.parse(match[1]!) as { url: string; token: string });
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the CMS exited with ${code} before it was ready:\n${output.slice(-4000)}`));
      });
    });
    const startupMemory = sampler.stop();
    return {
      ...ready,
      process: child,
      startupMemory,
      startupMs: performance.now() - started,
      stop: () => stopProcessGroup(child),
    };
  } catch (error) {
    sampler.stop();
    await stopProcessGroup(child);
    throw error;
  }
}
