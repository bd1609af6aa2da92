import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerCleanup } from './cleanup.js';
import { postgresDatabase, sqliteDatabase, type BenchDatabase } from './cms/bench-database.js';
import { startCms, type RunningCms } from './cms/cms-server.js';
import { SEED_ENV, type SeedReport } from './cms/seed-contract.js';
import { measureFetch, type FetchMeasurement } from './measure/fetch-content.js';
import { freePort } from '@hoilhpn/testing/free-port';
import { measurePageWeights, type PageWeight } from './measure/page-weight.js';
import { measureSiteBuild, type BuildMeasurement } from './measure/site-build.js';
import type { BenchOptions } from './options.js';
import { CMS_DIR, SITE_MEDIA_CACHE } from './paths.js';
import { DEFAULT_DEBOUNCE_MS as PUBLISH_DEBOUNCE_MS } from '@hoilhpn/rebuild';
import { startLiveStack, type LiveStack } from './publish/live-stack.js';
import { measurePublishToLive, PUBLISH_EDITS, type PublishEdit, type PublishMeasurement } from './publish/publish-to-live.js';
import type { BenchResult } from './report/bench-result.js';
import { describeMachine } from './report/machine.js';
import { summarize } from './report/stats.js';

/* seed-setup.ts under tsx (bin/bench.mjs), seed-setup.js when run from the compiled dist/. */
const SEED_SETUP_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cms', `seed-setup${path.extname(fileURLToPath(import.meta.url))}`);

/* Generous limits that grow with the content: they catch a hang, they are not targets. */
export function timeoutsFor(articles: number) {
  return {
    cmsReady: 300_000 + articles * 200,
    fetch: 120_000 + articles * 30,
    build: 180_000 + articles * 100,
    publish: 240_000 + articles * 100,
  };
}

interface RunMeasurement {
  notes: string[];
  seed: SeedReport;
  cmsPeakBytes: number;
  fetch: FetchMeasurement;
  build: BuildMeasurement;
  fromSnapshot: BuildMeasurement;
  pageWeights: PageWeight[];
  publish: PublishMeasurement[];
}

type Log = (line: string) => void;

/**
 * Removes the image files a run uploaded into cms/public/uploads (the database
 * that knew them is gone) and the builds' copies of them in site/.cache/media,
 * named there "<name in lower case, dashes>.<content hash><ext>" (packages/content/src/copy-media.ts).
 */
function removeUploads(reportFile: string): void {
  if (!existsSync(reportFile)) return;
  const { uploadedFiles = [] } = JSON.parse(readFileSync(reportFile, 'utf8')) as Partial<SeedReport>;
  const uploads = path.join(CMS_DIR, 'public', 'uploads');
  const cached = existsSync(SITE_MEDIA_CACHE) ? readdirSync(SITE_MEDIA_CACHE) : [];
  for (const url of uploadedFiles) {
    const file = path.join(CMS_DIR, 'public', url);
    if (!file.startsWith(`${uploads}${path.sep}`)) continue;
    rmSync(file, { force: true });
    const stem = path
      .basename(file, path.extname(file))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)
      .replace(/^-|-$/g, '');
    for (const name of cached.filter((entry) => entry.startsWith(`${stem}.`))) rmSync(path.join(SITE_MEDIA_CACHE, name), { force: true });
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, 6)
    .join(' ')
    .slice(0, 500);
}

/** Runs `work`; after a failure, tells `onFailure` and runs it once more (a second failure is thrown). */
async function withOneRetry<T>(work: () => Promise<T>, onFailure: (error: unknown) => void): Promise<T> {
  try {
    return await work();
  } catch (error) {
    onFailure(error);
    return work();
  }
}

/** One run on a fresh database: seed, fetch, build; on request also page weights and publish-to-live. */
async function benchmarkRun(articles: number, run: number, options: BenchOptions, last: boolean, log: Log): Promise<RunMeasurement> {
  const timeouts = timeoutsFor(articles);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-bench-'));
  const seedReportFile = path.join(workDir, 'seed-report.json');
  let database: BenchDatabase | null = null;
  let stack: LiveStack | null = null;
  let cms: RunningCms | null = null;
  const say = (line: string) => log(`[${articles} articles, run ${run}/${options.runs}] ${line}`);
  // Also run by main.ts on Ctrl-C, after the CMS and builds are stopped.
  const cleanUp = registerCleanup(async () => {
    stack?.service.close();
    await database?.drop().catch((error: unknown) => say(`could not drop the database: ${(error as Error).message}`));
    removeUploads(seedReportFile);
    rmSync(workDir, { recursive: true, force: true });
  });
  try {
    database = options.database === 'postgres' ? await postgresDatabase(options.postgresUrl) : sqliteDatabase(workDir);
    // The CMS's webhook must point at the rebuild service from its first boot, as in a deployment.
    stack = await startLiveStack(path.join(workDir, 'live'), PUBLISH_DEBOUNCE_MS);
    say(`starting the CMS on a fresh ${database.kind} database and seeding`);
    const running = await startCms({
      port: await freePort(),
      databaseEnv: database.env,
      setupModule: SEED_SETUP_MODULE,
      env: {
        [SEED_ENV.articles]: String(articles),
        [SEED_ENV.reportFile]: seedReportFile,
        SITE_REBUILD_URL: stack.webhook.url,
        SITE_REBUILD_SECRET: stack.webhook.secret,
      },
      readyTimeoutMs: timeouts.cmsReady,
      log: options.verbose ? (line) => say(`cms: ${line}`) : undefined,
    });
    cms = running;
    const live = stack;
    const seed = JSON.parse(readFileSync(seedReportFile, 'utf8')) as SeedReport;
    say(
      `seeded ${seed.articles + seed.draftArticles} articles in ${(seed.articlesMs / 1000).toFixed(1)} s (${seed.articlesPerSecond.toFixed(0)}/s); CMS ready after ${(cms.startupMs / 1000).toFixed(1)} s`,
    );
    stack.connectCms(cms);

    const fetch = await measureFetch(cms, timeouts.fetch);
    say(`fetch: ${(fetch.fetchMs / 1000).toFixed(2)} s, ${fetch.articles} articles, ${(fetch.memory.peakBytes / 1e6).toFixed(0)} MB peak`);

    // Not created beforehand: the build starts from an empty output folder.
    const outDir = path.join(workDir, 'site-out');
    const notes: string[] = [];
    const snapshotFile = path.join(workDir, 'content-snapshot.json');
    const build = await withOneRetry(
      () => measureSiteBuild(running, outDir, timeouts.build, { kind: 'cold', snapshotFile }),
      (error) => {
        // Another build in site/ at the same moment (a shared machine) can trip Astro's own cache folder.
        notes.push(`run ${run}: a build failed and was run again (the failed attempt is not counted): ${firstLine(error)}`);
        say(notes[notes.length - 1]!);
        rmSync(outDir, { recursive: true, force: true });
      },
    );
    say(
      `build: ${(build.wallMs / 1000).toFixed(1)} s, ${build.pages} pages, ${(build.memory.peakBytes / 1e6).toFixed(0)} MB peak; phases ${JSON.stringify(build.phases)}`,
    );
    const pageWeights = last ? await measurePageWeights(outDir) : [];
    rmSync(outDir, { recursive: true, force: true });
    const fromSnapshot = await measureSiteBuild(running, outDir, timeouts.build, { kind: 'from-snapshot', snapshotFile });
    rmSync(outDir, { recursive: true, force: true });
    say(
      `build from the snapshot: ${(fromSnapshot.wallMs / 1000).toFixed(1)} s, ${(fromSnapshot.memory.peakBytes / 1e6).toFixed(0)} MB peak; phases ${JSON.stringify(fromSnapshot.phases)}`,
    );

    let publish: PublishMeasurement[] = [];
    if (last && options.publish) {
      // A failure here must not throw away the other figures of the size: it is noted instead.
      try {
        say('publish-to-live: building the first release');
        await withOneRetry(
          () => live.publishFirstRelease(timeouts.publish),
          (error) => say(`the first release failed, trying once more: ${firstLine(error)}`),
        );
        // On a running site the warm renderer exists (built once per code version and address); the live stack's address is new each run.
        say('publish-to-live: one untimed build with nothing changed, which builds the warm renderer');
        await live.warmUp(timeouts.publish);
        publish = await measurePublishToLive(
          stack,
          cms,
          { category: seed.sampleCategory, article: seed.sampleArticle },
          { runs: options.runs, timeoutMs: timeouts.publish, debounceMs: PUBLISH_DEBOUNCE_MS, log: say },
        );
      } catch (error) {
        notes.push(`publish-to-live failed: ${firstLine(error)}`);
        say(notes[notes.length - 1]!);
      }
    }
    return { notes, seed, cmsPeakBytes: cms.startupMemory.peakBytes, fetch, build, fromSnapshot, pageWeights, publish };
  } finally {
    await stack?.stop();
    await cms?.stop();
    await cleanUp();
  }
}

/** Every figure for one content size: `options.runs` runs, each on a fresh database. */
export async function benchmarkSize(articles: number, options: BenchOptions, log: Log): Promise<BenchResult> {
  const startedAt = new Date().toISOString();
  const runs: RunMeasurement[] = [];
  for (let run = 1; run <= options.runs; run += 1) runs.push(await benchmarkRun(articles, run, options, run === options.runs, log));
  const lastRun = runs[runs.length - 1]!;
  const of = (pick: (run: RunMeasurement) => number) => summarize(runs.map(pick));
  const phaseNames = [...new Set(runs.flatMap((run) => Object.keys(run.build.phases)))];
  const publishes = lastRun.publish;
  const ofEdit = (edit: PublishEdit) => publishes.filter((publish) => publish.edit === edit);
  return {
    articles,
    database: options.database,
    runs: options.runs,
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: describeMachine(),
    content: {
      publishedArticles: lastRun.fetch.articles,
      draftArticles: lastRun.seed.draftArticles,
      counts: lastRun.seed.counts,
    },
    seeding: {
      articlesPerSecond: of((run) => run.seed.articlesPerSecond),
      articlesMs: of((run) => run.seed.articlesMs),
      totalMs: of((run) => run.seed.totalMs),
      cmsPeakBytes: of((run) => run.cmsPeakBytes),
    },
    fetch: {
      wallMs: of((run) => run.fetch.fetchMs),
      peakBytes: of((run) => run.fetch.memory.peakBytes),
      responseBytes: lastRun.fetch.responseBytes,
      entries: lastRun.fetch.entries,
    },
    build: {
      wallMs: of((run) => run.build.wallMs),
      peakBytes: of((run) => run.build.memory.peakBytes),
      phases: Object.fromEntries(phaseNames.map((name) => [name, of((run) => run.build.phases[name as keyof typeof run.build.phases] ?? 0)])),
      pages: lastRun.build.pages,
      files: lastRun.build.files,
      outputBytes: lastRun.build.outputBytes,
      fromSnapshot: {
        wallMs: of((run) => run.fromSnapshot.wallMs),
        peakBytes: of((run) => run.fromSnapshot.memory.peakBytes),
        fetchMs: of((run) => run.fromSnapshot.phases.fetch ?? 0),
      },
    },
    publish:
      ofEdit('new article').length > 0
        ? {
            wallMs: summarize(ofEdit('new article').map((publish) => publish.wallMs)),
            buildMs: summarize(ofEdit('new article').map((publish) => publish.buildMs ?? 0)),
            debounceMs: PUBLISH_DEBOUNCE_MS,
            edits: Object.fromEntries(
              PUBLISH_EDITS.filter((edit) => ofEdit(edit).length > 0).map((edit) => [
                edit,
                {
                  wallMs: summarize(ofEdit(edit).map((publish) => publish.wallMs)),
                  buildMs: summarize(ofEdit(edit).map((publish) => publish.buildMs ?? 0)),
                  seenMs: summarize(ofEdit(edit).map((publish) => publish.seenMs)),
                  // The last run's build, phase by phase: where a publish spends its time.
                  phases: ofEdit(edit).at(-1)?.phases ?? undefined,
                  routes: ofEdit(edit).at(-1)?.routes ?? undefined,
                },
              ]),
            ),
          }
        : null,
    pageWeights: lastRun.pageWeights,
    notes: runs.flatMap((run) => run.notes),
  };
}
