import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations.js';
import type { Article } from './types.js';

/** Articles newest first, as mapSiteData gives them: a-0 is the newest. */
function articles(count: number, shape: (index: number) => Partial<Article> = () => ({})): Article[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `a-${index}`,
    slug: `a-${index}`,
    publishedDate: new Date(Date.UTC(2024, 0, 31) - index * 86_400_000).toISOString(),
    categoryId: 'c',
    tagIds: [],
    projectIds: [],
    trainingCourseIds: [],
    awardIds: [],
    videoIds: [],
    ...shape(index),
  })) as unknown as Article[];
}

const ids = (list: readonly Article[]) => list.map((article) => article.id);

describe('relatedArticles', () => {
  it('lists the articles published just before, in the category or sharing a tag, nearest first', () => {
    const list = articles(12, (index) => ({ categoryId: index % 2 === 0 ? 'even' : 'odd', tagIds: index === 9 ? ['t'] : index === 3 ? ['t'] : [] }));
    const relations = relationsOf({ articles: list, videos: [], cadres: [], legalDocuments: [] });
    expect(ids(relations.relatedArticles(list[2]!))).toEqual(['a-4', 'a-6', 'a-8', 'a-10']);
    // a-3 shares a tag with a-9, older than its category neighbours a-5, a-7, a-9 … : the nearest four.
    expect(ids(relations.relatedArticles(list[3]!))).toEqual(['a-5', 'a-7', 'a-9', 'a-11']);
    expect(ids(relations.relatedArticles(list[10]!))).toEqual([]);
    expect(ids(relations.relatedArticles(list[0]!, 2))).toEqual(['a-2', 'a-4']);
  });

  it('leaves every other article’s related list as it was when a newer article is published', () => {
    const archive = articles(40, (index) => ({ tagIds: index % 3 === 0 ? ['t'] : [] }));
    const before = relationsOf({ articles: archive, videos: [], cadres: [], legalDocuments: [] });
    const fresh = { ...archive[0]!, id: 'new', slug: 'new', publishedDate: '2024-02-15T00:00:00.000Z', tagIds: ['t'] } as Article;
    const after = relationsOf({ articles: [fresh, ...archive], videos: [], cadres: [], legalDocuments: [] });
    for (const article of archive) expect(ids(after.relatedArticles(article))).toEqual(ids(before.relatedArticles(article)));
    expect(ids(after.relatedArticles(fresh))).toEqual(['a-0', 'a-1', 'a-2', 'a-3']);
  });
});
