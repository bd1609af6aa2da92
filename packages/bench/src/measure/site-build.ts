import { readFile } from 'node:fs/promises';
import { SITE_BUILD_SCRIPT, SITE_DIR } from '../paths.js';
import { runMeasured } from './child-processes.js';
import { folderSize } from './folder-size.js';
import type { MemoryPeak } from './process-memory.js';

/** Phases site/scripts/build.mjs writes into build-info.json, in milliseconds. */
export type BuildPhases = Partial<Record<'fetch' | 'media' | 'render' | 'search' | 'verify' | 'swap', number>>;

export interface BuildMeasurement {
  /** From starting `node site/scripts/build.mjs` to its exit, measured outside. */
  wallMs: number;
  phases: BuildPhases;
  articles: number;
  pages: number;
  files: number;
  outputBytes: number;
  memory: MemoryPeak;
}

/**
 * One full build into `outDir` (which must not exist yet: an empty output
 * folder). `cold` fetches everything and writes the content snapshot to
 * `snapshotFile`; `from-snapshot` renders everything too, but patches that
 * snapshot with the CMS's change record instead of fetching it all.
 */
export async function measureSiteBuild(
  cms: { url: string; token: string },
  outDir: string,
  timeoutMs: number,
  { kind, snapshotFile }: { kind: 'cold' | 'from-snapshot'; snapshotFile: string },
): Promise<BuildMeasurement> {
  const run = await runMeasured(process.execPath, [SITE_BUILD_SCRIPT], {
    cwd: SITE_DIR,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CMS_URL: cms.url,
      CMS_TOKEN: cms.token,
      SITE_OUT_DIR: outDir,
      SITE_URL: 'https://hoilhpn.example.vn',
      SITE_CONTENT_SNAPSHOT: snapshotFile,
      // No SITE_PREVIOUS_RELEASE: every route is rendered either way.
      ...(kind === 'cold' ? { SITE_FULL_BUILD: '1' } : {}),
    },
    timeoutMs,
  });
  if (run.code !== 0) {
    throw new Error(
      `the site build failed (${run.timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `exit ${run.code ?? run.signal}`}):\n${(run.stdout + run.stderr).slice(-4000)}`,
    );
  }
  const info = JSON.parse(await readFile(`${outDir}/build-info.json`, 'utf8')) as { articles: number; pages: number; phases?: BuildPhases };
  if (!info.phases) throw new Error('build-info.json has no "phases": site/scripts/build.mjs predates the per-phase timings');
  const size = await folderSize(outDir);
  return {
    wallMs: run.wallMs,
    phases: info.phases,
    articles: info.articles,
    pages: info.pages,
    files: size.files,
    outputBytes: size.bytes,
    memory: run.memory,
  };
}
