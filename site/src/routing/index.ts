import { relationsOf, routes, type SiteData } from '@hoilhpn/content';
import type { PreviewType } from '@hoilhpn/preview-link';
import {
  articleData,
  awardData,
  cadreData,
  cadreFilters,
  cadreRows,
  cardOf,
  chromeOf,
  courseData,
  dataContext,
  documentFilters,
  documentRows,
  legalDocumentData,
  englishData,
  introductionData,
  homeData,
  projectCard,
  projectData,
  rssData,
  trainingData,
  videoData,
  type DataContext,
} from './data';
import type { AnyRoute, ArticleCard, Chrome, PageOf, PageTemplate, Route, Template, TemplateData } from './types';
import { pagesOf, type PageSlice } from '../lib/paginate';
import { cadresByDistrict, cadresByPosition } from '../lib/cadre-filters';
import { documentsByKind, documentsByYear } from '../lib/document-filters';

export type { AnyRoute, Route, Template } from './types';

/**
 * The route table: every page, feed and file the site has, computed once from
 * the flat model. Pages' getStaticPaths, the sitemap, the feed, the routes
 * manifest and the preview all read it, so they cannot disagree.
 */
export class RouteTable {
  readonly routes: AnyRoute[];
  readonly #byPath: Map<string, AnyRoute>;

  constructor(routes: AnyRoute[]) {
    this.routes = routes;
    this.#byPath = new Map(routes.map((route) => [route.path, route]));
    if (this.#byPath.size !== routes.length) {
      const seen = new Set<string>();
      const twice = routes.find((route) => (seen.has(route.path) ? true : (seen.add(route.path), false)));
      throw new Error(`two routes have the same path ${twice?.path}: two entries share a slug`);
    }
  }

  of<T extends Template>(template: T): Route<T>[] {
    return this.routes.filter((route): route is Extract<AnyRoute, Route<T>> => route.template === template) as Route<T>[];
  }

  get(path: string): AnyRoute | undefined {
    return this.#byPath.get(path);
  }
}

/** Builds pages one template at a time, each with the same header and footer. */
function pageRoute<T extends PageTemplate>(
  chrome: Chrome,
  path: string,
  template: T,
  data: TemplateData[T],
  { lastmod = null, noindex = false }: { lastmod?: string | null; noindex?: boolean } = {},
): Route<T> {
  return { path, template, lastmod, noindex, data: { chrome, ...data } } as Route<T>;
}

/** Every HTML page, in the order the sitemap lists them. */
function pageRoutes(ctx: DataContext): AnyRoute[] {
  const { data, relations } = ctx;
  const chrome = chromeOf(ctx);
  const page = <T extends PageTemplate>(path: string, template: T, value: TemplateData[T], options?: { lastmod?: string | null; noindex?: boolean }) =>
    pageRoute(chrome, path, template, value, options) as AnyRoute;
  const cards = (list: Parameters<typeof cardOf>[1][]) => list.map((article) => cardOf(ctx, article));
  /** One page of a news list: its number, the number of pages and its articles as cards. */
  const cardPage = (slice: PageSlice<Parameters<typeof cardOf>[1]>): PageOf<ArticleCard> => ({
    page: slice.page,
    pageCount: slice.pageCount,
    items: cards(slice.items),
  });
  const categoryLinks = data.categories.map((category) => ({ url: category.url, label: category.name }));
  const filters = cadreFilters(ctx);
  const documentsFilters = documentFilters(ctx);
  return [
    page(routes.home(), 'home', homeData(ctx)),
    ...pagesOf(data.articles).map((slice) => page(routes.news(slice.page), 'news', { ...cardPage(slice), categories: categoryLinks })),
    ...data.articles.map((article) => page(article.url, 'article', articleData(ctx, article), { lastmod: article.updatedAt ?? article.publishedDate })),
    ...data.categories.flatMap((category) =>
      pagesOf(relations.articlesByCategory(category.id)).map((slice) =>
        page(routes.category(category.slug, slice.page), 'category', {
          name: category.name,
          slug: category.slug,
          url: category.url,
          description: category.description,
          ...cardPage(slice),
        }),
      ),
    ),
    ...data.tags.flatMap((tag) =>
      pagesOf(relations.articlesByTag(tag.id)).map((slice) =>
        page(routes.tag(tag.slug, slice.page), 'tag', { name: tag.name, slug: tag.slug, ...cardPage(slice) }),
      ),
    ),
    page(routes.projects(), 'projects', {
      projects: data.projects.map((project) => ({ ...projectCard(project), decision: project.decision, summary: project.summary })),
    }),
    ...data.projects.map((project) => page(project.url, 'project', projectData(ctx, project), { lastmod: project.updatedAt })),
    page(routes.videos(), 'videos', {
      videos: data.videos.map((video) => ({
        url: video.url,
        title: video.title,
        publishedDate: video.publishedDate,
        durationSeconds: video.durationSeconds,
        poster: video.poster,
      })),
    }),
    ...data.videos.map((video) => page(video.url, 'video', videoData(ctx, video), { lastmod: video.updatedAt })),
    page(routes.training(), 'training', trainingData(ctx)),
    ...data.trainingCourses.map((course) => page(course.url, 'course', courseData(ctx, course), { lastmod: course.updatedAt })),
    page(routes.cadres(), 'cadres', { heading: null, cadres: cadreRows(data.cadres), filters }),
    ...cadresByDistrict(data.cadres).map((group) =>
      page(routes.cadresByDistrict(group.key), 'cadresByDistrict', { heading: group.label, cadres: cadreRows(group.entries), filters }),
    ),
    ...cadresByPosition(data.cadres).map((group) =>
      page(routes.cadresByPosition(group.key), 'cadresByPosition', { heading: group.label, cadres: cadreRows(group.entries), filters }),
    ),
    ...data.cadres.map((cadre) => page(cadre.url, 'cadre', cadreData(ctx, cadre), { lastmod: cadre.updatedAt })),
    page(routes.awards(), 'awards', {
      awards: data.awards.map((award) => ({ url: award.url, title: award.title, levelLabel: award.levelLabel, period: award.period, total: award.total })),
    }),
    ...data.awards.map((award) => page(award.url, 'award', awardData(ctx, award), { lastmod: award.updatedAt })),
    page(routes.legalDocuments(), 'legalDocuments', { heading: null, documents: documentRows(data.legalDocuments), filters: documentsFilters }),
    ...documentsByKind(data.legalDocuments).map((group) =>
      page(routes.legalDocumentsByKind(group.key), 'legalDocumentsByKind', {
        heading: group.label,
        documents: documentRows(group.entries),
        filters: documentsFilters,
      }),
    ),
    ...documentsByYear(data.legalDocuments).map((group) =>
      page(routes.legalDocumentsByYear(group.key), 'legalDocumentsByYear', {
        heading: `Năm ${group.label}`,
        documents: documentRows(group.entries),
        filters: documentsFilters,
      }),
    ),
    ...data.legalDocuments.map((document) =>
      page(document.url, 'legalDocument', legalDocumentData(ctx, document), { lastmod: document.updatedAt ?? document.issuedDate }),
    ),
    ...(data.introduction
      ? [
          page(routes.introduction(), 'introduction', introductionData(ctx, data.introduction), { lastmod: data.introduction.updatedAt }),
          page(routes.english(), 'english', englishData(ctx, data.introduction), { lastmod: data.introduction.updatedAt }),
        ]
      : []),
    page(routes.search(), 'search', {}, { noindex: true }),
    page('/404.html', 'notFound', {}, { noindex: true }),
  ];
}

/** Computes every route and its data; `site` is the public address (SITE_URL). */
export function computeRoutes(data: SiteData, site: URL | string): RouteTable {
  const ctx = dataContext(data, relationsOf(data), new URL(site));
  const pages = pageRoutes(ctx);
  const sitemap: Route<'sitemap'> = {
    path: '/sitemap.xml',
    template: 'sitemap',
    lastmod: null,
    noindex: true,
    data: { entries: pages.filter((route) => !route.noindex).map((route) => ({ path: route.path, lastmod: route.lastmod })) },
  };
  const rss: Route<'rss'> = { path: routes.rss(), template: 'rss', lastmod: null, noindex: true, data: rssData(ctx) };
  return new RouteTable([...pages, rss, sitemap]);
}

/**
 * The one route of an entry the preview shows (an article, a project, …),
 * computed with the same code as the built site's; undefined when the
 * model has no such entry.
 */
export function entryRoute(data: SiteData, site: URL | string, type: PreviewType, id: string): AnyRoute | undefined {
  const ctx = dataContext(data, relationsOf(data), new URL(site));
  const entryPage = <E extends { id: string; url: string }, T extends PageTemplate>(
    entries: readonly E[],
    template: T,
    dataOf: (ctx: DataContext, entry: E) => TemplateData[T],
  ) => {
    const entry = entries.find((item) => item.id === id);
    return entry && (pageRoute(chromeOf(ctx), entry.url, template, dataOf(ctx, entry)) as AnyRoute);
  };
  // A record, not a switch: a previewable type without its page does not compile.
  const pages: Record<PreviewType, () => AnyRoute | undefined> = {
    article: () => entryPage(data.articles, 'article', articleData),
    project: () => entryPage(data.projects, 'project', projectData),
    video: () => entryPage(data.videos, 'video', videoData),
    'training-course': () => entryPage(data.trainingCourses, 'course', courseData),
    cadre: () => entryPage(data.cadres, 'cadre', cadreData),
    award: () => entryPage(data.awards, 'award', awardData),
    'legal-document': () => entryPage(data.legalDocuments, 'legalDocument', legalDocumentData),
  };
  return pages[type]();
}

/** Astro's `params` for a route's path under its page file (e.g. '/the/x/trang/2/' → { slug: 'x', page: 'trang/2' }). */
export function paramsOf(route: AnyRoute): Record<string, string | undefined> {
  const parts = route.path.split('/').filter(Boolean);
  switch (route.template) {
    case 'news':
      return { page: parts.length > 1 ? parts.slice(1).join('/') : undefined };
    case 'category':
    case 'tag':
      return { slug: parts[1], page: parts.length > 2 ? parts.slice(2).join('/') : undefined };
    case 'cadresByDistrict':
      return { district: parts[2] };
    case 'cadresByPosition':
      return { position: parts[2] };
    case 'legalDocumentsByKind':
      return { kind: parts[2] };
    case 'legalDocumentsByYear':
      return { year: parts[2] };
    case 'home':
    case 'cadres':
    case 'projects':
    case 'videos':
    case 'training':
    case 'awards':
    case 'legalDocuments':
    case 'introduction':
    case 'english':
    case 'search':
    case 'notFound':
    case 'rss':
    case 'sitemap':
      return {};
    default:
      return { slug: parts[1] };
  }
}
