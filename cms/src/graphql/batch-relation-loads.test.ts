import { describe, expect, it } from 'vitest';
import { batchableQuery, extraRows, isPlainData, relationKind, windowed } from './batch-relation-loads';

describe('batchableQuery', () => {
  it("takes limit and offset out of the SQL populate (offset 0 keeps Strapi's id tie-breaker) and keys the rest", () => {
    const query = batchableQuery({ where: { publishedAt: { $notNull: true } }, limit: 2, offset: 1 });
    expect(query).toEqual({
      populate: { where: { publishedAt: { $notNull: true } }, offset: 0 },
      limit: 2,
      offset: 1,
      windowed: true,
      key: '{"where":{"publishedAt":{"$notNull":true}}}',
    });
  });

  it('reads a limit of 0 as no limit, as Strapi does', () => {
    expect(batchableQuery({ limit: 0 })).toMatchObject({ limit: undefined, offset: 0, windowed: true });
  });

  it('gives the same key to the same query and different keys to different ones', () => {
    expect(batchableQuery({ where: { a: 1 }, limit: 5 })!.key).toBe(batchableQuery({ where: { a: 1 }, limit: 9 })!.key);
    expect(batchableQuery({ where: { a: 1 } })!.key).not.toBe(batchableQuery({ where: { a: 2 } })!.key);
  });

  it('treats no query as populate everything', () => {
    expect(batchableQuery(undefined)).toEqual({ populate: true, limit: undefined, offset: 0, windowed: false, key: 'true' });
  });

  it('ignores limit and offset when counting, as Strapi does', () => {
    expect(batchableQuery({ count: true, limit: 3 })).toMatchObject({ populate: { count: true }, limit: undefined, offset: 0, windowed: false });
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
  it("cuts one entry's list as LIMIT/OFFSET would", () => {
    expect(windowed([1, 2, 3, 4], 2, 1)).toEqual([2, 3]);
    expect(windowed([1, 2, 3, 4], undefined, 3)).toEqual([4]);
    expect(windowed([1, 2], 10, 0)).toEqual([1, 2]);
  });

  it('leaves single relations and counts alone, unless an offset skips the one row', () => {
    expect(windowed({ id: 1 }, 1, 0)).toEqual({ id: 1 });
    expect(windowed(null, 1, 0)).toBeNull();
    expect(windowed({ id: 1 }, 1, 1)).toBeNull();
  });
});

describe('extraRows', () => {
  it('counts the rows read only to be cut away', () => {
    expect(extraRows([3, 100, 0], 5, 0)).toBe(95);
    expect(extraRows([3, 10], 2, 1)).toBe(0 + 1 + 7 + 1);
    expect(extraRows([3, 10], undefined, 2)).toBe(4);
    expect(extraRows([2, 2], 5, 0)).toBe(0);
  });
});

describe('relationKind: tells lists, single relations and polymorphic ones apart', () => {
  it.each([
    ['manyToMany', 'to-many'],
    ['morphMany', 'to-many'],
    ['manyToOne', 'to-one'],
    ['morphToMany', 'polymorphic'],
    [undefined, 'unknown'],
  ] as const)('%s is %s', (relation, kind) => {
    expect(relationKind(relation)).toBe(kind);
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
