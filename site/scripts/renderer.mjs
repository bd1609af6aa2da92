// @ts-check
// The warm renderer of incremental builds: the site's pages built once per
// code version and public address as a server bundle (astro.render.config.mjs)
// and kept in the cache folder, so a build that renders a few routes does not
// pay for Vite and Astro's compile.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isAlive as isRunning } from '@hoilhpn/rebuild/process-alive';

const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PREFIX = 'renderer-';

/** @typedef {import('../src/routing/index').RouteTable} RouteTable */
/**
 * A loaded renderer: `built` when this call had to build it first.
 * @typedef {{ built: boolean, renderRoute: (routePath: string, routeTable: RouteTable) => Promise<Uint8Array> }} Renderer
 */

/**
 * The request path Astro matches for a route path (the 404 page is the `/404` route).
 * @param {string} routePath
 */
function requestPathOf(routePath) {
  return routePath === '/404.html' ? '/404/' : routePath;
}

/**
 * Loads (building it first if it is not cached) the renderer for this code
 * version and public address; `renderRoute(path, routeTable)` gives the bytes
 * the static build writes for that route, from the build's route table. Renderers of other code versions are removed.
 * @param {{ codeVersion: string, site: string, cacheDir?: string, log?: (message: string) => void }} options
 * @returns {Promise<Renderer>}
 */
export async function loadRenderer({ codeVersion, site, cacheDir = path.join(SITE_DIR, '.cache'), log = () => {} }) {
  const key = createHash('sha256').update(`${codeVersion}\0${site}`).digest('hex').slice(0, 20);
  const dir = path.join(cacheDir, `${PREFIX}${key}`);
  const entry = path.join(dir, 'server', 'entry.mjs');
  let built = false;
  if (!existsSync(entry)) {
    // Built aside and renamed: a build killed halfway never leaves a renderer that looks whole.
    const partial = `${dir}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    const { build } = await import('astro');
    await build({ root: SITE_DIR, configFile: 'astro.render.config.mjs', outDir: partial, logLevel: 'error' });
    await rename(partial, dir).catch(async (error) => {
      // Another build put the same renderer in place first.
      await rm(partial, { recursive: true, force: true });
      if (!existsSync(entry)) throw error;
    });
    built = true;
    log(`renderer for code version ${codeVersion.slice(0, 12)} built into ${path.relative(SITE_DIR, dir)}`);
  }
  for (const name of await readdir(cacheDir)) {
    if (!name.startsWith(PREFIX) || name === path.basename(dir)) continue;
    // Another build's renderer being built is left alone; one left by a stopped build is not.
    const building = /\.partial-(\d+)$/.exec(name);
    if (building && isRunning(Number(building[1]))) continue;
    await rm(path.join(cacheDir, name), { recursive: true, force: true });
  }
  /** @type {ReturnType<typeof import('./renderer/entry.mjs').createExports>} */
  const { renderPath } = await import(pathToFileURL(entry).href);
  return { built, renderRoute: (routePath, routeTable) => renderPath(routePath, requestPathOf(routePath), site, routeTable) };
}
