import { describe, expect, it } from 'vitest';
import { parseVietnameseDate } from './parse-vietnamese-date.js';

describe('parseVietnameseDate', () => {
  it('reads a plain date', () => {
    expect(parseVietnameseDate('21/11/2023')).toEqual({ date: '2023-11-21', iso: '2023-11-21T00:00:00+07:00' });
  });

  it.each([
    ['Thứ Ba, 21/11/2023', '2023-11-21', undefined],
    ['Thứ ba, 21/11/2023 08:30', '2023-11-21', '08:30'],
    ['21/11/2023 - 08:30', '2023-11-21', '08:30'],
    ['Thứ ba, 21/11/2023, 14:05 (GMT+7)', '2023-11-21', '14:05'],
    ['08:30 21/11/2023', '2023-11-21', '08:30'],
    ['Chủ nhật, 3/9/2023', '2023-09-03', undefined],
    ['\u00a0\u00a021/11/2023\u00a0', '2023-11-21', undefined],
  ])('reads %j', (line, date, time) => {
    const parsed = parseVietnameseDate(line);
    expect(parsed?.date).toBe(date);
    expect(parsed?.time).toBe(time);
  });

  it('keeps the Asia/Ho_Chi_Minh offset in the instant', () => {
    expect(parseVietnameseDate('21/11/2023 08:30')?.iso).toBe('2023-11-21T08:30:00+07:00');
  });

  it.each(['2023-11-21', '11/21/2023', '31/02/2023', '21/13/2023', 'Hôm qua', '', '21/11/23', '21/11/2023 25:00'])('refuses %j', (line) => {
    expect(parseVietnameseDate(line)).toBeUndefined();
  });
});
