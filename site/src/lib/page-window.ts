export type PageLink = { kind: 'page'; number: number } | { kind: 'gap' };

/**
 * The page numbers a pager shows: the first, the last, and two either side of
 * the current one, with gaps between. At 10,000 articles the news list has
 * 834 pages; listing them all made every list page 60 KB heavier and a screen
 * reader's tour of the pager endless.
 */
export function pageWindow(page: number, pageCount: number, around = 2): PageLink[] {
  const numbers = new Set<number>([1, pageCount]);
  for (let number = page - around; number <= page + around; number += 1) {
    if (number >= 1 && number <= pageCount) numbers.add(number);
  }
  const sorted = [...numbers].sort((a, b) => a - b);
  const links: PageLink[] = [];
  sorted.forEach((number, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && number - previous === 2) links.push({ kind: 'page', number: number - 1 });
    else if (previous !== undefined && number - previous > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', number });
  });
  return links;
}
