import { foldVietnamese } from '@hoilhpn/vietnamese';
import { blockText } from './block-text.js';
import type { Article } from './types.js';

/**
 * Lowercase, accent-free text of an article for the search index. Computed
 * when the index is built, not in mapping: the pages never need it.
 */
export function articleSearchText(article: Pick<Article, 'title' | 'lead' | 'body' | 'author'>): string {
  return foldVietnamese([article.title, article.lead, blockText(article.body), article.author ?? ''].join('\n'));
}
