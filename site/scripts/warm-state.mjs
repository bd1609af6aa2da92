// @ts-check
// What a build may keep for the next one. A cold build (scripts/build.mjs, one
// process per build) keeps nothing: it reads the content snapshot and the
// previous release's manifest from disk, bundles the routing code and loads
// the renderer. A build server (scripts/build-server.mjs) keeps them in
// memory between publishes, which at 10,000 articles is most of a publish's
// cost. Each cached value is used only when it provably stands for what is on
// disk (the snapshot file's identity, the release folder's real path, the code
// version); otherwise the cold way is taken.
import { spawn } from 'node:child_process';
import { realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSnapshotFile } from '@hoilhpn/content';
import { linkRelease, removeChangedFiles } from './incremental.mjs';
import { searchRecordOf, searchRecords } from './search-index.mjs';
import { planShards, shardFingerprint } from './search-shards.mjs';

/** @typedef {import('@hoilhpn/content').SiteSnapshot} SiteSnapshot */
/** @typedef {import('@hoilhpn/content').RawSiteData} RawSiteData */
/** @typedef {import('@hoilhpn/content').SiteData} SiteData */
/** @typedef {import('@hoilhpn/content').MapOptions} MapOptions */
/** @typedef {import('@hoilhpn/content/copy-media').CopiedFile} CopiedFile */
/** @typedef {import('../src/routing/index').RouteTable} RouteTable */
/** @typedef {import('./route-table.mjs').Routing} Routing */
/** @typedef {import('./renderer.mjs').Renderer} Renderer */
/** @typedef {import('./incremental.mjs').RoutesManifest} RoutesManifest */
/** @typedef {import('./incremental.mjs').IncrementalPlan} IncrementalPlan */
/** @typedef {import('./incremental.mjs').PreviousManifest} PreviousManifest */
/** @typedef {import('./search-shards.mjs').SearchRecord} SearchRecord */
/** @typedef {import('./search-shards.mjs').Shard} Shard */
/** @typedef {(raw: RawSiteData, cmsUrl: string, options?: MapOptions) => SiteData} MapSiteData */
/** @typedef {(previousDir: string, stagingDir: string, plan: IncrementalPlan) => Promise<void>} LinkUnchanged */
/**
 * What a build that went out hands keep(): the snapshot only when the state
 * keeps it in memory (keepsSnapshot); a cold build saved it already.
 * @typedef {{ snapshot: SiteSnapshot | null, snapshotFile: string, pendingSnapshot: string, release: { dir: string, manifest: RoutesManifest }, log: (message: string) => void }} Kept
 */

const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** How long a build server waits, idle, before it saves the last build's content snapshot. */
export const SAVE_AFTER_IDLE_MS = 5_000;

export class ColdState {
  /**
   * A cold build writes the snapshot before Astro renders, so the fetched data can be freed first.
   * @type {boolean}
   */
  keepsSnapshot = false;
  /**
   * The media copied by earlier builds (copyMedia's `copied`); a cold build downloads every file.
   * @type {Map<string, CopiedFile> | undefined}
   */
  copiedMedia = undefined;
  /** @type {Promise<void>} */
  #kept = Promise.resolve();

  /**
   * @param {string} _file
   * @param {() => Promise<SiteSnapshot | null>} read
   * @returns {Promise<SiteSnapshot | null>}
   */
  previousSnapshot(_file, read) {
    return read();
  }

  /**
   * @param {RawSiteData} raw
   * @param {string} cmsUrl
   * @param {MapSiteData} map
   * @returns {SiteData}
   */
  mapSiteData(raw, cmsUrl, map) {
    return map(raw, cmsUrl);
  }

  /**
   * @param {string} _codeVersion
   * @param {() => Promise<Routing>} load
   * @returns {Promise<Routing>}
   */
  routing(_codeVersion, load) {
    return load();
  }

  /**
   * The routes manifest (`routing` is the routing module: routesManifest, sameJson).
   * @param {RouteTable} table
   * @param {{ codeVersion: string, site: string }} options
   * @param {Routing} routing
   * @returns {RoutesManifest}
   */
  manifest(table, options, routing) {
    return routing.routesManifest(table.routes, options);
  }

  /**
   * @param {string} previousDir
   * @param {(previousDir: string) => Promise<PreviousManifest>} read
   * @returns {Promise<PreviousManifest>}
   */
  previousManifest(previousDir, read) {
    return read(previousDir);
  }

  /**
   * The search records of the table's routes (`manifest` holds their fingerprints).
   * @param {RouteTable} table
   * @param {RoutesManifest} _manifest
   * @returns {SearchRecord[]}
   */
  searchRecords(table, _manifest) {
    return searchRecords(table);
  }

  /**
   * @param {SearchRecord[]} records
   * @returns {Shard[]}
   */
  planShards(records) {
    return planShards(records);
  }

  /**
   * @param {{ codeVersion: string, site: string }} _key
   * @param {() => Promise<Renderer>} load
   * @returns {Promise<Renderer>}
   */
  renderer(_key, load) {
    return load();
  }

  /**
   * Astro's static build of every route into `outDir`, from the data file the build wrote (SITE_DATA_FILE).
   * @param {string} outDir
   * @returns {Promise<void>}
   */
  async renderAll(outDir) {
    const { build } = await import('astro');
    await build({ root: SITE_DIR, outDir, logLevel: /** @type {import('astro').AstroInlineConfig['logLevel']} */ (process.env.ASTRO_LOG_LEVEL ?? 'warn') });
  }

  /**
   * @param {string} previousDir
   * @param {string} stagingDir
   * @param {IncrementalPlan} plan
   * @param {LinkUnchanged} link
   * @returns {Promise<void>}
   */
  linkUnchanged(previousDir, stagingDir, plan, link) {
    return link(previousDir, stagingDir, plan);
  }

  /**
   * After the swap: the snapshot written before the render becomes the next build's starting point.
   * @param {Kept} kept
   */
  keep({ snapshotFile, pendingSnapshot, log }) {
    this.#kept = rename(pendingSnapshot, snapshotFile).catch((error) =>
      log(`could not keep the content snapshot (the next build fetches everything): ${error.message}`),
    );
  }

  /**
   * Resolves once what keep() started is done (a cold build waits for it before it reports).
   * @returns {Promise<void>}
   */
  settled() {
    return this.#kept;
  }
}

/**
 * The identity of a file as written: a later write by anyone else changes it.
 * @param {string} file
 */
async function fileStamp(file) {
  const info = await stat(file, { bigint: true }).catch(() => null);
  return info ? `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}` : 'absent';
}

/**
 * One loaded value, for the latest key asked: another key's drops it before
 * loading its own, so the modules of an older code version can be freed.
 * @template T
 */
class LatestOnly {
  /** @type {{ key: string, value: T } | null} */
  #entry = null;

  /**
   * @param {string} key
   * @param {() => Promise<T>} load
   * @returns {Promise<T>}
   */
  async get(key, load) {
    if (this.#entry?.key !== key) {
      this.#entry = null;
      this.#entry = { key, value: await load() };
    }
    return this.#entry.value;
  }
}

export class WarmState extends ColdState {
  /** @override */
  keepsSnapshot = true;
  /**
   * @override
   * @type {Map<string, CopiedFile>}
   */
  copiedMedia = new Map();
  /**
   * The snapshot of the last build that went out, and the file it is saved as.
   * @type {{ file: string, value: SiteSnapshot } | null}
   */
  #snapshot = null;
  /**
   * The identity of the snapshot file when this process last read or wrote
   * it. While the file still has it, nobody else changed the file, and the
   * snapshot in memory (the same, or newer when its saving was put off) is
   * the one to patch; otherwise the file is read.
   * @type {string | null}
   */
  #diskStamp = null;
  /**
   * The save put off until the server has been idle a while (SAVE_AFTER_IDLE_MS): 150 MB of JSON at 10,000 articles costs the server a second or two.
   * @type {{ timer: NodeJS.Timeout, save: (options?: { stoppable?: boolean }) => void } | null}
   */
  #scheduledSave = null;
  /**
   * A save under way: a build stops it and waits for it to end before it reads the file or the state.
   * @type {Promise<void>}
   */
  #saving = Promise.resolve();
  /**
   * Stops the save under way (between two of its writes).
   * @type {AbortController | null}
   */
  #stopSaving = null;
  /**
   * Resolves once the last release's real path is known.
   * @type {Promise<void>}
   */
  #releaseKnown = Promise.resolve();
  /**
   * Resolves once the snapshot file's identity at the last keep() is known.
   * @type {Promise<void>}
   */
  #diskKnown = Promise.resolve();
  /** @type {LatestOnly<Routing>} */
  #routing = new LatestOnly();
  /** @type {LatestOnly<Renderer>} */
  #renderer = new LatestOnly();
  /**
   * The last release this state built.
   * @type {{ dir: string, manifest: RoutesManifest } | null}
   */
  #release = null;
  /**
   * The last build's routes: key (code version and address), and by path the template, data and fingerprint.
   * @type {{ key: string, byPath: Map<string, { template: string, data: unknown, fingerprint: string }> } | null}
   */
  #routes = null;
  /**
   * A route's search record by its path, kept while its fingerprint holds.
   * @type {Map<string, { fingerprint: string, record: SearchRecord | null }>}
   */
  #records = new Map();
  /** @type {Map<string, { records: SearchRecord[], fingerprint: string }>} */
  #shards = new Map();
  /**
   * A linked copy of the last release (`from`, its real path), made while no build runs.
   * @type {{ from: string, dir: string, ready: Promise<boolean> } | null}
   */
  #prestaged = null;

  /**
   * @override
   * @type {ColdState['previousSnapshot']}
   */
  async previousSnapshot(file, read) {
    // A newer build is starting: it saves its own snapshot, this one's save is not needed. A save under
    // way stops at its next write and leaves the file as it was: the snapshot in memory is the one to patch.
    this.#cancelScheduledSave();
    this.#stopSaving?.abort();
    await this.#saving;
    await this.#diskKnown;
    const kept = this.#snapshot;
    if (kept && kept.file === file && this.#diskStamp !== null && this.#diskStamp === (await fileStamp(file))) return kept.value;
    this.#snapshot = null;
    const value = await read();
    this.#diskStamp = await fileStamp(file);
    return value;
  }

  /** Entries of the snapshot normalised to NFC by an earlier build: a patched snapshot keeps the unchanged ones. */
  #normalized = new WeakSet();

  /**
   * @override
   * @type {ColdState['mapSiteData']}
   */
  mapSiteData(raw, cmsUrl, map) {
    return map(raw, cmsUrl, { normalized: this.#normalized });
  }

  /**
   * @override
   * @type {ColdState['routing']}
   */
  async routing(codeVersion, load) {
    return this.#routing.get(codeVersion, load);
  }

  /**
   * @override
   * @type {ColdState['renderer']}
   */
  async renderer({ codeVersion, site }, load) {
    return this.#renderer.get(`${codeVersion}\0${site}`, load);
  }

  /**
   * A route whose template and data are those of the last build keeps its
   * fingerprint without being hashed again: comparing is cheap where the
   * data shares objects with the last build's (the snapshot's unchanged
   * entries), hashing 100 MB of route data at 10,000 articles is not.
   * @override
   * @type {ColdState['manifest']}
   */
  manifest(table, options, routing) {
    const key = `${options.codeVersion}\0${options.site}`;
    const last = this.#routes?.key === key ? this.#routes.byPath : null;
    const manifest = routing.routesManifest(table.routes, options, (route) => {
      const before = last?.get(route.path);
      return before && before.template === route.template && routing.sameJson(route.data, before.data) ? before.fingerprint : undefined;
    });
    const byPath = new Map();
    for (const route of table.routes) byPath.set(route.path, { template: route.template, data: route.data, fingerprint: fingerprintIn(manifest, route.path) });
    this.#routes = { key, byPath };
    return manifest;
  }

  /**
   * A record is a function of its route's fingerprint (data, path, template and code version): kept while it holds.
   * @override
   * @type {ColdState['searchRecords']}
   */
  searchRecords(table, manifest) {
    const next = new Map();
    const records = searchRecords(table, (route) => {
      const fingerprint = fingerprintIn(manifest, route.path);
      const before = this.#records.get(route.path);
      const record = before?.fingerprint === fingerprint ? before.record : searchRecordOf(route);
      next.set(route.path, { fingerprint, record });
      return record;
    });
    this.#records = next;
    return records;
  }

  /**
   * A shard holding the very record objects it held last time has the same fingerprint.
   * @override
   * @type {ColdState['planShards']}
   */
  planShards(records) {
    const next = new Map();
    const shards = planShards(records, {
      fingerprintOf: (key, bucket) => {
        const before = this.#shards.get(key);
        const same = before && before.records.length === bucket.length && before.records.every((record, index) => record === bucket[index]);
        const fingerprint = same ? before.fingerprint : shardFingerprint(key, bucket);
        next.set(key, { records: bucket, fingerprint });
        return fingerprint;
      },
    });
    this.#shards = next;
    return shards;
  }

  /**
   * The linked copy of the previous release made after the last build, when
   * it is a copy of `previousDir`; else linked now, as a cold build does.
   * @override
   * @type {ColdState['linkUnchanged']}
   */
  async linkUnchanged(previousDir, stagingDir, plan, link) {
    await this.#releaseKnown;
    const prestaged = this.#prestaged;
    this.#prestaged = null;
    if (prestaged) {
      const ready = await prestaged.ready;
      if (ready && (await realpath(previousDir).catch(() => null)) === prestaged.from) {
        await rename(prestaged.dir, stagingDir);
        await removeChangedFiles(stagingDir, plan);
        return;
      }
      await rm(prestaged.dir, { recursive: true, force: true });
    }
    return link(previousDir, stagingDir, plan);
  }

  /**
   * In a process of its own (astro-build.mjs): a build server must not keep what Astro loads, nor double its memory.
   * @override
   * @type {ColdState['renderAll']}
   */
  renderAll(outDir) {
    return new Promise((/** @type {(value: void) => void} */ resolve, reject) => {
      const child = spawn(process.execPath, [path.join(SITE_DIR, 'scripts', 'astro-build.mjs'), outDir], { cwd: SITE_DIR, env: process.env, stdio: 'inherit' });
      child.once('error', reject);
      child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`Astro's build stopped (${signal ?? `exit code ${code}`})`))));
    });
  }

  /**
   * @override
   * @type {ColdState['previousManifest']}
   */
  async previousManifest(previousDir, read) {
    await this.#releaseKnown;
    const kept = this.#release;
    if (kept && (await realpath(previousDir).catch(() => null)) === kept.dir) return { manifest: kept.manifest };
    return read(previousDir);
  }

  /**
   * The build went out: its snapshot and manifest stand for the next build.
   * The snapshot (150 MB of JSON at 10,000 articles) is saved once the server
   * has been idle for SAVE_AFTER_IDLE_MS, so saving it is never part of
   * publish-to-live; a build that comes first takes it over from memory. A
   * server stopped before saving leaves the previous file, which the next
   * build patches further (the change record reaches back 90 days).
   * @override
   * @type {ColdState['keep']}
   */
  keep({ snapshot: handed, snapshotFile, pendingSnapshot, release, log }) {
    // A build hands its snapshot to a state that keeps it (keepsSnapshot).
    const snapshot = /** @type {SiteSnapshot} */ (handed);
    this.#snapshot = { file: snapshotFile, value: snapshot };
    // The file as it is now (older than memory, or absent after a first full build) is the one this process last saw.
    this.#diskKnown = fileStamp(snapshotFile).then((stamp) => {
      this.#diskStamp = stamp;
    });
    this.#release = null;
    this.#releaseKnown = realpath(release.dir).then(
      (dir) => {
        this.#release = { dir, manifest: release.manifest };
        this.#prestage(dir, log);
      },
      (error) => log(`the release ${release.dir} cannot be found again (${error.message}); the next build reads it from disk`),
    );
    this.#cancelScheduledSave();
    const save = (/** @type {{ stoppable?: boolean }} */ { stoppable = true } = {}) => {
      this.#scheduledSave = null;
      const stop = stoppable ? new AbortController() : null;
      this.#stopSaving = stop;
      this.#saving = (async () => {
        try {
          await writeSnapshotFile(pendingSnapshot, snapshot, { signal: stop?.signal });
          await rename(pendingSnapshot, snapshotFile);
          this.#diskStamp = await fileStamp(snapshotFile);
        } catch (error) {
          await rm(pendingSnapshot, { force: true });
          // Stopped for a newer build, which saves its own; anything else is worth a line in the log.
          if (!stop?.signal.aborted)
            log(`could not save the content snapshot (the next build after a restart fetches more): ${/** @type {Error} */ (error).message}`);
        } finally {
          if (this.#stopSaving === stop) this.#stopSaving = null;
        }
      })();
    };
    this.#scheduledSave = { timer: setTimeout(save, SAVE_AFTER_IDLE_MS), save };
  }

  #cancelScheduledSave() {
    if (!this.#scheduledSave) return;
    clearTimeout(this.#scheduledSave.timer);
    this.#scheduledSave = null;
  }

  /**
   * Links a copy of the release just built for the next build to start from
   * (named like a staging folder with this process's id, so one left by a
   * stopped server is removed by the next build). Linking 30,000 files takes
   * seconds; made now, a publish does not wait for it.
   * @param {string} releaseDir
   * @param {(message: string) => void} log
   */
  #prestage(releaseDir, log) {
    const dir = `${releaseDir}.staging-${Date.now()}-${process.pid}.next`;
    const ready = linkRelease(releaseDir, dir).then(
      () => true,
      async (error) => {
        log(`could not link a copy of ${releaseDir} ahead of the next build (it links one itself): ${error.message}`);
        await rm(dir, { recursive: true, force: true });
        return false;
      },
    );
    this.#prestaged = { from: releaseDir, dir, ready };
  }

  /**
   * A warm build reports without waiting for the snapshot to be saved.
   * @override
   * @type {ColdState['settled']}
   */
  settled() {
    return Promise.resolve();
  }

  /** Saves a snapshot whose saving was put off, and removes the linked copy (a build server does this before it exits). */
  async idle() {
    const scheduled = this.#scheduledSave;
    if (scheduled) {
      clearTimeout(scheduled.timer);
      // The server is going: nothing may stop this save.
      scheduled.save({ stoppable: false });
    }
    await this.#saving;
    await this.#releaseKnown;
    const prestaged = this.#prestaged;
    this.#prestaged = null;
    if (prestaged) {
      await prestaged.ready;
      await rm(prestaged.dir, { recursive: true, force: true });
    }
  }
}

/**
 * A route's fingerprint in the manifest made from the same route table.
 * @param {RoutesManifest} manifest
 * @param {string} routePath
 */
function fingerprintIn(manifest, routePath) {
  const entry = manifest.routes[routePath];
  if (!entry) throw new Error(`the routes manifest has no ${routePath}`);
  return entry.fingerprint;
}
