import type { Article, Cadre, LegalDocument, SiteData, Video } from './types.js';

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
  /** Newest issue date first. */
  legalDocumentsByProject(id: string): readonly LegalDocument[];
  legalDocumentsByArticle(id: string): readonly LegalDocument[];
  /** In the CMS's order: by name (code point order), then documentId. */
  cadresByCourse(id: string): readonly Cadre[];
  recipientsByAward(id: string): readonly Cadre[];
  /** Published before this article, in its category or sharing a tag: the nearest first, at most `limit`. */
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

const codePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The CMS lists cadres by fullName, then documentId (cadres_connection's sort). */
const cmsCadreOrder = (a: Cadre, b: Cadre) => codePoints(a.fullName, b.fullName) || codePoints(a.id, b.id);

/** `data.articles` and `data.videos` are newest first (mapSiteData), so every list built from them is too. */
export function relationsOf(data: Pick<SiteData, 'articles' | 'videos' | 'cadres' | 'legalDocuments'>): SiteRelations {
  const articlesByCategory = index(data.articles, (article) => [article.categoryId]);
  const articlesByTag = index(data.articles, (article) => article.tagIds);
  const cadres = [...data.cadres].sort(cmsCadreOrder);
  // Each article's place in the site's order, newest first: every list above keeps it.
  const order = new Map(data.articles.map((article, position) => [article.id, position]));
  /** The index of the first entry of `list` that comes after position `at` in the site's order. */
  const firstAfter = (list: readonly Article[], at: number) => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (order.get(list[middle]!.id)! <= at) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    articlesByCategory: lookup(articlesByCategory),
    articlesByTag: lookup(articlesByTag),
    articlesByProject: lookup(index(data.articles, (article) => article.projectIds)),
    articlesByCourse: lookup(index(data.articles, (article) => article.trainingCourseIds)),
    articlesByAward: lookup(index(data.articles, (article) => article.awardIds)),
    articlesByVideo: lookup(index(data.articles, (article) => article.videoIds)),
    videosByProject: lookup(index(data.videos, (video) => [video.projectId])),
    legalDocumentsByProject: lookup(index(data.legalDocuments, (document) => document.projectIds)),
    legalDocumentsByArticle: lookup(index(data.legalDocuments, (document) => document.articleIds)),
    cadresByCourse: lookup(index(cadres, (cadre) => cadre.courseIds)),
    recipientsByAward: lookup(index(cadres, (cadre) => cadre.awardIds)),
    /**
     * Earlier coverage of the same subject: the articles published just
     * before this one. Only earlier ones, so that publishing a new article
     * changes no other article's page (with "the newest of the category" it
     * would change every article page of its category and tags, thousands in
     * a large archive, and a publish would cost as much as the archive is
     * big). Each list keeps the site's order (newest first), so the articles
     * older than this one follow it, found by binary search on that order.
     */
    relatedArticles(article, limit = 4) {
      const at = order.get(article.id);
      if (at === undefined) return [];
      const candidates = new Map<string, Article>();
      const lists = [
        ...article.tagIds.map((tagId) => articlesByTag.get(tagId) ?? EMPTY),
        article.categoryId ? (articlesByCategory.get(article.categoryId) ?? EMPTY) : EMPTY,
      ];
      for (const list of lists) {
        const start = firstAfter(list, at);
        for (const other of list.slice(start, start + limit)) candidates.set(other.id, other);
      }
      return [...candidates.values()].sort((a, b) => order.get(a.id)! - order.get(b.id)!).slice(0, limit);
    },
  };
}
