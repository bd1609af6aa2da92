import { describe, expect, it } from 'vitest';
import { fakeResult } from '../test-support/fake-result.js';
import { latestResults, resultFileName } from './results-store.js';

describe('results files', () => {
  it('are named by date and size, PostgreSQL marked', () => {
    expect(resultFileName(fakeResult())).toBe('2026-11-29-10000.json');
    expect(resultFileName(fakeResult({ articles: 1_000, database: 'postgres' }))).toBe('2026-11-29-1000-postgres.json');
  });

  it('keep the newest result per size and database, SQLite first, smallest size first', () => {
    const old = fakeResult({ startedAt: '2026-11-01T00:00:00.000Z' });
    const newer = fakeResult({ startedAt: '2026-11-20T00:00:00.000Z' });
    const small = fakeResult({ articles: 1_000 });
    const postgres = fakeResult({ database: 'postgres' });
    expect(latestResults([old, postgres, newer, small])).toEqual([small, newer, postgres]);
  });
});
