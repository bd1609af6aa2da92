import { describe, expect, it } from 'vitest';
import { schedulerIntervalSeconds } from './scheduler';
import { scheduleProblem } from './validate-schedule';

describe('scheduleProblem', () => {
  it('wants the unpublish time after the publish time, and says so in Vietnamese', () => {
    expect(scheduleProblem('2026-12-01T06:30:00+07:00', '2026-12-01T06:30:00+07:00')).toMatch(/phải sau/);
    expect(scheduleProblem('2026-12-01T06:30:00+07:00', '2026-11-30T23:29:00Z')).toMatch(/phải sau/);
    expect(scheduleProblem('2026-12-01T06:30:00+07:00', '2026-11-30T23:31:00Z')).toBeNull();
    expect(scheduleProblem(null, '2026-11-30T23:31:00Z')).toBeNull();
    expect(scheduleProblem('2026-12-01T06:30:00+07:00', null)).toBeNull();
  });
});

describe('SCHEDULER_INTERVAL_SECONDS', () => {
  it('defaults to 20 s, accepts 0 for off, and names a bad value', () => {
    expect(schedulerIntervalSeconds({})).toBe(20);
    expect(schedulerIntervalSeconds({ SCHEDULER_INTERVAL_SECONDS: '0' })).toBe(0);
    expect(schedulerIntervalSeconds({ SCHEDULER_INTERVAL_SECONDS: '2.5' })).toBe(2.5);
    expect(() => schedulerIntervalSeconds({ SCHEDULER_INTERVAL_SECONDS: 'mỗi phút' })).toThrow(/SCHEDULER_INTERVAL_SECONDS.*mỗi phút/);
  });
});
