export interface PageSlice<T> {
  items: T[];
  page: number;
  pageCount: number;
}

export const NEWS_PAGE_SIZE = 12;

/** Splits a list into numbered pages; an empty list still has page 1. */
export function pagesOf<T>(items: readonly T[], size = NEWS_PAGE_SIZE): PageSlice<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    page: index + 1,
    pageCount,
  }));
}
