import { describe, expect, it } from 'vitest';
import { schedulerIntervalSeconds } from './scheduler';
import { pastTimeProblem, scheduleProblem } from './validate-schedule';

describe('scheduleProblem', () => {
  it('wants the unpublish time after the publish time, and says so in Vietnamese', () => {
    expect(scheduleProblem('2026-12-01T06:30:00+07:00', '2026-12-01T06:30:00+07:00')).toMatch(/phải sau/);
    expect(scheduleProblem('2026-12-01T06:30:00+07:00', '2026-11-30T23:29:00Z')).toMatch(/phải sau/);
    expect(scheduleProblem('2026-12-01T06:30:00+07:00', '2026-11-30T23:31:00Z')).toBeNull();
    expect(scheduleProblem(null, '2026-11-30T23:31:00Z')).toBeNull();
    expect(scheduleProblem('2026-12-01T06:30:00+07:00', null)).toBeNull();
  });
});

describe('pastTimeProblem', () => {
  const now = Date.parse('2026-12-01T10:00:00Z');
  it('refuses a newly set time already past, in Vietnamese and Việt Nam time, naming the field', () => {
    expect(pastTimeProblem('scheduledPublishAt', '2026-12-01T09:00:00Z', null, now)).toBe(
      '"Hẹn giờ xuất bản" (16:00 01/12/2026, giờ Việt Nam) đã qua. Hãy chọn một thời điểm sau bây giờ, hoặc xoá hẹn giờ và bấm Xuất bản để đăng ngay.',
    );
    expect(pastTimeProblem('scheduledUnpublishAt', '2026-11-30T10:00:00Z', '2026-12-05T10:00:00Z', now)).toMatch(/^"Hẹn giờ gỡ bài" .* đã qua\. .*Gỡ xuất bản/);
  });

  it('accepts a future time, one a few seconds past (picking it took time), an empty one and one stored before', () => {
    expect(pastTimeProblem('scheduledPublishAt', '2026-12-01T10:05:00Z', null, now)).toBeNull();
    expect(pastTimeProblem('scheduledPublishAt', '2026-12-01T09:59:30Z', null, now)).toBeNull();
    expect(pastTimeProblem('scheduledPublishAt', null, '2026-12-01T09:00:00Z', now)).toBeNull();
    expect(pastTimeProblem('scheduledPublishAt', '2026-12-01T09:00:00.000Z', '2026-12-01T09:00:00Z', now)).toBeNull();
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
