// Incremental releases: which routes a build renders, which files it takes
// over from the previous release (hard links) and which routes are gone.
// A route is rendered again only when its fingerprint (route data, path,
// template, public address and code version) changed.
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Files of a release that are never taken over: made anew by every build. */
const REMADE = ['pagefind/', 'media/', 'build-info.json', 'route-manifest.json'];
/** Pages outside the route table that an incremental build renders every time (they list every route). */
export const ALWAYS_RENDERED = ['/route-manifest.json'];

/** The file a route path is written to, relative to the release: `/a/b/` → `a/b/index.html`, `/rss.xml` → `rss.xml`. */
export function fileOfRoute(routePath) {
  const relative = decodeURI(routePath).replace(/^\/+/, '');
  return routePath.endsWith('/') ? `${relative}index.html` : relative;
}

/** The previous release's routes manifest, or why there is none usable. */
export async function readPreviousManifest(previousDir) {
  const file = path.join(previousDir, 'route-manifest.json');
  if (!existsSync(file)) return { reason: `the previous release ${previousDir} has no route-manifest.json` };
  try {
    return { manifest: JSON.parse(await readFile(file, 'utf8')) };
  } catch (error) {
    return { reason: `${file} cannot be read: ${error.message}` };
  }
}

/**
 * Full or incremental, and for an incremental build the routes to render,
 * the routes taken over and the routes gone. `previous` is the previous
 * release's manifest, `current` this build's.
 */
export function planBuild(previous, current) {
  if (previous.codeVersion !== current.codeVersion) return { kind: 'full', reason: 'the site code or its dependencies changed (code version differs)' };
  if (previous.site !== current.site) return { kind: 'full', reason: `the public address changed (${previous.site} → ${current.site})` };
  const render = [];
  const reuse = [];
  for (const [routePath, { fingerprint }] of Object.entries(current.routes)) {
    (previous.routes[routePath]?.fingerprint === fingerprint ? reuse : render).push(routePath);
  }
  const deleted = Object.keys(previous.routes).filter((routePath) => !(routePath in current.routes));
  return { kind: 'incremental', render, reuse, deleted };
}

async function filesUnder(dir, prefix = '') {
  const files = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await filesUnder(dir, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

/**
 * Hard-links into `stagingDir` every file of `previousDir` except those of
 * routes rendered anew or gone and those every build makes anew; returns how
 * many files it linked. A hard link shares the bytes, so a release costs
 * only the files that changed.
 */
export async function linkUnchanged(previousDir, stagingDir, plan) {
  const skipped = new Set([...plan.render, ...plan.deleted, ...ALWAYS_RENDERED].map(fileOfRoute));
  let linked = 0;
  for (const file of await filesUnder(previousDir)) {
    if (skipped.has(file) || REMADE.some((remade) => (remade.endsWith('/') ? file.startsWith(remade) : file === remade))) continue;
    const target = path.join(stagingDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await link(path.join(previousDir, file), target).catch((error) => {
      // Releases on another file system than the staging folder cannot share files: copied instead.
      if (error.code !== 'EXDEV') throw error;
      return copyFile(path.join(previousDir, file), target);
    });
    linked += 1;
  }
  return linked;
}
