import { describe, expect, it } from 'vitest';
import { formatVietnameseDateTime, vietnamTimeToUtc } from './format-vietnamese-date-time.js';

describe('Vietnam time across the UTC date line', () => {
  it('06:30 on 1 December in Việt Nam is 23:30 UTC on 30 November', () => {
    expect(vietnamTimeToUtc('2026-12-01 06:30').toISOString()).toBe('2026-11-30T23:30:00.000Z');
    expect(formatVietnameseDateTime('2026-11-30T23:30:00Z')).toBe('06:30 01/12/2026');
  });

  it('midnight and the last minute of a year', () => {
    expect(formatVietnameseDateTime('2026-12-31T17:00:00Z')).toBe('00:00 01/01/2027');
    expect(formatVietnameseDateTime(new Date('2026-12-31T16:59:00Z'))).toBe('23:59 31/12/2026');
    expect(vietnamTimeToUtc('2027-01-01T00:00').toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('names what it could not read', () => {
    expect(() => formatVietnameseDateTime('sáng mai')).toThrow(/sáng mai/);
    expect(() => vietnamTimeToUtc('1/12/2026 6:30')).toThrow(/1\/12\/2026 6:30/);
    expect(() => vietnamTimeToUtc('2026-13-01 06:30')).toThrow(/not a real time/);
  });
});
