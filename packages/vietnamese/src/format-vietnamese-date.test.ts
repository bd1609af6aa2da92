import { describe, expect, it } from 'vitest';
import { formatVietnameseDate } from './format-vietnamese-date.js';

describe('formatVietnameseDate', () => {
  it('writes dates as the Union does', () => {
    expect(formatVietnameseDate('2023-11-21')).toBe('21/11/2023');
  });

  it('uses Asia/Ho_Chi_Minh time, not the machine zone', () => {
    // 18:30 UTC on the 20th is already the 21st in Hà Nội.
    expect(formatVietnameseDate('2023-11-20T18:30:00Z')).toBe('21/11/2023');
    expect(formatVietnameseDate(new Date('2023-11-20T16:59:00Z'))).toBe('20/11/2023');
  });

  it('names what it could not read', () => {
    expect(() => formatVietnameseDate('hôm qua')).toThrow(/hôm qua/);
  });
});
