import type { APIRoute } from 'astro';
import { routeTableOf } from '../routing/load';
import { manifestFileText, routesManifest } from '../routing/fingerprint';

/**
 * The release's routes manifest: every route's path, template and
 * fingerprint, so the next build can tell which routes changed. The code
 * version comes from scripts/build.mjs (scripts/code-version.mjs), computed
 * once per build.
 */
export const GET: APIRoute = ({ site, locals }) => {
  const codeVersion = process.env.SITE_CODE_VERSION;
  if (!codeVersion) throw new Error('SITE_CODE_VERSION is not set: build the site with `pnpm --dir site build`.');
  const manifest = routesManifest(routeTableOf(locals).routes, { codeVersion, site: String(site) });
  return new Response(manifestFileText(manifest), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
