import { foldVietnamese } from '@hoilhpn/vietnamese';
import { blockText } from './block-text.js';
import type { Article, Block } from './types.js';

type SearchedArticle = Pick<Article, 'title' | 'lead' | 'body' | 'author' | 'cover' | 'coverCaption' | 'figures'>;

/** Captions of the images inside the rich text (mapSiteData keeps them on block.image). */
function bodyImageCaptions(body: readonly Block[]): string[] {
  return body.flatMap((block) => {
    const caption = block.type === 'image' ? (block.image as { caption?: unknown } | undefined)?.caption : undefined;
    return typeof caption === 'string' ? [caption] : [];
  });
}

/**
 * Lowercase, accent-free text of an article for the search index: what a
 * reader sees on its page, captions and the author line included. Computed
 * when the index is built, not in mapping: the pages never need it.
 */
export function articleSearchText(article: SearchedArticle): string {
  return foldVietnamese(
    [
      article.title,
      article.lead,
      // The page shows the cover caption only under a cover.
      article.cover ? (article.coverCaption ?? '') : '',
      blockText(article.body),
      ...bodyImageCaptions(article.body),
      ...article.figures.map((figure) => figure.caption),
      article.author ?? '',
    ].join('\n'),
  );
}
