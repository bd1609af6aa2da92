import type { Core } from '@strapi/strapi';
import { tryClusterLock } from '../database/cluster-lock';
import { runDueSchedules } from './run-due-schedules';

export const DEFAULT_INTERVAL_SECONDS = 20;

/** SCHEDULER_INTERVAL_SECONDS: how often due entries are looked for; 0 switches the scheduler off. */
export function schedulerIntervalSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SCHEDULER_INTERVAL_SECONDS;
  if (raw === undefined || raw === '') return DEFAULT_INTERVAL_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`SCHEDULER_INTERVAL_SECONDS must be a number of seconds ≥ 0 (0 = off), got "${raw}"`);
  }
  return seconds;
}

/**
 * Runs a pass right after start-up (what fell due while the CMS was down goes
 * out now), then every interval. Passes never overlap, in this instance or
 * across instances sharing a PostgreSQL database: an instance that finds
 * another one's pass running skips its turn, so each due entry is carried out
 * once (cron-like jobs run on every instance otherwise, strapi/strapi#15634).
 * The schedule is in the database, so a restart loses nothing.
 */
export function startScheduler(strapi: Core.Strapi, intervalSeconds: number): () => void {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const pass = () => {
    if (running || stopped) return;
    running = tryClusterLock(strapi, 'scheduler', () => runDueSchedules(strapi))
      .catch((error) => strapi.log.error(`Hẹn giờ: lượt kiểm tra lỗi: ${error instanceof Error ? error.stack : String(error)}`))
      .finally(() => (running = null));
  };
  const first = setTimeout(pass, 0);
  const timer = setInterval(pass, intervalSeconds * 1000);
  timer.unref();
  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
  };
}
