import type { Article, Cadre, SiteData, Video } from './types.js';

/**
 * Every reverse relation of the flat model, computed in this one place:
 * entries name what they link to (article → category, tags, …), and the
 * pages that list "what links here" read it from here.
 */
export interface SiteRelations {
  /** Newest first, like every article list below; an empty list for an entry nothing links to. */
  articlesByCategory(id: string): readonly Article[];
  articlesByTag(id: string): readonly Article[];
  articlesByProject(id: string): readonly Article[];
  articlesByCourse(id: string): readonly Article[];
  articlesByAward(id: string): readonly Article[];
  articlesByVideo(id: string): readonly Article[];
  /** Newest first. */
  videosByProject(id: string): readonly Video[];
  /** In the CMS's order: by name (code point order), then documentId. */
  cadresByCourse(id: string): readonly Cadre[];
  recipientsByAward(id: string): readonly Cadre[];
  /** Same category or shared tags, newest first, at most `limit`. */
  relatedArticles(article: Article, limit?: number): Article[];
}

const EMPTY: readonly never[] = Object.freeze([]);

function index<T>(entries: readonly T[], keys: (entry: T) => readonly (string | null)[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of keys(entry)) {
      if (key === null) continue;
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    }
  }
  return map;
}

/** A lookup that answers an empty list for entries nothing links to. */
const lookup =
  <T>(map: Map<string, T[]>) =>
  (id: string): readonly T[] =>
    map.get(id) ?? EMPTY;

const byDate = (a: { publishedDate: string }, b: { publishedDate: string }) => b.publishedDate.localeCompare(a.publishedDate);
const codePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The CMS lists cadres by fullName, then documentId (cadres_connection's sort). */
const cmsCadreOrder = (a: Cadre, b: Cadre) => codePoints(a.fullName, b.fullName) || codePoints(a.id, b.id);

/** `data.articles` and `data.videos` are newest first (mapSiteData), so every list built from them is too. */
export function relationsOf(data: Pick<SiteData, 'articles' | 'videos' | 'cadres'>): SiteRelations {
  const articlesByCategory = index(data.articles, (article) => [article.categoryId]);
  const articlesByTag = index(data.articles, (article) => article.tagIds);
  const cadres = [...data.cadres].sort(cmsCadreOrder);
  return {
    articlesByCategory: lookup(articlesByCategory),
    articlesByTag: lookup(articlesByTag),
    articlesByProject: lookup(index(data.articles, (article) => article.projectIds)),
    articlesByCourse: lookup(index(data.articles, (article) => article.trainingCourseIds)),
    articlesByAward: lookup(index(data.articles, (article) => article.awardIds)),
    articlesByVideo: lookup(index(data.articles, (article) => article.videoIds)),
    videosByProject: lookup(index(data.videos, (video) => [video.projectId])),
    cadresByCourse: lookup(index(cadres, (cadre) => cadre.courseIds)),
    recipientsByAward: lookup(index(cadres, (cadre) => cadre.awardIds)),
    /**
     * Each list is already newest first, so only its first limit + 1 entries
     * can be among the result (an entry further down has limit + 1 newer ones
     * before it, one of them at most this article): the same answer as
     * sorting every candidate, without sorting a whole category for each of
     * its 10,000 articles.
     */
    relatedArticles(article, limit = 4) {
      const candidates = new Map<string, Article>();
      for (const tagId of article.tagIds) for (const other of (articlesByTag.get(tagId) ?? EMPTY).slice(0, limit + 1)) candidates.set(other.id, other);
      if (article.categoryId) for (const other of (articlesByCategory.get(article.categoryId) ?? EMPTY).slice(0, limit + 1)) candidates.set(other.id, other);
      candidates.delete(article.id);
      return [...candidates.values()].sort(byDate).slice(0, limit);
    },
  };
}
