import type { ContentClient } from './client/content-client.js';
import { ContentFetchError } from './client/errors.js';
import {
  ArticlesPageDocument,
  AwardsPageDocument,
  CadresPageDocument,
  CategoriesPageDocument,
  CmsIdentityDocument,
  IntroductionDocument,
  LegalDocumentsPageDocument,
  ProjectsPageDocument,
  SiteSettingsDocument,
  TagsPageDocument,
  TrainingCoursesPageDocument,
  VideosPageDocument,
} from './generated/graphql.js';
import type { RawSiteData } from './model/map-site-data.js';

type ListName = Exclude<keyof RawSiteData, 'settings' | 'introduction'>;

/**
 * What the CMS said about itself while the site was read. The site build
 * records it in build-info.json, so the rebuild service can tell editors'
 * take-downs (same CMS, counts as reported) from a fetch of the wrong or an
 * emptied database.
 */
export interface CmsSource {
  /** The CMS database's id (GraphQL `cmsIdentity`); null from a CMS older than that field. */
  identity: string | null;
  /** Each list's total as the CMS reported it (`pageInfo.total`); the fetched lists were checked against these. */
  totals: Record<ListName, number>;
}

/** Fetches every public type: lists in parallel, each page by page until its reported total. */
export async function fetchRawSiteData(client: ContentClient): Promise<RawSiteData> {
  return (await fetchListsWithTotals(client)).raw;
}

/** fetchRawSiteData, plus what the CMS said about itself (identity, reported totals). */
export async function fetchSiteSnapshot(client: ContentClient): Promise<{ raw: RawSiteData; source: CmsSource }> {
  const [{ raw, totals }, identity] = await Promise.all([fetchListsWithTotals(client), fetchCmsIdentity(client)]);
  return { raw, source: { identity, totals } };
}

/** The CMS database's id; null when the CMS does not know the field (it predates it). */
export async function fetchCmsIdentity(client: ContentClient): Promise<string | null> {
  try {
    const { cmsIdentity } = await client.request(CmsIdentityDocument, {}, 'identity');
    return typeof cmsIdentity === 'string' && cmsIdentity.length > 0 ? cmsIdentity : null;
  } catch (error) {
    if (error instanceof ContentFetchError && error.kind === 'schema-mismatch') return null;
    throw error;
  }
}

async function fetchListsWithTotals(client: ContentClient): Promise<{ raw: RawSiteData; totals: Record<ListName, number> }> {
  const [articles, categories, tags, projects, videos, trainingCourses, cadres, awards, legalDocuments, settings, introduction] = await Promise.all([
    client.fetchList(ArticlesPageDocument, 'articles'),
    client.fetchList(CategoriesPageDocument, 'categories'),
    client.fetchList(TagsPageDocument, 'tags'),
    client.fetchList(ProjectsPageDocument, 'projects'),
    client.fetchList(VideosPageDocument, 'videos'),
    client.fetchList(TrainingCoursesPageDocument, 'training courses'),
    client.fetchList(CadresPageDocument, 'cadres'),
    client.fetchList(AwardsPageDocument, 'awards'),
    client.fetchList(LegalDocumentsPageDocument, 'documents'),
    client.request(SiteSettingsDocument, {}, 'site settings'),
    client.request(IntroductionDocument, {}, 'introduction'),
  ]);
  if (!settings.siteSetting) {
    throw new ContentFetchError('graphql', 'CMS site settings: "Cài đặt trang" is not published; the site needs its name and navigation.');
  }
  const lists = { articles, categories, tags, projects, videos, trainingCourses, cadres, awards, legalDocuments };
  return {
    raw: {
      articles: articles.nodes,
      categories: categories.nodes,
      tags: tags.nodes,
      projects: projects.nodes,
      videos: videos.nodes,
      trainingCourses: trainingCourses.nodes,
      cadres: cadres.nodes,
      awards: awards.nodes,
      legalDocuments: legalDocuments.nodes,
      settings: settings.siteSetting,
      introduction: introduction.introduction,
    },
    totals: Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, list.total])) as Record<ListName, number>,
  };
}
