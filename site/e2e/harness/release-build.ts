import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from './cms-process';

/** What build-info.json says of how a release was made. */
export interface ReleaseBuildInfo {
  kind: 'full' | 'incremental';
  fullReason?: string;
  fetch: { kind: 'full' | 'incremental' | 'unchanged'; reason?: string };
  routes: { rendered: number; reused: number; deleted: number };
  phases: Record<string, number>;
}

/**
 * One release into `dir`: incremental from `previous` (render and fetch), or,
 * without it, a full build that fetches everything. `snapshot` is the content
 * snapshot file the build patches and then replaces.
 */
export async function buildRelease(
  cms: { url: string; token: string },
  dir: string,
  { siteUrl, previous, snapshot, label = '' }: { siteUrl: string; previous?: string | null; snapshot: string; label?: string },
): Promise<{ dir: string; info: ReleaseBuildInfo }> {
  const result = await buildSite({
    CMS_URL: cms.url,
    CMS_TOKEN: cms.token,
    SITE_OUT_DIR: dir,
    SITE_URL: siteUrl,
    SITE_CONTENT_SNAPSHOT: snapshot,
    ...(previous ? { SITE_PREVIOUS_RELEASE: previous } : { SITE_FULL_BUILD: '1' }),
  });
  if (result.code !== 0) throw new Error(`${label}build ${path.basename(dir)} failed:\n${result.stdout}\n${result.stderr}`);
  return { dir, info: JSON.parse(readFileSync(path.join(dir, 'build-info.json'), 'utf8')) as ReleaseBuildInfo };
}
