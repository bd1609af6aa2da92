import { readFileSync } from 'node:fs';
import { applyMediaMap, mapSiteData, type RawSiteData } from '@hoilhpn/content';
import { computeRoutes, paramsOf, type AnyRoute, type Route, type RouteTable, type Template } from './index';

let cached: RouteTable | undefined;

/**
 * The build's route table, computed once per build from the content
 * scripts/build.mjs fetched and handed over in SITE_DATA_FILE. Pages never
 * fetch and never see the whole site: they get their route's data.
 */
export function getRouteTable(): RouteTable {
  if (cached) return cached;
  const file = process.env.SITE_DATA_FILE;
  if (!file) throw new Error('SITE_DATA_FILE is not set: build the site with `pnpm --dir site build`, which fetches the CMS first.');
  const { raw, cmsUrl, media } = JSON.parse(readFileSync(file, 'utf8')) as { raw: RawSiteData; cmsUrl: string; media: Record<string, string> };
  const data = mapSiteData(raw, cmsUrl);
  applyMediaMap(data, media);
  cached = computeRoutes(data, import.meta.env.SITE);
  return cached;
}

/**
 * The route table a page reads: the one the incremental build computed and
 * hands to its renderer in `locals` (so a publish does not read and compute
 * the whole site again), else the build's own, computed once from
 * SITE_DATA_FILE.
 */
export function routeTableOf(locals: object): RouteTable {
  return (locals as { routeTable?: RouteTable }).routeTable ?? getRouteTable();
}

/** getStaticPaths of the page file that renders `template`: one path per route, its data as the `route` prop. */
export function staticPaths<T extends Template>(template: T): { params: Record<string, string | undefined>; props: { route: Route<T> } }[] {
  return getRouteTable()
    .of(template)
    .map((route) => ({ params: paramsOf(route as AnyRoute), props: { route } }));
}

/** The route of a page file that renders one route only (the home page, the lists' first pages…); `locals` is Astro.locals. */
export function routeAt<T extends Template>(locals: object, path: string, template: T): Route<T> {
  const route = routeTableOf(locals).get(path);
  if (route?.template !== template) throw new Error(`the route table has no ${template} route at ${path}`);
  return route as unknown as Route<T>;
}

/**
 * The route a page file with getStaticPaths renders: its `route` prop in the
 * static build; in the incremental renderer (astro.render.config.mjs, no
 * getStaticPaths), the route at the path the renderer names in `locals`.
 */
export function pageRoute<T extends Template>(astro: { props: Record<string, unknown>; locals: object }, template: T): Route<T> {
  const fromPaths = astro.props.route as Route<T> | undefined;
  if (fromPaths) return fromPaths;
  const { routePath } = astro.locals as { routePath?: string };
  if (!routePath) throw new Error(`a ${template} page was rendered with neither getStaticPaths nor a route path`);
  return routeAt(astro.locals, routePath, template);
}
