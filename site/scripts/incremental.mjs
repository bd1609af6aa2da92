// @ts-check
// Incremental releases: which routes a build renders, which files it takes
// over from the previous release (hard links) and which routes are gone.
// A route is rendered again only when its fingerprint (route data, path,
// template, public address and code version) changed.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, rmdir } from 'node:fs/promises';
import { BUILD_INFO_FILE } from '@hoilhpn/rebuild/build-info';
import { linkInto } from './link-tree.mjs';
import path from 'node:path';

/** @typedef {import('../src/routing/fingerprint').RoutesManifest} RoutesManifest */
/**
 * What a build does: render every route, or only those whose fingerprint changed.
 * @typedef {{ kind: 'full', reason: string } | IncrementalPlan} BuildPlan
 */
/** @typedef {{ kind: 'incremental', render: string[], reuse: string[], deleted: string[] }} IncrementalPlan */
/** @typedef {{ manifest: RoutesManifest, reason?: undefined } | { manifest?: undefined, reason: string }} PreviousManifest */

/** Files of a release that are never taken over: made anew by every build. */
const REMADE = ['pagefind/', 'media/', BUILD_INFO_FILE, 'route-manifest.json'];
/** Pages outside the route table that an incremental build writes every time (they list every route): route-manifest.json, from the build's manifest. */
export const ALWAYS_RENDERED = ['/route-manifest.json'];

/**
 * The file a route path is written to, relative to the release: `/a/b/` → `a/b/index.html`, `/rss.xml` → `rss.xml`.
 * @param {string} routePath
 */
export function fileOfRoute(routePath) {
  const relative = decodeURI(routePath).replace(/^\/+/, '');
  return routePath.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * The previous release's routes manifest, or why there is none usable.
 * @param {string} previousDir
 * @returns {Promise<PreviousManifest>}
 */
export async function readPreviousManifest(previousDir) {
  const file = path.join(previousDir, 'route-manifest.json');
  if (!existsSync(file)) return { reason: `the previous release ${previousDir} has no route-manifest.json` };
  try {
    return { manifest: JSON.parse(await readFile(file, 'utf8')) };
  } catch (error) {
    return { reason: `${file} cannot be read: ${/** @type {Error} */ (error).message}` };
  }
}

/**
 * Full or incremental, and for an incremental build the routes to render,
 * the routes taken over and the routes gone. `previous` is the previous
 * release's manifest, `current` this build's.
 * @param {RoutesManifest} previous
 * @param {RoutesManifest} current
 * @returns {BuildPlan}
 */
export function planBuild(previous, current) {
  if (previous.codeVersion !== current.codeVersion) return { kind: 'full', reason: 'the site code or its dependencies changed (code version differs)' };
  if (previous.site !== current.site) return { kind: 'full', reason: `the public address changed (${previous.site} → ${current.site})` };
  /** @type {string[]} */
  const render = [];
  /** @type {string[]} */
  const reuse = [];
  for (const [routePath, { fingerprint }] of Object.entries(current.routes)) {
    (previous.routes[routePath]?.fingerprint === fingerprint ? reuse : render).push(routePath);
  }
  const deleted = Object.keys(previous.routes).filter((routePath) => !(routePath in current.routes));
  return { kind: 'incremental', render, reuse, deleted };
}

/**
 * Hard-links into `stagingDir` every file of `previousDir` except those of
 * routes rendered anew or gone and those every build makes anew (a hard link
 * shares the bytes, so a release costs only the files that changed).
 * @param {string} previousDir
 * @param {string} stagingDir
 * @param {IncrementalPlan} plan
 */
export async function linkUnchanged(previousDir, stagingDir, plan) {
  await mkdir(stagingDir, { recursive: true });
  await linkRelease(previousDir, stagingDir);
  await removeChangedFiles(stagingDir, plan);
}

/**
 * A hard-linked copy of a release into `targetDir` without what every build
 * makes anew: the previous release's top-level entries are linked whole
 * (link-tree.mjs). A build server makes it ahead of the next build.
 * @param {string} releaseDir
 * @param {string} targetDir
 */
export async function linkRelease(releaseDir, targetDir) {
  const remade = new Set(REMADE.map((entry) => entry.replace(/\/$/, '')));
  const entries = (await readdir(releaseDir)).filter((name) => !remade.has(name));
  await linkInto(
    entries.map((name) => path.join(releaseDir, name)),
    targetDir,
  );
}

/**
 * Takes the files of changed and gone routes out of a linked copy, with folders left empty.
 * @param {string} stagingDir
 * @param {IncrementalPlan} plan
 */
export async function removeChangedFiles(stagingDir, plan) {
  for (const file of new Set([...plan.render, ...plan.deleted, ...ALWAYS_RENDERED].map(fileOfRoute))) {
    const target = path.join(stagingDir, file);
    await rm(target, { force: true });
    await removeEmptyFolders(path.dirname(target), stagingDir);
  }
}

/**
 * Removes `dir` and its parents up to (not including) `root` while they are empty.
 * @param {string} dir
 * @param {string} root
 */
async function removeEmptyFolders(dir, root) {
  for (let current = dir; current.startsWith(`${root}${path.sep}`); current = path.dirname(current)) {
    try {
      await rmdir(current);
    } catch {
      return;
    }
  }
}
