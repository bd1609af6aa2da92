import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BuildServer } from '../../../packages/rebuild/src/build-server';
import { buildSite, SITE_DIR } from '@hoilhpn/testing/cms-process';

/** What build-info.json says of how a release was made. */
export interface ReleaseBuildInfo {
  kind: 'full' | 'incremental';
  fullReason?: string;
  fetch: { kind: 'full' | 'incremental' | 'unchanged'; reason?: string };
  routes: { rendered: number; reused: number; deleted: number };
  phases: Record<string, number>;
}

/**
 * The build server the rebuild service keeps running (site/scripts/build-server.mjs),
 * on `snapshot`: its releases are built with the last build still in memory.
 */
export function releaseServer(cms: { url: string; token: string }, { siteUrl, snapshot }: { siteUrl: string; snapshot: string }): BuildServer {
  return new BuildServer({
    command: process.execPath,
    args: [path.join(SITE_DIR, 'scripts', 'build-server.mjs')],
    server: true,
    cwd: SITE_DIR,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CMS_URL: cms.url, CMS_TOKEN: cms.token, SITE_URL: siteUrl, SITE_CONTENT_SNAPSHOT: snapshot },
  });
}

/**
 * One release into `dir`: incremental from `previous` (render and fetch), or,
 * without it, a full build that fetches everything. `snapshot` is the content
 * snapshot file the build patches and then replaces. With `server` (from
 * releaseServer, on the same snapshot) the build server makes it, else one
 * `scripts/build.mjs` process.
 */
export async function buildRelease(
  cms: { url: string; token: string },
  dir: string,
  { siteUrl, previous, snapshot, label = '', server }: { siteUrl: string; previous?: string | null; snapshot: string; label?: string; server?: BuildServer },
): Promise<{ dir: string; info: ReleaseBuildInfo }> {
  const releaseEnv: Record<string, string> = previous ? { SITE_PREVIOUS_RELEASE: previous } : { SITE_FULL_BUILD: '1' };
  if (server) {
    const outcome = await server.run(dir, releaseEnv);
    if (!outcome.ok) throw new Error(`${label}build ${path.basename(dir)} (build server) failed:\n${outcome.output}`);
  } else {
    const result = await buildSite({
      CMS_URL: cms.url,
      CMS_TOKEN: cms.token,
      SITE_OUT_DIR: dir,
      SITE_URL: siteUrl,
      SITE_CONTENT_SNAPSHOT: snapshot,
      ...releaseEnv,
    });
    if (result.code !== 0) throw new Error(`${label}build ${path.basename(dir)} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { dir, info: JSON.parse(readFileSync(path.join(dir, 'build-info.json'), 'utf8')) as ReleaseBuildInfo };
}
