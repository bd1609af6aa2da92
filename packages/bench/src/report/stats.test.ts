import { describe, expect, it } from 'vitest';
import { summarize } from './stats.js';

describe('summarize', () => {
  it('takes the middle value of an odd number of runs, with min and max', () => {
    expect(summarize([12, 9, 30])).toEqual({ median: 12, min: 9, max: 30, values: [12, 9, 30] });
  });

  it('averages the two middle values of an even number of runs', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('handles a single run', () => {
    expect(summarize([7])).toMatchObject({ median: 7, min: 7, max: 7 });
  });

  it('refuses no values and values that are not numbers', () => {
    expect(() => summarize([])).toThrow(/no values/);
    expect(() => summarize([1, Number.NaN])).toThrow(/finite/);
  });
});
