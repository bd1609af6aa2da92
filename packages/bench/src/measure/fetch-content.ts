import path from 'node:path';
import { BENCH_DIR } from '../paths.js';
import { runMeasured } from './child-processes.js';
import type { MemoryPeak } from './process-memory.js';

/* Plain JavaScript, so it is not compiled: the same file serves src/ and dist/. */
const WORKER = path.join(BENCH_DIR, 'src', 'measure', 'fetch-content-worker.mjs');

export interface FetchMeasurement {
  /** fetchRawSiteData alone, timed inside the worker (process start excluded). */
  fetchMs: number;
  mapMs: number;
  articles: number;
  entries: number;
  /** The fetched content as JSON: roughly what crossed the wire. */
  responseBytes: number;
  memory: MemoryPeak;
}

/** Fetches all content over GraphQL the way the site build does, in a child process. */
export async function measureFetch(cms: { url: string; token: string }, timeoutMs: number): Promise<FetchMeasurement> {
  const run = await runMeasured(process.execPath, [WORKER], {
    cwd: BENCH_DIR,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CMS_URL: cms.url, CMS_TOKEN: cms.token },
    timeoutMs,
  });
  const line = /^BENCH_RESULT (.*)$/m.exec(run.stdout);
  if (run.code !== 0 || !line) {
    throw new Error(`fetching content failed (${run.timedOut ? 'timed out' : `exit ${run.code ?? run.signal}`}):\n${(run.stderr || run.stdout).slice(-3000)}`);
  }
  return { ...(JSON.parse(line[1]!) as Omit<FetchMeasurement, 'memory'>), memory: run.memory };
}
