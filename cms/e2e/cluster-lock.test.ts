import { describe, expect, it } from 'vitest';
import { HELD_ELSEWHERE, tryClusterLock, withClusterLock } from '../src/database/cluster-lock';
import { startTestServer } from './harness/strapi-server';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/*
 * The lock on the real CMS's database. Each call holds it in a transaction of
 * its own, on its own connection, as two instances would: on PostgreSQL the
 * second one waits or skips; SQLite (one instance by design) runs everything.
 */
describe('cluster locks (src/database/cluster-lock.ts)', () => {
  it.runIf(process.env.TEST_DATABASE === 'postgres')('on PostgreSQL: one holder at a time; a try while it is held skips at once', async () => {
    const { strapi } = await startTestServer();
    const spans: { name: string; from: number; to: number }[] = [];
    const hold = (name: string) => async () => {
      const from = Date.now();
      await pause(400);
      spans.push({ name, from, to: Date.now() });
      return name;
    };
    let tried: unknown;
    const first = withClusterLock(strapi, 'scheduler', async () => {
      tried = await tryClusterLock(strapi, 'scheduler', async () => 'ran while held');
      return hold('first')();
    });
    await pause(50);
    const second = withClusterLock(strapi, 'scheduler', hold('second'));
    // Another lock is another job: it does not wait for this one.
    const other = await tryClusterLock(strapi, 'startup', async () => 'startup ran');
    expect(await Promise.all([first, second])).toEqual(['first', 'second']);
    expect(tried).toBe(HELD_ELSEWHERE);
    expect(other).toBe('startup ran');
    const [a, b] = spans;
    expect(b!.from).toBeGreaterThanOrEqual(a!.to);
    // Released with its transaction: free again.
    expect(await tryClusterLock(strapi, 'scheduler', async () => 'free')).toBe('free');
  });

  it.runIf(process.env.TEST_DATABASE !== 'postgres')('on SQLite: runs the work directly', async () => {
    const { strapi } = await startTestServer();
    expect(await tryClusterLock(strapi, 'scheduler', async () => 'ran')).toBe('ran');
    expect(await withClusterLock(strapi, 'startup', async () => 'ran')).toBe('ran');
  });
});
