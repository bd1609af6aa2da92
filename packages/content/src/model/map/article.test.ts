import { describe, expect, it } from 'vitest';
import { mapArticle, type ArticleLinks } from './article.js';
import { mapContext } from './collector.js';
import type { RawNode } from './raw.js';

const image = (name: string) => ({
  documentId: `m-${name}`,
  url: `/uploads/${name}`,
  name,
  alternativeText: null,
  caption: null,
  width: 800,
  height: 600,
  mime: 'image/jpeg',
  ext: '.jpg',
  size: 10,
  formats: null,
  updatedAt: null,
});

const node = (overrides: Partial<RawNode<'articles'>> = {}): RawNode<'articles'> => ({
  documentId: 'a1',
  title: 'Phụ nữ Lạc Sơn',
  slug: 'phu-nu-lac-son',
  lead: null,
  body: null,
  author: null,
  publishedDate: '2024-03-08T01:00:00.000Z',
  publishedAt: '2024-03-08T02:00:00.000Z',
  updatedAt: null,
  cover: null,
  coverCaption: null,
  figures: [],
  seo: null,
  category: { documentId: 'draft-category' },
  tags: [],
  trainingCourses: [],
  awards: [],
  projects: [],
  videos: [],
  ...overrides,
});

const none: ArticleLinks = { categories: new Set(), tags: new Set(), trainingCourses: new Set(), awards: new Set(), projects: new Set(), videos: new Set() };

describe('mapArticle', () => {
  it('falls back for search engines: the SEO title to the title, the description to the lead, else empty', () => {
    const context = mapContext('http://cms');
    expect(mapArticle(node({ lead: 'Sapo', seo: { metaTitle: '', metaDescription: null, shareImage: null } }), none, context).seo).toEqual({
      title: 'Phụ nữ Lạc Sơn',
      description: 'Sapo',
      image: null,
    });
    expect(mapArticle(node(), none, context).seo.description).toBe('');
    expect(mapArticle(node({ seo: { metaTitle: 'Tiêu đề SEO', metaDescription: 'Mô tả', shareImage: null } }), none, context).seo).toMatchObject({
      title: 'Tiêu đề SEO',
      description: 'Mô tả',
    });
  });

  it('gives a figure the caption as alt when the editor wrote none, afterParagraph 0 when unset, and drops nulls', () => {
    const context = mapContext('http://cms');
    const figures = [
      null,
      { image: image('a.jpg'), caption: 'Lễ ra mắt mô hình', alt: '  ', afterParagraph: null },
      { image: image('b.jpg'), caption: 'Toàn cảnh', alt: 'Hội trường', afterParagraph: 3 },
    ];
    const mapped = mapArticle(node({ figures }), none, context);
    expect(mapped.figures.map(({ alt, afterParagraph, image }) => [alt, afterParagraph, image.alt])).toEqual([
      ['Lễ ra mắt mô hình', 0, 'Lễ ra mắt mô hình'],
      ['Hội trường', 3, 'Hội trường'],
    ]);
    // The first figure's picture had no alt of its own: the caption stands in, and the editors hear of it.
    expect(context.collector.warnings).toEqual(['missing alt text: image "a.jpg" in article "Phụ nữ Lạc Sơn" (showing "Lễ ra mắt mô hình" instead)']);
  });

  it('links only to published entries: an unpublished category leaves the article without one', () => {
    const context = mapContext('http://cms');
    expect(mapArticle(node(), none, context).categoryId).toBeNull();
    expect(mapArticle(node(), { ...none, categories: new Set(['draft-category']) }, context).categoryId).toBe('draft-category');
  });
});
