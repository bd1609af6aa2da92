import type { APIRoute } from 'astro';
import { escapeHtml } from '@hoilhpn/content';
import { routeAt } from '../routing/load';

/** Every public page of the route table, with the date its content last changed where known. */
export const GET: APIRoute = ({ site, locals }) => {
  const { entries } = routeAt(locals, '/sitemap.xml', 'sitemap').data;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((entry) => `  <url><loc>${escapeHtml(new URL(entry.path, site).href)}</loc>${entry.lastmod ? `<lastmod>${new Date(entry.lastmod).toISOString()}</lastmod>` : ''}</url>`).join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
