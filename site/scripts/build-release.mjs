// @ts-check
// One site build: fetch once, copy media, render with Astro, index for search,
// check, then swap the output in. Any failure leaves the served folder exactly
// as it was. Given the previous release (SITE_PREVIOUS_RELEASE), it renders
// only the routes whose fingerprint changed and hard-links the rest
// (incremental.mjs).
//
// scripts/build.mjs runs it once per process (cold). The rebuild service
// keeps scripts/build-server.mjs running and hands it one build after
// another with a WarmState (warm-state.mjs): what the last build computed
// stays in memory, so a publish pays for what changed, not for reading the
// whole archive again.
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentClient, ContentFetchError, DEFAULT_CMS_URL, mapSiteData, readSnapshotFile, updateSiteSnapshot, writeSnapshotFile } from '@hoilhpn/content';
import { copyMedia } from '@hoilhpn/content/copy-media';
import { BUILD_INFO_FILE, REQUIRED_FILES } from '@hoilhpn/rebuild/build-info';
import { loadRouting } from './route-table.mjs';
import { writeSearchIndex } from './search-index.mjs';
import { SHARDS_FILE, reusableShards } from './search-shards.mjs';
import { codeVersion } from './code-version.mjs';
import { ALWAYS_RENDERED, fileOfRoute, linkUnchanged, planBuild, readPreviousManifest } from './incremental.mjs';
import { loadRenderer } from './renderer.mjs';
import { isAlive as isRunning } from '@hoilhpn/rebuild/process-alive';
import { ColdState } from './warm-state.mjs';
// The public address Astro renders for; route data holds links checked against it.
import { site as siteUrl } from '../astro.config.mjs';

/** @typedef {import('@hoilhpn/rebuild/build-info').BuildInfo} BuildInfo */
/** @typedef {import('@hoilhpn/content').SiteSnapshot} SiteSnapshot */
/** @typedef {import('../src/routing/index').RouteTable} RouteTable */
/** @typedef {import('./incremental.mjs').BuildPlan} BuildPlan */
/** @typedef {import('./incremental.mjs').IncrementalPlan} IncrementalPlan */
/** @typedef {import('./incremental.mjs').PreviousManifest} PreviousManifest */
/** @typedef {import('./incremental.mjs').RoutesManifest} RoutesManifest */
/** @typedef {ReturnType<typeof buildSettings>} BuildSettings */
/** @typedef {(message: string) => void} Log */
/**
 * Runs one phase of the build and adds its time to that phase's.
 * @typedef {<T>(phase: string, work: () => Promise<T>) => Promise<T>} Timed
 */

const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(SITE_DIR, '.cache');

/** How many editors' warnings a build prints. */
const WARNINGS_SHOWN = 200;

/**
 * What one build is asked to do, from its environment (the variables the README documents).
 * @param {NodeJS.ProcessEnv} [env]
 */
export function buildSettings(env = process.env) {
  return {
    cmsUrl: (env.CMS_URL ?? DEFAULT_CMS_URL).replace(/\/+$/, ''),
    token: env.CMS_TOKEN || undefined,
    retries: env.CMS_FETCH_RETRIES === undefined ? undefined : Number(env.CMS_FETCH_RETRIES),
    outDir: path.resolve(SITE_DIR, env.SITE_OUT_DIR ?? 'dist'),
    // The release this one is made from; without it, or with SITE_FULL_BUILD=1, every route is rendered.
    previousDir: env.SITE_PREVIOUS_RELEASE ? path.resolve(env.SITE_PREVIOUS_RELEASE) : undefined,
    fullAsked: env.SITE_FULL_BUILD === '1',
    // What the last successful build fetched, patched with the CMS's change record by the next one. It holds
    // raw CMS data, so it lives in the cache, never in a release.
    snapshotFile: path.resolve(SITE_DIR, env.SITE_CONTENT_SNAPSHOT ?? path.join(CACHE, 'content-snapshot.json')),
  };
}

/**
 * Builds one release into `settings.outDir`. Resolves to true when it went
 * out, false when it failed (the reason is printed with `error`). `state` is
 * a WarmState for a build server, a ColdState (nothing kept) otherwise.
 * @param {BuildSettings} settings
 * @param {{ state?: ColdState, log?: Log, error?: Log, warn?: Log }} [options]
 * @returns {Promise<boolean>}
 */
export async function buildRelease(
  settings,
  { state = new ColdState(), log: print = console.log, error: printError = console.error, warn = console.warn } = {},
) {
  const log = (/** @type {string} */ message) => print(`site: ${message}`);
  const { cmsUrl, token, outDir, previousDir, snapshotFile } = settings;
  const started = performance.now();
  /** Milliseconds per build phase (fetch, media, plan, records, snapshot, renderer, link, render, search, verify, swap), for build-info.json and the last log line. */
  /** @type {Record<string, number>} */
  const phases = {};
  /** @type {Timed} */
  const timed = async (phase, work) => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      phases[phase] = (phases[phase] ?? 0) + Math.round(performance.now() - start);
    }
  };
  const describePhases = () =>
    Object.entries(phases)
      .map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)} s`)
      .join(', ');

  await removeAbandonedStaging(outDir, snapshotFile, log);
  const stamp = `${Date.now()}-${process.pid}`;
  const dataFile = path.join(CACHE, `site-data-${stamp}.json`);
  const stagingDir = `${outDir}.staging-${stamp}`;
  const pendingSnapshot = `${snapshotFile}.pending-${stamp}`;
  let swapped = false;
  try {
    log(`fetching content from ${cmsUrl}${token ? ' with a token' : ' without a token (public role)'}`);
    const client = new ContentClient({ url: cmsUrl, token, log, ...(settings.retries === undefined ? {} : { retries: settings.retries }) });
    const stopSearch = new AbortController();
    const inputs = await prepareInputs({
      settings,
      state,
      client,
      dataFile,
      searchDir: `${stagingDir}.search`,
      signal: stopSearch.signal,
      pendingSnapshot,
      timed,
      log,
    });
    const { articleCount, source, warnings, media, mediaDir, searching, manifest, manifestText, table, writeDataFile, fetched, snapshot } = inputs;
    let { plan } = inputs;
    try {
      // Astro's telemetry would call home from every build.
      process.env.ASTRO_TELEMETRY_DISABLED = '1';
      process.env.SITE_DATA_FILE = dataFile;
      if (plan.kind === 'incremental') {
        log(`incremental build from ${previousDir}: ${plan.render.length} routes to render, ${plan.reuse.length} unchanged, ${plan.deleted.length} gone`);
        try {
          // prepareInputs keeps the route table for an incremental build.
          await renderIncremental({
            plan,
            stagingDir,
            table: /** @type {RouteTable} */ (table),
            manifestText,
            previousDir: fromDir(previousDir),
            codeVersion: manifest.codeVersion,
            state,
            timed,
            log,
          });
        } catch (error) {
          // A renderer that cannot be built or loaded must not hold up publishing: the full build still can.
          const { message } = /** @type {Error} */ (error);
          log(`the incremental render failed (${message}); building in full`);
          await rm(stagingDir, { recursive: true, force: true });
          plan = { kind: 'full', reason: `the incremental render failed: ${message}` };
        }
      }
      if (plan.kind === 'full') {
        log(`full build: ${plan.reason}`);
        await timed('render', async () => {
          // Astro reads the content from this file (src/routing/load.ts); incremental builds hand the route table over instead.
          await writeDataFile();
          await state.renderAll(stagingDir);
        });
      }
    } catch (error) {
      stopSearch.abort();
      throw error;
    } finally {
      // Render failed or not, Pagefind finishes (or fails) before anything is removed.
      await searching.catch(() => {});
    }
    const search = await searching;
    await rename(path.join(`${stagingDir}.search`, 'pagefind'), path.join(stagingDir, 'pagefind'));
    await rm(`${stagingDir}.search`, { recursive: true, force: true });
    log(
      `search index: ${search.records} pages in ${search.shards} shards; ${search.indexed} shards indexed (${search.recordsIndexed} pages, ${(search.indexMs / 1000).toFixed(1)} s), ${search.reused} taken over (${(search.linkMs / 1000).toFixed(1)} s)`,
    );

    // Only the files the pages use, under their hashed names: hard links to the cache's copies,
    // which are never written again (a new content is a new name).
    await timed('media', async () => {
      const used = new Set(Object.values(media.map).map((publicPath) => path.basename(publicPath)));
      await mkdir(path.join(stagingDir, 'media'), { recursive: true });
      for (const name of used) {
        const [from, to] = [path.join(mediaDir, name), path.join(stagingDir, 'media', name)];
        await link(from, to).catch(() => copyFile(from, to));
      }
    });

    const pages = await timed('verify', async () => {
      await verifyOutput(stagingDir, articleCount);
      // Every page is a route (the route table lists the 404 and search pages too): counted from the
      // manifest rather than by walking 30,000 files of a large release.
      return Object.keys(manifest.routes).filter((routePath) => fileOfRoute(routePath).endsWith('.html')).length;
    });
    // What the rebuild service checks before it lets a release go live. `cms` is what the CMS said
    // about itself: its database's identity and the totals it reported, which the counts were checked against.
    const builtAt = new Date().toISOString();
    const cms = { identity: source.identity, reported: source.totals };
    const routes = routeCounts(plan, manifest);
    /** @type {Pick<BuildInfo, 'kind' | 'fullReason' | 'previousRelease'>} */
    const kind =
      plan.kind === 'full' ? { kind: 'full', fullReason: plan.reason } : { kind: 'incremental', previousRelease: path.basename(fromDir(previousDir)) };
    const buildInfo = () => {
      /** @type {BuildInfo} */
      const info = {
        builtAt,
        durationMs: Math.round(performance.now() - started),
        ...kind,
        fetch: fetched,
        routes,
        search,
        articles: articleCount,
        pages,
        media: media.files,
        cms,
        phases,
      };
      return `${JSON.stringify(info, null, 2)}\n`;
    };
    await writeFile(path.join(stagingDir, BUILD_INFO_FILE), buildInfo());
    await timed('swap', () => swapIn(stagingDir, outDir));
    swapped = true;
    // The swap's own time is known only now: the final figures replace the file in one rename.
    const infoFile = path.join(outDir, BUILD_INFO_FILE);
    await writeFile(`${infoFile}.tmp-${stamp}`, buildInfo());
    await rename(`${infoFile}.tmp-${stamp}`, infoFile);
    // Only a build that went out may be the next one's starting point.
    state.keep({ snapshot, snapshotFile, pendingSnapshot, release: { dir: outDir, manifest }, log });
    await state.settled();
    log(
      `built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s, ${plan.kind}: ${routes.rendered} routes rendered, ${routes.reused} reused, ${routes.deleted} deleted (${describePhases()})`,
    );

    if (warnings.length > 0) {
      // A large archive imported from the old site can have thousands; the first ones show what to fix.
      warn(`\nsite: ${warnings.length} warning(s) for editors:`);
      for (const warning of warnings.slice(0, WARNINGS_SHOWN)) warn(`  ⚠ ${warning}`);
      if (warnings.length > WARNINGS_SHOWN) warn(`  … and ${warnings.length - WARNINGS_SHOWN} more`);
    }
    return true;
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true });
    await rm(`${stagingDir}.search`, { recursive: true, force: true });
    const message = error instanceof ContentFetchError || error instanceof Error ? error.message : String(error);
    const where = path.relative(process.cwd(), outDir) || outDir;
    printError(
      swapped ? `\nsite: the new build is in ${where}, but a last step failed.\n  ${message}` : `\nsite: build failed, ${where} left as it was.\n  ${message}`,
    );
    return false;
  } finally {
    await rm(dataFile, { force: true });
    await rm(pendingSnapshot, { force: true });
  }
}

/**
 * Staging and search folders, and pending content snapshots, of builds that
 * were killed (Ctrl-C, a stopped rebuild service) carry the pid of their
 * build; those whose process is gone are removed. A build running beside
 * this one keeps its own.
 * @param {string} outDir
 * @param {string} snapshotFile
 * @param {Log} log
 */
async function removeAbandonedStaging(outDir, snapshotFile, log) {
  const leftovers = [
    // Staging and search folders, and linked copies made ahead by a build server: <out>.staging-<time>-<pid>[.search|.next],
    // of this release or another (a server's copy is named after the release it copies).
    { parent: path.dirname(outDir), prefix: '', pattern: /\.staging-\d+-(\d+)(\.search|\.next)?$/ },
    // Content snapshots not yet taken over: <snapshot>.pending-<time>-<pid>
    { parent: path.dirname(snapshotFile), prefix: `${path.basename(snapshotFile)}.pending-`, pattern: /^\d+-(\d+)$/ },
  ];
  for (const { parent, prefix, pattern } of leftovers) {
    for (const name of await readdir(parent).catch(() => [])) {
      const match = name.startsWith(prefix) ? pattern.exec(name.slice(prefix.length)) : null;
      if (!match || isRunning(Number(match[1]))) continue;
      await rm(path.join(parent, name), { recursive: true, force: true });
      log(`removed ${name}, left by a build that was stopped`);
    }
  }
}

/**
 * Fetches, copies the media, writes the data file Astro reads and starts the
 * search index (records computed now, indexed in a worker). Only counts, what
 * the CMS said about itself and the running search leave this function for a
 * cold full build: the fetched data, hundreds of MB at 10,000 articles, is
 * freed before Astro loads its own copy.
 * @param {{ settings: BuildSettings, state: ColdState, client: ContentClient, dataFile: string, searchDir: string, signal: AbortSignal, pendingSnapshot: string, timed: Timed, log: Log }} inputs
 */
async function prepareInputs({ settings, state, client, dataFile, searchDir, signal, pendingSnapshot, timed, log }) {
  const { cmsUrl, fullAsked, previousDir, snapshotFile } = settings;
  // Where the model comes from: the last build's snapshot patched with what changed since
  // (updateSiteSnapshot), or a full fetch; everything after works on `raw` alone.
  const { source, data, update } = await timed('fetch', async () => {
    const previous = fullAsked ? null : await state.previousSnapshot(snapshotFile, async () => (await readSnapshotFile(snapshotFile)).snapshot);
    const update = await updateSiteSnapshot(client, previous, { log });
    const { raw, source } = update.snapshot;
    // mapSiteData only normalises raw's strings to NFC in place: the snapshot stays valid to save.
    return { source, update, data: state.mapSiteData(raw, cmsUrl, mapSiteData) };
  });
  log(
    update.kind === 'full'
      ? `content: full fetch (${update.reason})`
      : update.kind === 'unchanged'
        ? 'content: nothing changed since the last build'
        : `content: ${update.changes} changes since the last build fetched again`,
  );
  if (!source.identity) log('the CMS does not say which database it is (no cmsIdentity); the rebuild service cannot tell it from another CMS');
  log(
    `fetched ${data.articles.length} articles, ${data.projects.length} projects, ${data.videos.length} videos, ${data.trainingCourses.length} courses, ${data.cadres.length} cadres, ${data.awards.length} awards`,
  );

  const mediaDir = path.join(CACHE, 'media');
  const media = await timed('media', () => copyMedia(data, { dir: mediaDir, copied: state.copiedMedia }));
  log(`media: ${media.files} files, ${(media.bytes / 1024).toFixed(0)} KiB, ${media.downloaded} downloaded`);

  // Written only when Astro renders in full: until then the closure holds the raw content, and lets go of it after.
  /** @type {SiteSnapshot['raw'] | null} */
  let rawContent = update.snapshot.raw;
  const writeDataFile = async () => {
    if (!rawContent) return;
    await mkdir(CACHE, { recursive: true });
    await writeFile(dataFile, JSON.stringify({ raw: rawContent, cmsUrl, media: media.map }));
    rawContent = null;
  };

  // The code version once per build: part of every fingerprint, and the key of the routing module and renderer.
  const version = await timed('plan', async () => (process.env.SITE_CODE_VERSION = await codeVersion()));
  const routing = await timed('routing', () => state.routing(version, loadRouting));
  // The index is made from the route table, not the HTML, so Pagefind (its own process) indexes on
  // the second core while Astro renders on the first; the phases overlap in build-info.json.
  const table = await timed('routes', async () => routing.computeRoutes(data, siteUrl));
  // The same manifest the release's route-manifest.json holds: the code version once per build, the address as Astro.site gives it.
  const manifest = await timed('plan', async () => state.manifest(table, { codeVersion: version, site: new URL(siteUrl).href }, routing));
  // Full or incremental is known now, from the previous release's manifest (read once, for the routes and the search shards).
  const { previous, plan } = await timed('plan', async () => {
    const previous = fullAsked || !previousDir ? null : await state.previousManifest(previousDir, readPreviousManifest);
    return { previous, plan: choosePlan(settings, manifest, previous) };
  });
  // Shards whose records did not change are taken over from the previous release, as routes are.
  const shards = await timed('records', async () => state.planShards(state.searchRecords(table, manifest)));
  const reusable = await reusableShards(previous?.manifest ? previousDir : undefined, {
    codeVersion: manifest.codeVersion,
    previousCodeVersion: previous?.manifest?.codeVersion,
  });
  const searching = timed('search', () => writeSearchIndex(shards, searchDir, { previousDir, reusable, signal }));
  // Awaited after the render; until then a failure must not count as unhandled.
  searching.catch(() => {});
  const fetched = { kind: update.kind, ...(update.kind === 'full' ? { reason: update.reason } : {}), sequence: update.snapshot.sequence };
  // A cold build saves the snapshot now, so the fetched data can be freed before Astro loads its own copy;
  // it replaces the last one only once this build is out. A warm state keeps it in memory and saves it after.
  if (!state.keepsSnapshot) await timed('snapshot', () => writeSnapshotFile(pendingSnapshot, update.snapshot));
  return {
    articleCount: data.articles.length,
    source,
    warnings: data.warnings,
    media,
    mediaDir,
    searching,
    manifest,
    manifestText: routing.manifestFileText(manifest),
    plan,
    // Kept for the warm renderer of an incremental build; a cold full build lets it go before Astro loads its own.
    table: plan.kind === 'incremental' || state.keepsSnapshot ? table : null,
    writeDataFile,
    fetched,
    snapshot: state.keepsSnapshot ? update.snapshot : null,
  };
}

/**
 * Full or incremental: incremental when the previous release's manifest
 * (`previous`, from readPreviousManifest) has this build's code version and address.
 * @param {BuildSettings} settings
 * @param {RoutesManifest} manifest
 * @param {PreviousManifest | null} previous
 * @returns {BuildPlan}
 */
function choosePlan({ fullAsked, previousDir }, manifest, previous) {
  if (fullAsked) return { kind: 'full', reason: 'a full build was asked for (SITE_FULL_BUILD=1)' };
  // Without a previous release there is no previous manifest either.
  if (!previousDir || !previous) return { kind: 'full', reason: 'no previous release given (SITE_PREVIOUS_RELEASE)' };
  return previous.manifest ? planBuild(previous.manifest, manifest) : { kind: 'full', reason: previous.reason };
}

/**
 * Takes over the unchanged files of the previous release and renders the
 * changed routes with the warm renderer, from this build's route table;
 * route-manifest.json is this build's manifest, as its page would write it.
 * @param {{ plan: IncrementalPlan, stagingDir: string, table: RouteTable, manifestText: string, previousDir: string, codeVersion: string, state: ColdState, timed: Timed, log: Log }} options
 */
async function renderIncremental({ plan, stagingDir, table, manifestText, previousDir, codeVersion, state, timed, log }) {
  const site = new URL(siteUrl).href;
  const { renderRoute } = await timed('renderer', () => state.renderer({ codeVersion, site }, () => loadRenderer({ codeVersion, site, log })));
  await timed('link', () => state.linkUnchanged(previousDir, stagingDir, plan, linkUnchanged));
  await timed('render', async () => {
    for (const routePath of [...plan.render, ...ALWAYS_RENDERED]) {
      const file = path.join(stagingDir, fileOfRoute(routePath));
      await mkdir(path.dirname(file), { recursive: true });
      // Never written through a hard link: that would change the live release's file in place.
      await rm(file, { force: true });
      await writeFile(file, routePath === '/route-manifest.json' ? manifestText : await renderRoute(routePath, table));
    }
  });
}

/**
 * How many routes this build rendered, took over from the previous release and left out as gone.
 * @param {BuildPlan} plan
 * @param {RoutesManifest} manifest
 */
function routeCounts(plan, manifest) {
  if (plan.kind === 'full') return { rendered: Object.keys(manifest.routes).length, reused: 0, deleted: 0 };
  return { rendered: plan.render.length, reused: plan.reuse.length, deleted: plan.deleted.length };
}

/**
 * Refuses to publish an empty or partial site.
 * @param {string} dir
 * @param {number} articleCount
 */
async function verifyOutput(dir, articleCount) {
  // build-info.json is written after this check, from its figures.
  for (const file of REQUIRED_FILES.filter((file) => file !== BUILD_INFO_FILE)) {
    if (!existsSync(path.join(dir, file))) throw new Error(`the build has no ${file}`);
  }
  /** @type {{ shards: { path: string }[] }} */
  const { shards } = JSON.parse(await readFile(path.join(dir, 'pagefind', SHARDS_FILE), 'utf8'));
  if (shards.length === 0) throw new Error('the search index has no shards');
  for (const shard of shards) {
    for (const file of ['pagefind.js', 'pagefind-entry.json']) {
      if (!existsSync(path.join(dir, 'pagefind', shard.path, file))) throw new Error(`the search shard pagefind/${shard.path} has no ${file}`);
    }
  }
  const articlePages = (await readdir(path.join(dir, 'tin-tuc'), { withFileTypes: true })).filter(
    (entry) => entry.isDirectory() && entry.name !== 'trang' && existsSync(path.join(dir, 'tin-tuc', entry.name, 'index.html')),
  ).length;
  if (articlePages !== articleCount) {
    throw new Error(`expected ${articleCount} article pages, the build has ${articlePages}`);
  }
}

/**
 * Puts the new build where the old one was, with the old one moved aside first and removed after.
 * @param {string} staging
 * @param {string} target
 */
async function swapIn(staging, target) {
  const old = `${target}.old-${Date.now()}`;
  const hadTarget = existsSync(target);
  if (hadTarget) await rename(target, old);
  try {
    await rename(staging, target);
  } catch (error) {
    // The site that was served goes back where it was.
    if (hadTarget) await rename(old, target);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/**
 * The previous release of an incremental build: choosePlan plans one only from a release it was given.
 * @param {string | undefined} previousDir
 */
function fromDir(previousDir) {
  if (!previousDir) throw new Error('an incremental build without a previous release');
  return previousDir;
}
