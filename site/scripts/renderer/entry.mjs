// @ts-check
// The renderer bundle's entry (an Astro adapter's server entrypoint): one
// function that renders one route of the route table to its bytes, as the
// static build would have written them.
import { App } from 'astro/app';

/** @param {import('astro').SSRManifest} manifest */
export function createExports(manifest) {
  const app = new App(manifest);
  return {
    /**
     * The rendered body of `routePath` (a route table path, or a page outside
     * the table); `site` is the public address; `routeTable` the build's, handed
     * to the pages in `locals` (src/routing/load.ts routeTableOf).
     * @param {string} routePath
     * @param {string} requestPath
     * @param {string} site
     * @param {import('../../src/routing/index').RouteTable} routeTable
     */
    async renderPath(routePath, requestPath, site, routeTable) {
      const request = new Request(new URL(requestPath, site));
      const routeData = app.match(request, true);
      if (!routeData) throw new Error(`the renderer has no page for ${routePath}`);
      const response = await app.render(request, { routeData, locals: { routePath, routeTable } });
      // The 404 page says 404 when served; written to 404.html it is the same page.
      const expected = routePath === '/404.html' ? 404 : 200;
      if (response.status !== expected) throw new Error(`the renderer answered ${response.status} for ${routePath}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
