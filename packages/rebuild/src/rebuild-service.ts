import type { ChildProcess } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { BuildScheduler, type BuildRequest } from './build-scheduler.js';
import { ReleaseStore, type RolledBack } from './releases.js';
import { BuildServer } from './build-server.js';
import { OwnerLock } from './owner-lock.js';
import { releaseEnv, runBuild, type BuildCommand } from './run-build.js';
import type { BuildInfo } from './build-info.js';
import { validateRelease } from './validate-release.js';

export interface RebuildServiceOptions {
  root: string;
  buildCommand: BuildCommand;
  debounceMs: number;
  keepReleases: number;
  maxArticleDrop: number;
  log?: (message: string) => void;
}

export interface LastBuild {
  release: string;
  reason: string;
  startedAt: string;
  durationMs: number | null;
  /** When it ended; for a `live` build, the moment readers got it (the switch). */
  finishedAt: string | null;
  /** `discarded`: finished after a rollback it started before, so it never went live. */
  result: 'running' | 'live' | 'failed' | 'rejected' | 'discarded';
  error: string | null;
  pages: number | null;
  articles: number | null;
  /** Asked for: `full` (POST /build?full=1, `build --full`) or `incremental` from the live release; what ran is `kind`. */
  requested: 'full' | 'incremental';
  kind: BuildInfo['kind'] | null;
  fullReason: string | null;
  routes: BuildInfo['routes'] | null;
  phases: BuildInfo['phases'] | null;
}

/** Builds releases on request, one at a time, and puts good ones live. */
/** In the releases folder: which service owns it (owner-lock.ts). */
export const LOCK_FILE = 'rebuild.lock';

export class RebuildService {
  private lock: OwnerLock | undefined;
  readonly releases: ReleaseStore;
  readonly scheduler: BuildScheduler;
  lastBuild: LastBuild | null = null;
  buildsStarted = 0;
  /** Set by a rollback; cleared when a newer release goes live. */
  rolledBack: RolledBack | null = null;
  private child: ChildProcess | null = null;
  /** Set when the build command is a build server: kept running between builds. */
  private readonly buildServer: BuildServer | null;
  /** Counts rollbacks: a build that sees another value at its end started before one. */
  private rollbacks = 0;
  /* Rollbacks and activations take turns, so a build cannot go live between a rollback's check and its switch. */
  private liveTurn: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: RebuildServiceOptions) {
    this.releases = new ReleaseStore(options.root);
    this.buildServer = options.buildCommand.server ? new BuildServer(options.buildCommand) : null;
    this.scheduler = new BuildScheduler({
      debounceMs: options.debounceMs,
      build: (request) => this.build(request),
      onError: (error) => this.log(`build error: ${(error as Error).message}`),
    });
  }

  async init(): Promise<void> {
    // First, before anything is cleaned up: a second service would remove the first one's build in progress.
    await mkdir(this.options.root, { recursive: true });
    this.lock = OwnerLock.acquire(path.join(this.options.root, LOCK_FILE));
    try {
      await this.releases.init();
      await this.releases.removeIncomplete();
      this.rolledBack = await this.releases.readRolledBack();
    } catch (error) {
      this.lock.release();
      this.lock = undefined;
      throw error;
    }
  }

  /**
   * Switches the live site back to the release before it, and keeps it there
   * until new content arrives: the build running now, and requests queued
   * before the rollback, never go live; the next "content changed" builds as usual.
   */
  rollback(): Promise<string> {
    return this.inLiveTurn(async () => {
      const from = this.releases.liveId();
      const to = await this.releases.rollback();
      this.rollbacks += 1;
      this.rolledBack = { at: new Date().toISOString(), from: from ?? '', to };
      await this.releases.writeRolledBack(this.rolledBack);
      const dropped = this.scheduler.dropQueued();
      const running = this.scheduler.isBuilding ? '; the build running now will be discarded' : '';
      this.log(`rolled back from ${from} to ${to}${running}${dropped ? '; builds queued before the rollback dropped' : ''}`);
      return to;
    });
  }

  /** "Content changed": queue a build (coalesced); `full` renders every route, not only the changed ones. */
  notify(reason: string, force = false, full = false): void {
    this.scheduler.request({ reason, force, full });
  }

  /** The process of the build running now (the build server's, when there is one), if any. */
  get buildProcessId(): number | undefined {
    return this.child && this.child.exitCode === null ? this.child.pid : undefined;
  }

  /** Stops a running build (its release is discarded; live stays as it was). */
  killCurrentBuild(): boolean {
    if (!this.child || this.child.exitCode !== null) return false;
    this.child.kill('SIGKILL');
    return true;
  }

  /** Stops the build running now, if any, and the build server. */
  close(): void {
    this.killCurrentBuild();
    this.buildServer?.stop();
    this.lock?.release();
    this.lock = undefined;
  }

  async status() {
    const live = this.releases.liveId();
    return {
      live: live ? { release: live, ...(await this.releases.buildInfo(live)) } : null,
      rolledBack: this.rolledBack,
      building: this.scheduler.isBuilding,
      queue: this.scheduler.queue,
      eventsReceived: this.scheduler.eventsReceived,
      buildsStarted: this.buildsStarted,
      lastBuild: this.lastBuild,
      releases: await this.releases.list(),
    };
  }

  private log(message: string): void {
    this.options.log?.(`rebuild: ${message}`);
  }

  private inLiveTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.liveTurn.then(work);
    this.liveTurn = turn.catch(() => {});
    return turn;
  }

  private async build({ reason, force, full = false }: BuildRequest): Promise<void> {
    const rollbacksAtStart = this.rollbacks;
    const { id, dir } = this.releases.newReleaseDir();
    const started = Date.now();
    this.buildsStarted += 1;
    // The live release is what readers have: an incremental build takes its unchanged files over.
    const env = releaseEnv({ full, liveDir: this.releases.liveDir() });
    const requested = env.SITE_PREVIOUS_RELEASE ? 'incremental' : 'full';
    this.lastBuild = {
      release: id,
      reason,
      startedAt: new Date(started).toISOString(),
      durationMs: null,
      finishedAt: null,
      result: 'running',
      error: null,
      pages: null,
      articles: null,
      requested,
      kind: null,
      fullReason: null,
      routes: null,
      phases: null,
    };
    this.log(`building release ${id} (${reason}; ${requested === 'full' ? 'full' : `incremental from ${path.basename(env.SITE_PREVIOUS_RELEASE!)}`})`);
    const onStart = (child: ChildProcess) => (this.child = child);
    const outcome = this.buildServer ? await this.buildServer.run(dir, env, onStart) : await runBuild(this.options.buildCommand, dir, onStart, env);
    this.child = null;
    const finish = (result: LastBuild['result'], error: string | null) => {
      const finished = Date.now();
      this.lastBuild = { ...this.lastBuild!, durationMs: finished - started, finishedAt: new Date(finished).toISOString(), result, error };
      this.log(`release ${id}: ${result}${error ? `: ${error}` : ''} (${finished - started} ms)`);
    };
    if (!outcome.ok) {
      await rm(dir, { recursive: true, force: true });
      const lines = outcome.output.trim().split('\n').slice(-6).join('\n');
      finish('failed', outcome.signal ? `build killed (${outcome.signal})` : `build exited with ${outcome.code}: ${lines}`);
      return;
    }
    const info = await this.releases.buildInfo(id);
    this.lastBuild = {
      ...this.lastBuild!,
      pages: info?.pages ?? null,
      articles: info?.articles ?? null,
      kind: info?.kind ?? null,
      fullReason: info?.fullReason ?? null,
      routes: info?.routes ?? null,
      phases: info?.phases ?? null,
    };
    await this.inLiveTurn(async () => {
      const rolledBackSinceStart = this.rollbacks !== rollbacksAtStart ? this.rolledBack : null;
      if (rolledBackSinceStart) {
        await rm(dir, { recursive: true, force: true });
        const { at, to } = rolledBackSinceStart;
        finish(
          'discarded',
          `the site was rolled back to ${to} at ${at}, after this build started; it does not go live. The next content change (or POST /build) builds again.`,
        );
        return;
      }
      const liveId = this.releases.liveId();
      const liveInfo = liveId ? await this.releases.buildInfo(liveId) : null;
      const problem = validateRelease(dir, info, liveInfo, { maxArticleDrop: this.options.maxArticleDrop, force });
      if (problem) {
        await rm(dir, { recursive: true, force: true });
        finish('rejected', problem);
        return;
      }
      await this.releases.activate(id);
      if (this.rolledBack) {
        this.rolledBack = null;
        await this.releases.writeRolledBack(null);
      }
      // The release is live now: its time is publish-to-live, the old releases' removal is housekeeping.
      finish('live', null);
      await this.releases.prune(this.options.keepReleases);
    });
  }
}
