import { asBlocks } from '../block-text.js';
import { routes } from '../routes.js';
import type { Article, Figure } from '../types.js';
import type { MapContext } from './collector.js';
import { dateShown } from './dates.js';
import { mediaAsset, withBlockImages } from './media.js';
import { entryPage } from './entry-page.js';
import type { RawNode } from './raw.js';
import { publishedId, publishedIds, type Published } from './related-ids.js';

export interface ArticleLinks {
  categories: Published;
  tags: Published;
  trainingCourses: Published;
  awards: Published;
  projects: Published;
  videos: Published;
}

type RawFigure = NonNullable<NonNullable<RawNode<'articles'>['figures']>[number]>;

function mapFigures(figures: readonly (RawFigure | null)[] | null, where: string, context: MapContext): Figure[] {
  return (figures ?? []).flatMap((figure) => {
    if (!figure) return [];
    const image = mediaAsset(figure.image, where, context, { alt: figure.alt, fallback: figure.caption });
    // A caption without its picture (an import that found "Ảnh: …" but no file) reads as a stray line: left out, and the editors told.
    if (!image) {
      context.collector.warn(`figure without image: "${figure.caption.slice(0, 60)}" in ${where} is not shown; add the picture or remove the figure`);
      return [];
    }
    return [{ image, caption: figure.caption, alt: (figure.alt ?? '').trim() || figure.caption, afterParagraph: figure.afterParagraph ?? 0 }];
  });
}

export function mapArticle(node: RawNode<'articles'>, published: ArticleLinks, context: MapContext): Article {
  const where = `article "${node.title}"`;
  return {
    ...entryPage(node, routes.article),
    lead: node.lead ?? '',
    body: withBlockImages(asBlocks(node.body), where, context),
    author: node.author,
    publishedDate: dateShown(node, 'article'),
    updatedAt: node.updatedAt,
    cover: mediaAsset(node.cover, where, context, { fallback: node.coverCaption }),
    coverCaption: node.coverCaption,
    figures: mapFigures(node.figures, where, context),
    seo: {
      title: node.seo?.metaTitle || node.title,
      description: node.seo?.metaDescription || node.lead || '',
      image: mediaAsset(node.seo?.shareImage, where, context, { alt: node.title }),
    },
    categoryId: publishedId(node.category, published.categories),
    tagIds: publishedIds(node.tags, `${where} tags`, published.tags),
    trainingCourseIds: publishedIds(node.trainingCourses, `${where} courses`, published.trainingCourses),
    awardIds: publishedIds(node.awards, `${where} awards`, published.awards),
    projectIds: publishedIds(node.projects, `${where} projects`, published.projects),
    videoIds: publishedIds(node.videos, `${where} videos`, published.videos),
  };
}
