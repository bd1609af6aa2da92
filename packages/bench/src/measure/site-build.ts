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

/** One full build into `outDir` (which must not exist yet: an empty output folder). */
export async function measureSiteBuild(cms: { url: string; token: string }, outDir: string, timeoutMs: number): Promise<BuildMeasurement> {
  const run = await runMeasured(process.execPath, [SITE_BUILD_SCRIPT], {
    cwd: SITE_DIR,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CMS_URL: cms.url,
      CMS_TOKEN: cms.token,
      SITE_OUT_DIR: outDir,
      SITE_URL: 'https://hoilhpn.example.vn',
      // The figure is the full build: without this a second run would patch the first one's content snapshot.
      SITE_FULL_BUILD: '1',
    },
    timeoutMs,
  });
  if (run.code !== 0) {
    throw new Error(`the site build failed (${run.timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `exit ${run.code ?? run.signal}`}):\n${(run.stdout + run.stderr).slice(-4000)}`);
  }
  const info = JSON.parse(await readFile(`${outDir}/build-info.json`, 'utf8')) as { articles: number; pages: number; phases?: BuildPhases };
  if (!info.phases) throw new Error('build-info.json has no "phases": site/scripts/build.mjs predates the per-phase timings');
  const size = await folderSize(outDir);
  return { wallMs: run.wallMs, phases: info.phases, articles: info.articles, pages: info.pages, files: size.files, outputBytes: size.bytes, memory: run.memory };
}
