import type { LegacyArticle } from './parse-legacy-article';

export interface ParagraphBlock {
  type: 'paragraph';
  children: { type: 'text'; text: string }[];
}

export interface StoredFigure {
  caption: string;
  afterParagraph: number;
  alt?: string | null;
  image?: unknown;
}

/** The Article fields an import owns; relations, cover and SEO stay the editors'. */
export interface ImportedArticleFields {
  title: string;
  slug: string;
  lead: string;
  body: ParagraphBlock[];
  figures: StoredFigure[];
  author: string | null;
  publishedDate: string;
}

export function toParagraphBlocks(paragraphs: string[]): ParagraphBlock[] {
  return paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

export function legacyArticleToData(article: LegacyArticle): ImportedArticleFields {
  return {
    title: article.title,
    slug: article.slug,
    lead: article.lead,
    body: toParagraphBlocks(article.paragraphs),
    figures: article.figures.map(({ caption, afterParagraph }) => ({ caption, afterParagraph })),
    author: article.author,
    publishedDate: article.publishedDate,
  };
}
