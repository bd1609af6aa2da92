import { describe, expect, it } from 'vitest';
import { pageWindow } from './page-window';

const show = (page: number, count: number) =>
  pageWindow(page, count)
    .map((link) => (link.kind === 'gap' ? '…' : String(link.number)))
    .join(' ');

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(show(1, 1)).toBe('1');
    expect(show(3, 7)).toBe('1 2 3 4 5 6 7');
  });

  it('shows the first, the last and two either side of the current page, with gaps', () => {
    expect(show(1, 834)).toBe('1 2 3 … 834');
    expect(show(400, 834)).toBe('1 … 398 399 400 401 402 … 834');
    expect(show(834, 834)).toBe('1 … 832 833 834');
  });

  it('fills a gap of one page with that page instead of an ellipsis', () => {
    expect(show(5, 10)).toBe('1 2 3 4 5 6 7 … 10');
  });
});
