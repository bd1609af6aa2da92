import { describe, expect, it } from 'vitest';
import { awardOrder } from './award.js';
import type { Award } from '../types.js';

describe('awardOrder', () => {
  it('lists awards newest first, undated ones last, the same date by title', () => {
    const award = (title: string, date: string | null) => ({ title, date }) as Award;
    const awards = [award('Khen thưởng', null), award('Bằng khen', '2023-05-01'), award('Ánh sáng', '2023-05-01'), award('Cờ thi đua', '2024-01-10')];
    expect(awards.sort(awardOrder).map((entry) => entry.title)).toEqual(['Cờ thi đua', 'Ánh sáng', 'Bằng khen', 'Khen thưởng']);
  });
});
