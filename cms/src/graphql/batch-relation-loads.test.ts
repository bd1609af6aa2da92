import { describe, expect, it } from 'vitest';
import { batchableQuery, isPlainData, windowed } from './batch-relation-loads';

describe('batchableQuery', () => {
  it('takes limit and offset out of the SQL populate and keys the rest', () => {
    const query = batchableQuery({ where: { publishedAt: { $notNull: true } }, limit: 2, offset: 1 });
    expect(query).toEqual({ populate: { where: { publishedAt: { $notNull: true } } }, limit: 2, offset: 1, key: '{"where":{"publishedAt":{"$notNull":true}}}' });
  });

  it('gives the same key to the same query and different keys to different ones', () => {
    expect(batchableQuery({ where: { a: 1 }, limit: 5 })!.key).toBe(batchableQuery({ where: { a: 1 }, limit: 9 })!.key);
    expect(batchableQuery({ where: { a: 1 } })!.key).not.toBe(batchableQuery({ where: { a: 2 } })!.key);
  });

  it('treats no query as populate everything', () => {
    expect(batchableQuery(undefined)).toEqual({ populate: true, limit: undefined, offset: 0, key: 'true' });
  });

  it('ignores limit and offset when counting, as Strapi does', () => {
    expect(batchableQuery({ count: true, limit: 3 })).toMatchObject({ limit: undefined, offset: 0 });
  });

  it('refuses what it cannot key safely: functions, class instances, odd limits', () => {
    expect(batchableQuery({ where: { id: () => 1 } })).toBeNull();
    expect(batchableQuery({ where: { id: new Map() } })).toBeNull();
    expect(batchableQuery({ limit: -1 })).toBeNull();
    expect(batchableQuery({ limit: 'many' })).toBeNull();
    expect(batchableQuery(['tags'])).toBeNull();
  });
});

describe('windowed', () => {
  it('cuts one entry\'s list as LIMIT/OFFSET would', () => {
    expect(windowed([1, 2, 3, 4], 2, 1)).toEqual([2, 3]);
    expect(windowed([1, 2, 3, 4], undefined, 3)).toEqual([4]);
    expect(windowed([1, 2], 10, 0)).toEqual([1, 2]);
  });

  it('leaves single relations and counts alone', () => {
    expect(windowed({ id: 1 }, 1, 0)).toEqual({ id: 1 });
    expect(windowed(null, 1, 0)).toBeNull();
  });
});

describe('isPlainData', () => {
  it('accepts JSON-like data and dates', () => {
    expect(isPlainData({ a: [1, 'x', null, { b: new Date(0) }] })).toBe(true);
  });
  it('rejects functions and symbols', () => {
    expect(isPlainData({ a: () => 1 })).toBe(false);
    expect(isPlainData({ a: Symbol('x') })).toBe(false);
  });
});
