import { describe, expect, it } from 'vitest';
import { registerCleanup, runPendingCleanups } from './cleanup.js';

describe('cleanups', () => {
  it('run once, whether the run finishes or is interrupted', async () => {
    const done: string[] = [];
    const finish = registerCleanup(() => void done.push('finished run'));
    registerCleanup(() => {
      throw new Error('disk gone');
    });
    registerCleanup(() => void done.push('interrupted run'));
    await finish();
    await finish();
    await runPendingCleanups();
    await runPendingCleanups();
    expect(done).toEqual(['finished run', 'interrupted run']);
  });
});
