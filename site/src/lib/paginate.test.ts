import { describe, expect, it } from 'vitest';
import { pagesOf } from './paginate';

/** `count` items, newest first: item n is the n-th published, so the newest has the highest number. */
const newestFirst = (count: number) => Array.from({ length: count }, (_, index) => count - index);
const pageItems = (count: number, size = 3) => pagesOf(newestFirst(count), size).map((slice) => slice.items);

describe('pagesOf', () => {
  it('has one page for an empty or short list', () => {
    expect(pagesOf([], 3)).toEqual([{ items: [], page: 1, pageCount: 1 }]);
    expect(pageItems(2)).toEqual([[2, 1]]);
    expect(pageItems(3)).toEqual([[3, 2, 1]]);
    // The newest cut (1 item) is not full: page 1 takes the cut before it too.
    expect(pageItems(4)).toEqual([[4, 3, 2, 1]]);
  });

  it('cuts pages from the oldest end, with size to 2 × size − 1 items on page 1', () => {
    expect(pageItems(6)).toEqual([
      [6, 5, 4],
      [3, 2, 1],
    ]);
    expect(pageItems(8)).toEqual([
      [8, 7, 6, 5, 4],
      [3, 2, 1],
    ]);
    const slices = pagesOf(newestFirst(10), 3);
    expect(slices.map(({ page, pageCount }) => [page, pageCount])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    for (const count of [1, 5, 12, 13, 24, 25, 100]) {
      const pages = pagesOf(newestFirst(count), 12);
      expect(pages.flatMap((slice) => slice.items)).toEqual(newestFirst(count));
      expect(pages[0]!.items.length).toBeGreaterThanOrEqual(Math.min(count, 12));
      expect(pages[0]!.items.length).toBeLessThanOrEqual(23);
      for (const slice of pages.slice(1)) expect(slice.items).toHaveLength(12);
    }
  });

  it('leaves every page but the first as it was when an item is added, until the newest cut fills up', () => {
    // From 12 to 23 items with pages of 3: pages 2 and later change only when the count reaches a multiple of 3.
    for (let count = 6; count < 24; count += 1) {
      const before = pageItems(count);
      const after = pageItems(count + 1);
      const newestCutFull = (count + 1) % 3 === 0;
      if (newestCutFull) {
        // Page 1 hands its older cut to page 2; the pages after it move by one.
        expect(after.length).toBe(before.length + 1);
      } else {
        expect(after.slice(1), `${count} → ${count + 1}`).toEqual(before.slice(1));
        expect(after[0]).toEqual([count + 1, ...before[0]!]);
      }
    }
  });

  it('leaves every page but the first as it was when the newest item is taken away, unless page 1 was a single full cut', () => {
    for (let count = 7; count < 24; count += 1) {
      const before = pageItems(count);
      const after = pageItems(count - 1);
      if (count % 3 === 0) expect(after.length).toBe(before.length - 1);
      else expect(after.slice(1), `${count} → ${count - 1}`).toEqual(before.slice(1));
    }
  });
});
