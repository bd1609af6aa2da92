import {
  POSITION_LABELS_EN,
  labelOf,
  routes,
  safeLink,
  type Article,
  type Cadre,
  type LegalDocument,
  type SiteData,
  type SiteRelations,
} from '@hoilhpn/content';
import {
  SHOWN_AS_STORED,
  type ArticleCard,
  type CadreFilters,
  type CadreRow,
  type Chrome,
  type DocumentFilters,
  type DocumentRow,
  type FilterLink,
  type LeaderView,
  type LinkItem,
  type NavLink,
  type ProjectCard,
  type TemplateData,
} from './types';
import { documentsByKind, documentsByYear } from '../lib/document-filters';
import { cadresByDistrict, cadresByPosition } from '../lib/cadre-filters';
import { figuresByLevel, figuresByYear } from '../lib/training-figures';
import type { Group } from '../lib/group-by';

/**
 * Route data, one builder per template: what each page shows, taken from the
 * flat model and its relations. Lists hold cards, never whole articles, so a
 * list page's data stays small at any archive size.
 */
export interface DataContext {
  data: SiteData;
  relations: SiteRelations;
  /** The public address (SITE_URL): links to it are not "other sites". */
  site: URL;
  /** Lookups by id, made once. */
  byId: {
    categories: ReadonlyMap<string, SiteData['categories'][number]>;
    tags: ReadonlyMap<string, SiteData['tags'][number]>;
    projects: ReadonlyMap<string, SiteData['projects'][number]>;
    videos: ReadonlyMap<string, SiteData['videos'][number]>;
    trainingCourses: ReadonlyMap<string, SiteData['trainingCourses'][number]>;
    awards: ReadonlyMap<string, SiteData['awards'][number]>;
    cadres: ReadonlyMap<string, Cadre>;
    articles: ReadonlyMap<string, Article>;
  };
}

const mapOf = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((entry) => [entry.id, entry]));
const pick = <T>(map: ReadonlyMap<string, T>, ids: readonly string[]) => ids.flatMap((id) => map.get(id) ?? []);

export function dataContext(data: SiteData, relations: SiteRelations, site: URL): DataContext {
  return {
    data,
    relations,
    site,
    byId: {
      categories: mapOf(data.categories),
      tags: mapOf(data.tags),
      projects: mapOf(data.projects),
      videos: mapOf(data.videos),
      trainingCourses: mapOf(data.trainingCourses),
      awards: mapOf(data.awards),
      cadres: mapOf(data.cadres),
      articles: mapOf(data.articles),
    },
  };
}

const FALLBACK_NAVIGATION = [
  { label: 'Tin tức', url: routes.news() },
  { label: 'Các đề án', url: routes.projects() },
  { label: 'Video', url: routes.videos() },
  { label: 'Đào tạo, bồi dưỡng', url: routes.training() },
  { label: 'Cán bộ Hội', url: routes.cadres() },
  { label: 'Khen thưởng', url: routes.awards() },
  { label: 'Văn bản', url: routes.legalDocuments() },
];

/** Editors' menu and social links pass the same link check as rich text; a refused one is left out. */
function checkedLinks(links: readonly { label: string; url: string }[], site: URL): NavLink[] {
  return links.flatMap((link) => {
    const safe = safeLink(link.url, site);
    return safe ? [{ label: link.label, url: safe.href, external: safe.external }] : [];
  });
}

/** The logo the site ships with (public/logo.png), for when Cài đặt trang has none. */
export const DEFAULT_LOGO = { src: '/logo.png', width: 512, height: 512 } as const;

export function chromeOf({ data: { settings, introduction }, site }: DataContext): Chrome {
  const logo = settings.logo;
  return {
    siteName: settings.siteName,
    shortName: settings.shortName,
    description: settings.description,
    address: settings.address,
    phone: settings.phone,
    email: settings.email,
    navigation: checkedLinks(settings.navigation.length > 0 ? settings.navigation : FALLBACK_NAVIGATION, site),
    social: checkedLinks(settings.socialLinks, site),
    english: introduction ? routes.english() : null,
    logo: logo && logo.width && logo.height ? { src: logo.src, width: logo.width, height: logo.height } : { ...DEFAULT_LOGO },
  };
}

const link = (url: string, label: string): LinkItem => ({ url, label });
/** The fields of `entry` named in `keys`, as stored. */
const storedFields = <Entry, Key extends keyof Entry>(entry: Entry, keys: readonly Key[]) =>
  Object.fromEntries(keys.map((key) => [key, entry[key]])) as Pick<Entry, Key>;
const titleLinks = (entries: readonly { url: string; title: string }[]) => entries.map((entry) => link(entry.url, entry.title));
const projectLinks = (projects: readonly SiteData['projects'][number][]) => projects.map((project) => link(project.url, project.shortTitle));

function categoryLink(ctx: DataContext, article: Article): LinkItem | null {
  const category = article.categoryId ? ctx.byId.categories.get(article.categoryId) : undefined;
  return category ? link(category.url, category.name) : null;
}

export function cardOf(ctx: DataContext, article: Article): ArticleCard {
  return {
    title: article.title,
    url: article.url,
    publishedDate: article.publishedDate,
    lead: article.lead,
    cover: article.cover,
    category: categoryLink(ctx, article),
  };
}

/** A project as the home page and the projects page list it. */
export function projectCard(project: SiteData['projects'][number]): ProjectCard {
  return { url: project.url, shortTitle: project.shortTitle, title: project.title, period: project.period, statusLabel: project.statusLabel };
}

export function homeData(ctx: DataContext): TemplateData['home'] {
  const { data } = ctx;
  const chosen = pick(ctx.byId.articles, data.settings.featuredArticleIds);
  const featured = chosen.length > 0 ? chosen : data.articles.slice(0, 1);
  const featuredIds = new Set(featured.map((article) => article.id));
  const latest: Article[] = [];
  for (const article of data.articles) {
    if (latest.length === 6) break;
    if (!featuredIds.has(article.id)) latest.push(article);
  }
  return {
    featured: featured.map((article) => cardOf(ctx, article)),
    latest: latest.map((article) => cardOf(ctx, article)),
    trained: data.trainingCourses.reduce((sum, course) => sum + course.participantCount, 0),
    classes: data.trainingCourses.reduce((sum, course) => sum + course.classCount, 0),
    honoured: data.awards.reduce((sum, award) => sum + award.total, 0),
    projects: data.projects.map(projectCard),
    videos: data.videos.slice(0, 4).map((video) => ({ url: video.url, title: video.title, publishedDate: video.publishedDate, poster: video.poster })),
  };
}

export function articleData(ctx: DataContext, article: Article): TemplateData['article'] {
  const linked = [
    { title: 'Đề án liên quan', items: projectLinks(pick(ctx.byId.projects, article.projectIds)) },
    { title: 'Lớp bồi dưỡng, tập huấn', items: titleLinks(pick(ctx.byId.trainingCourses, article.trainingCourseIds)) },
    { title: 'Khen thưởng', items: titleLinks(pick(ctx.byId.awards, article.awardIds)) },
    { title: 'Video', items: titleLinks(pick(ctx.byId.videos, article.videoIds)) },
    { title: 'Văn bản liên quan', items: titleLinks(ctx.relations.legalDocumentsByArticle(article.id)) },
  ].filter((group) => group.items.length > 0);
  return {
    title: article.title,
    url: article.url,
    lead: article.lead,
    body: article.body,
    figures: article.figures,
    author: article.author,
    publishedDate: article.publishedDate,
    updatedAt: article.updatedAt,
    cover: article.cover,
    coverCaption: article.coverCaption,
    seo: { title: article.seo.title, description: article.seo.description, image: (article.seo.image ?? article.cover)?.src ?? null },
    category: categoryLink(ctx, article),
    tags: pick(ctx.byId.tags, article.tagIds).map((tag) => link(tag.url, tag.name)),
    linked,
    related: ctx.relations.relatedArticles(article).map((other) => cardOf(ctx, other)),
  };
}

export function projectData(ctx: DataContext, project: SiteData['projects'][number]): TemplateData['project'] {
  // A project runs for years; its page shows the newest news, the lists and search hold the rest.
  const LATEST_ARTICLES = 12;
  const articles = ctx.relations.articlesByProject(project.id);
  return {
    code: project.code,
    title: project.title,
    shortTitle: project.shortTitle,
    period: project.period,
    decision: project.decision,
    statusLabel: project.statusLabel,
    summary: project.summary,
    body: project.body,
    cover: project.cover,
    documents: project.documents,
    legalDocuments: documentRows(ctx.relations.legalDocumentsByProject(project.id)),
    articleCount: articles.length,
    latestArticles: articles.slice(0, LATEST_ARTICLES).map((article) => cardOf(ctx, article)),
    videos: ctx.relations.videosByProject(project.id).map((video) => ({ url: video.url, title: video.title, publishedDate: video.publishedDate })),
  };
}

export function videoData(ctx: DataContext, video: SiteData['videos'][number]): TemplateData['video'] {
  const project = video.projectId ? ctx.byId.projects.get(video.projectId) : undefined;
  return {
    ...storedFields(video, SHOWN_AS_STORED.video),
    project: project ? { url: project.url, shortTitle: project.shortTitle } : null,
    articles: titleLinks(ctx.relations.articlesByVideo(video.id)),
  };
}

export function trainingData(ctx: DataContext): TemplateData['training'] {
  const courses = ctx.data.trainingCourses;
  return {
    courses: courses.map((course) => ({
      url: course.url,
      title: course.title,
      kindLabel: course.kindLabel,
      levelLabel: course.levelLabel,
      startDate: course.startDate,
      endDate: course.endDate,
      classCount: course.classCount,
      participantCount: course.participantCount,
    })),
    byYear: figuresByYear(courses),
    byLevel: figuresByLevel(courses),
  };
}

export function courseData(ctx: DataContext, course: SiteData['trainingCourses'][number]): TemplateData['course'] {
  return {
    ...storedFields(course, SHOWN_AS_STORED.course),
    articles: titleLinks(ctx.relations.articlesByCourse(course.id)),
    cadres: ctx.relations.cadresByCourse(course.id).map((cadre) => link(cadre.url, cadre.fullName)),
  };
}

/** One way to filter a list: each value's page, label and number of entries, from the list's groups by that value. */
const facet =
  <Key, Entry>(groupsOf: (entries: readonly Entry[]) => Group<Key, Entry>[], url: (key: Key) => string) =>
  (entries: readonly Entry[]): FilterLink[] =>
    groupsOf(entries).map((group) => ({ url: url(group.key), label: group.label, count: group.entries.length }));

/** A list's filters: how many entries it holds, then each facet's links. */
function filtersOf<Entry, Name extends string>(entries: readonly Entry[], facets: Record<Name, (entries: readonly Entry[]) => FilterLink[]>) {
  const links = {} as Record<Name, FilterLink[]>;
  for (const name in facets) links[name] = facets[name](entries);
  return { total: entries.length, ...links };
}

const positionOf = (cadre: Cadre) => cadre.positionTitle ?? cadre.positionLabel;

export function cadreRows(cadres: readonly Cadre[]): CadreRow[] {
  return cadres.map((cadre) => ({
    url: cadre.url,
    fullName: cadre.fullName,
    position: positionOf(cadre),
    unit: cadre.unit,
    place: [cadre.district, cadre.province].filter(Boolean).join(', '),
  }));
}

export const cadreFilters = ({ data }: DataContext): CadreFilters =>
  filtersOf(data.cadres, { districts: facet(cadresByDistrict, routes.cadresByDistrict), positions: facet(cadresByPosition, routes.cadresByPosition) });

export function cadreData(ctx: DataContext, cadre: Cadre): TemplateData['cadre'] {
  return {
    ...storedFields(cadre, SHOWN_AS_STORED.cadre),
    position: positionOf(cadre),
    awards: titleLinks(pick(ctx.byId.awards, cadre.awardIds)),
    courses: titleLinks(pick(ctx.byId.trainingCourses, cadre.courseIds)),
  };
}

export function awardData(ctx: DataContext, award: SiteData['awards'][number]): TemplateData['award'] {
  return {
    ...storedFields(award, SHOWN_AS_STORED.award),
    recipients: ctx.relations
      .recipientsByAward(award.id)
      .map((cadre) => ({ url: cadre.url, fullName: cadre.fullName, position: positionOf(cadre), district: cadre.district })),
    articles: titleLinks(ctx.relations.articlesByAward(award.id)),
  };
}

export function documentRows(documents: readonly LegalDocument[]): DocumentRow[] {
  return documents.map((document) => ({
    url: document.url,
    title: document.title,
    kindLabel: document.kindLabel,
    number: document.number,
    issuedDate: document.issuedDate,
    summary: document.summary,
  }));
}

export const documentFilters = ({ data }: DataContext): DocumentFilters =>
  filtersOf(data.legalDocuments, { kinds: facet(documentsByKind, routes.legalDocumentsByKind), years: facet(documentsByYear, routes.legalDocumentsByYear) });

export function legalDocumentData(ctx: DataContext, document: LegalDocument): TemplateData['legalDocument'] {
  return {
    title: document.title,
    url: document.url,
    kind: link(routes.legalDocumentsByKind(document.kind), document.kindLabel),
    number: document.number,
    issuer: document.issuer,
    issuedDate: document.issuedDate,
    effectiveDate: document.effectiveDate,
    summary: document.summary,
    file: document.file,
    projects: projectLinks(pick(ctx.byId.projects, document.projectIds)),
    articles: titleLinks(pick(ctx.byId.articles, document.articleIds)),
  };
}

/** The leaders Giới thiệu names, in its order, with `title` in the page's language. */
function leadersOf(ctx: DataContext, title: (cadre: Cadre) => string): LeaderView[] {
  return pick(ctx.byId.cadres, ctx.data.introduction?.leaderIds ?? []).map((cadre) => ({
    url: cadre.url,
    fullName: cadre.fullName,
    title: title(cadre),
    photo: cadre.photo,
    officePhone: cadre.officePhone,
    officialEmail: cadre.officialEmail,
  }));
}

export function introductionData(ctx: DataContext, introduction: NonNullable<SiteData['introduction']>): TemplateData['introduction'] {
  const { settings } = ctx.data;
  return {
    functions: introduction.functions,
    structure: introduction.structure,
    leaders: leadersOf(ctx, positionOf),
    workingHours: introduction.workingHours,
    contact: { address: settings.address, phone: settings.phone, email: settings.email },
  };
}

export function englishData(ctx: DataContext, introduction: NonNullable<SiteData['introduction']>): TemplateData['english'] {
  const { settings } = ctx.data;
  const { english } = introduction;
  return {
    name: english.name ?? settings.siteName,
    introduction: english.introduction,
    structure: english.structure,
    // The Vietnamese title names the unit ("Chủ tịch Hội LHPN tỉnh"); English has the position only.
    leaders: leadersOf(ctx, (cadre) => labelOf(POSITION_LABELS_EN, cadre.position)),
    workingHours: english.workingHours,
    contact: { address: english.address ?? settings.address, phone: settings.phone, email: settings.email },
  };
}

const FEED_SIZE = 50;

export function rssData(ctx: DataContext): TemplateData['rss'] {
  return {
    title: ctx.data.settings.siteName,
    description: ctx.data.settings.description,
    items: ctx.data.articles.slice(0, FEED_SIZE).map((article) => ({
      title: article.title,
      url: article.url,
      publishedDate: article.publishedDate,
      lead: article.lead,
      author: article.author,
      category: (article.categoryId && ctx.byId.categories.get(article.categoryId)?.name) || null,
    })),
  };
}
