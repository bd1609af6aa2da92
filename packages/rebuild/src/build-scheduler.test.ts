import { describe, expect, it } from 'vitest';
import { BuildScheduler, type BuildRequest } from './build-scheduler.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function recorder(buildMs: number) {
  const builds: BuildRequest[] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  const scheduler = new BuildScheduler({
    debounceMs: 30,
    build: async (request) => {
      concurrent += 1;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      builds.push(request);
      await sleep(buildMs);
      concurrent -= 1;
    },
  });
  return { scheduler, builds, maxConcurrent: () => maxConcurrent };
}

describe('BuildScheduler', () => {
  it('turns a burst within the debounce window into one build', async () => {
    const { scheduler, builds } = recorder(20);
    for (let index = 0; index < 20; index += 1) scheduler.request({ reason: `event ${index}` });
    await scheduler.idle();
    expect(builds).toHaveLength(1);
    expect(scheduler.eventsReceived).toBe(20);
  });

  it('runs exactly one more build for any number of events during a build, never two at once', async () => {
    const { scheduler, builds, maxConcurrent } = recorder(150);
    scheduler.request({ reason: 'first' });
    await sleep(60); // the first build is running now
    for (let index = 0; index < 50; index += 1) scheduler.request({ reason: 'during' });
    expect(scheduler.queue.afterCurrent).toBe(true);
    await scheduler.idle();
    expect(builds.map((build) => build.reason)).toEqual(['first', 'during']);
    expect(maxConcurrent()).toBe(1);
  });

  it('keeps "force" and "full" when any coalesced request asked for them', async () => {
    const { scheduler, builds } = recorder(5);
    scheduler.request({ reason: 'a' });
    scheduler.request({ reason: 'b', force: true });
    scheduler.request({ reason: 'c', full: true });
    scheduler.request({ reason: 'd' });
    await scheduler.idle();
    expect(builds).toEqual([{ reason: 'a', force: true, full: true }]);
  });

  it('drops requests not yet started, waiting or after the running build, and lets the running one finish', async () => {
    const { scheduler, builds } = recorder(150);
    scheduler.request({ reason: 'running' });
    await sleep(60);
    scheduler.request({ reason: 'after the running one' });
    expect(scheduler.dropQueued()).toBe(true);
    expect(scheduler.queue).toEqual({ waiting: false, afterCurrent: false });
    await scheduler.idle();
    scheduler.request({ reason: 'waiting' });
    expect(scheduler.dropQueued()).toBe(true);
    await scheduler.idle();
    expect(builds.map((build) => build.reason)).toEqual(['running']);
    expect(scheduler.dropQueued()).toBe(false);
  });

  it('goes on after a failed build', async () => {
    let calls = 0;
    const errors: unknown[] = [];
    const scheduler = new BuildScheduler({
      debounceMs: 5,
      build: async () => {
        calls += 1;
        if (calls === 1) throw new Error('CMS down');
      },
      onError: (error) => errors.push(error),
    });
    scheduler.request({ reason: 'one' });
    await scheduler.idle();
    scheduler.request({ reason: 'two' });
    await scheduler.idle();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
