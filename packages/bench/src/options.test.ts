import { describe, expect, it } from 'vitest';
import { DEFAULT_POSTGRES_URL } from './cms/bench-database.js';
import { DEFAULT_RUNS, DEFAULT_SIZES, parseOptions } from './options.js';

describe('parseOptions', () => {
  it('measures 1,000 and 10,000 articles three times on SQLite by default', () => {
    expect(parseOptions([], {})).toEqual({
      sizes: DEFAULT_SIZES,
      runs: DEFAULT_RUNS,
      database: 'sqlite',
      postgresUrl: DEFAULT_POSTGRES_URL,
      publish: true,
      readme: true,
      reportOnly: false,
      verbose: false,
      help: false,
    });
    expect(DEFAULT_SIZES).toEqual([1_000, 10_000]);
  });

  it('takes sizes repeated or comma-separated, sorted and without duplicates', () => {
    expect(parseOptions(['--articles', '10_000,200', '--articles', '2000', '--articles', '200'], {}).sizes).toEqual([200, 2_000, 10_000]);
  });

  it('reads runs, PostgreSQL and the switches', () => {
    const options = parseOptions(['--runs', '5', '--postgres', '--no-publish', '--no-readme'], { BENCH_POSTGRES_URL: 'postgres://u@db:5433/x' });
    expect(options).toMatchObject({ runs: 5, database: 'postgres', postgresUrl: 'postgres://u@db:5433/x', publish: false, readme: false });
    expect(parseOptions(['--postgres-url', 'postgres://a@b/c'], {}).postgresUrl).toBe('postgres://a@b/c');
    expect(parseOptions(['--report-only'], {}).reportOnly).toBe(true);
  });

  it('refuses sizes and runs that are not positive whole numbers, and unknown flags', () => {
    expect(() => parseOptions(['--articles', '0'], {})).toThrow(/positive whole number/);
    expect(() => parseOptions(['--articles', '1e4'], {})).toThrow(/positive whole number/);
    expect(() => parseOptions(['--runs', '2.5'], {})).toThrow(/positive whole number/);
    expect(() => parseOptions(['--article', '10'], {})).toThrow();
  });
});
