import type { ContentClient } from './client/content-client.js';
import { ContentFetchError } from './client/errors.js';
import {
  ArticlesPageDocument,
  AwardsPageDocument,
  CadresPageDocument,
  CategoriesPageDocument,
  ProjectsPageDocument,
  SiteSettingsDocument,
  TagsPageDocument,
  TrainingCoursesPageDocument,
  VideosPageDocument,
} from './generated/graphql.js';
import type { RawSiteData } from './model/map-site-data.js';

/** Fetches every public type: lists in parallel, each page by page until its reported total. */
export async function fetchRawSiteData(client: ContentClient): Promise<RawSiteData> {
  const [articles, categories, tags, projects, videos, trainingCourses, cadres, awards, settings] = await Promise.all([
    client.fetchAll(ArticlesPageDocument, 'articles'),
    client.fetchAll(CategoriesPageDocument, 'categories'),
    client.fetchAll(TagsPageDocument, 'tags'),
    client.fetchAll(ProjectsPageDocument, 'projects'),
    client.fetchAll(VideosPageDocument, 'videos'),
    client.fetchAll(TrainingCoursesPageDocument, 'training courses'),
    client.fetchAll(CadresPageDocument, 'cadres'),
    client.fetchAll(AwardsPageDocument, 'awards'),
    client.request(SiteSettingsDocument, {}, 'site settings'),
  ]);
  if (!settings.siteSetting) {
    throw new ContentFetchError('graphql', 'CMS site settings: "Cài đặt trang" is not published; the site needs its name and navigation.');
  }
  return { articles, categories, tags, projects, videos, trainingCourses, cadres, awards, settings: settings.siteSetting };
}
