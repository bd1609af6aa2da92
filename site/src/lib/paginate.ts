export interface PageSlice<T> {
  items: T[];
  page: number;
  pageCount: number;
}

export const NEWS_PAGE_SIZE = 12;

/**
 * Splits a list, newest first, into numbered pages; an empty list still has
 * page 1.
 *
 * Pages are cut from the oldest end, `size` to a page, and page 1 takes what
 * is left at the newest end: the newest cut, and the one before it while the
 * newest holds fewer than `size` (so page 1 shows `size` to `2 × size − 1`
 * items). A new article therefore changes page 1 only, not every page after
 * it; only when the newest cut fills up does page 1 hand a cut to page 2 and
 * the pages after it move by one. At 10,000 articles that is 1 publish in
 * 12 that renders every list page again instead of every publish.
 */
export function pagesOf<T>(items: readonly T[], size = NEWS_PAGE_SIZE): PageSlice<T>[] {
  const cuts = Math.max(1, Math.ceil(items.length / size));
  const newest = items.length - (cuts - 1) * size;
  const firstPageCuts = newest < size && cuts > 1 ? 2 : 1;
  const firstPageItems = newest + (firstPageCuts - 1) * size;
  const pageCount = cuts - firstPageCuts + 1;
  return Array.from({ length: pageCount }, (_, index) => {
    const start = index === 0 ? 0 : firstPageItems + (index - 1) * size;
    const end = index === 0 ? firstPageItems : start + size;
    return { items: items.slice(start, end), page: index + 1, pageCount };
  });
}
