import type { APIRoute } from 'astro';
import { escapeHtml, routes } from '@hoilhpn/content';
import { routeAt } from '../routing/load';

export const GET: APIRoute = ({ site, locals }) => {
  const { data } = routeAt(locals, routes.rss(), 'rss');
  const absolute = (path: string) => new URL(path, site).href;
  const items = data.items.map(
    (article) => `    <item>
      <title>${escapeHtml(article.title)}</title>
      <link>${absolute(article.url)}</link>
      <guid isPermaLink="true">${absolute(article.url)}</guid>
      <pubDate>${new Date(article.publishedDate).toUTCString()}</pubDate>
      <description>${escapeHtml(article.lead)}</description>${article.author ? `\n      <dc:creator>${escapeHtml(article.author)}</dc:creator>` : ''}${article.category ? `\n      <category>${escapeHtml(article.category)}</category>` : ''}
    </item>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeHtml(data.title)}: Tin tức</title>
    <link>${absolute(routes.news())}</link>
    <atom:link href="${absolute(routes.rss())}" rel="self" type="application/rss+xml" />
    <description>${escapeHtml(data.description)}</description>
    <language>vi</language>
${items.join('\n')}
  </channel>
</rss>
`;
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
