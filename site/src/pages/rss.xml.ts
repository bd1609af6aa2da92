import type { APIRoute } from 'astro';
import { routes } from '@hoilhpn/content';
import { rssFeed } from '../lib/rss-feed';
import { routeAt } from '../routing/load';

export const GET: APIRoute = async ({ site, locals }) => {
  const { data } = routeAt(locals, routes.rss(), 'rss');
  // The feed's own media type, where getRssResponse would say application/xml.
  return new Response(await rssFeed(data, site!), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
