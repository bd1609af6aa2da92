import { afterEach, describe, expect, it } from 'vitest';
import { ContentClient } from './client/content-client.js';
import { fetchSiteSnapshot } from './load-site-data.js';
import { nodes, startFakeStrapi } from './test-support/fake-strapi.js';

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const LISTS = {
  ArticlesPage: nodes(230, 'article'),
  CategoriesPage: nodes(4, 'category'),
  TagsPage: nodes(7, 'tag'),
  ProjectsPage: nodes(2, 'project'),
  VideosPage: nodes(3, 'video'),
  TrainingCoursesPage: nodes(5, 'course'),
  CadresPage: nodes(0, 'cadre'),
  AwardsPage: nodes(1, 'award'),
  LegalDocumentsPage: nodes(6, 'document'),
};
const SETTINGS = { siteSetting: { siteName: 'Hội LHPN tỉnh' } };

async function fake(options: Parameters<typeof startFakeStrapi>[0]) {
  const server = await startFakeStrapi(options);
  servers.push(server);
  return new ContentClient({ url: server.url, retries: 0 });
}

describe('fetchSiteSnapshot', () => {
  it('returns every list with the total the CMS reported for it, and the CMS identity', async () => {
    const client = await fake({ lists: LISTS, answers: { SiteSettings: SETTINGS, CmsIdentity: { cmsIdentity: 'a1b2c3d4-0000-4000-8000-000000000001' } } });
    const { raw, source } = await fetchSiteSnapshot(client);
    expect(raw.articles).toHaveLength(230);
    expect(source).toEqual({
      identity: 'a1b2c3d4-0000-4000-8000-000000000001',
      totals: { articles: 230, categories: 4, tags: 7, projects: 2, videos: 3, trainingCourses: 5, cadres: 0, awards: 1, legalDocuments: 6 },
    });
  });

  it('records no identity, and still builds, from a CMS that predates the cmsIdentity field', async () => {
    const client = await fake({
      lists: LISTS,
      answers: { SiteSettings: SETTINGS },
      rejects: { CmsIdentity: 'Cannot query field "cmsIdentity" on type "Query".' },
    });
    const { raw, source } = await fetchSiteSnapshot(client);
    expect(source.identity).toBeNull();
    expect(source.totals.articles).toBe(230);
    expect(raw.tags).toHaveLength(7);
  });
});
