import type { APIRoute } from 'astro';
import { escapeHtml, routes } from '@hoilhpn/content';
import { getSiteData } from '../data/site-data';
import { cadresByDistrict, cadresByPosition } from '../lib/cadre-filters';
import { pagesOf } from '../lib/paginate';

/** Every public page, with the date its content last changed where known. */
export const GET: APIRoute = ({ site }) => {
  const data = getSiteData();
  const entries: { path: string; lastmod?: string | null }[] = [
    { path: routes.home() },
    ...pagesOf(data.articles).map((slice) => ({ path: routes.news(slice.page) })),
    ...data.articles.map((article) => ({ path: article.url, lastmod: article.updatedAt ?? article.publishedDate })),
    ...data.categories.flatMap((category) => pagesOf(category.articles).map((slice) => ({ path: routes.category(category.slug, slice.page) }))),
    ...data.tags.map((tag) => ({ path: routes.tag(tag.slug) })),
    { path: routes.projects() },
    ...data.projects.map((project) => ({ path: project.url, lastmod: project.updatedAt })),
    { path: routes.videos() },
    ...data.videos.map((video) => ({ path: video.url, lastmod: video.updatedAt })),
    { path: routes.training() },
    ...data.trainingCourses.map((course) => ({ path: course.url, lastmod: course.updatedAt })),
    { path: routes.cadres() },
    ...cadresByDistrict(data.cadres).map((group) => ({ path: routes.cadresByDistrict(group.slug) })),
    ...cadresByPosition(data.cadres).map((group) => ({ path: routes.cadresByPosition(group.slug) })),
    ...data.cadres.map((cadre) => ({ path: cadre.url, lastmod: cadre.updatedAt })),
    { path: routes.awards() },
    ...data.awards.map((award) => ({ path: award.url, lastmod: award.updatedAt })),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((entry) => `  <url><loc>${escapeHtml(new URL(entry.path, site).href)}</loc>${entry.lastmod ? `<lastmod>${new Date(entry.lastmod).toISOString()}</lastmod>` : ''}</url>`).join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
