import { getRssString } from '@astrojs/rss';
import { escapeHtml, routes } from '@hoilhpn/content';
import type { TemplateData } from '../routing/types';

const NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

/** The news feed (RSS 2.0) of the rss route's data; `site` is the public address its links are made absolute against. */
export function rssFeed(data: TemplateData['rss'], site: URL | string): Promise<string> {
  const absolute = (path: string) => new URL(path, site).href;
  return getRssString({
    title: `${data.title}: Tin tức`,
    description: data.description,
    // The channel's link: the news list the feed follows.
    site: absolute(routes.news()),
    xmlns: NAMESPACES,
    // customData goes into the feed as XML: what it holds is escaped here.
    customData: `<atom:link href="${escapeHtml(absolute(routes.rss()))}" rel="self" type="application/rss+xml"/><language>vi</language>`,
    items: data.items.map((article) => ({
      title: article.title,
      link: absolute(article.url),
      pubDate: new Date(article.publishedDate),
      description: article.lead,
      ...(article.author ? { customData: `<dc:creator>${escapeHtml(article.author)}</dc:creator>` } : {}),
      ...(article.category ? { categories: [article.category] } : {}),
    })),
  });
}
