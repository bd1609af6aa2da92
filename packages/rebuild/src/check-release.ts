import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildInfo } from './build-info.js';
import { validateRelease } from './validate-release.js';

export interface CheckReleaseOptions {
  /** The deployed site's address: its build-info.json is what the release is compared with. */
  liveUrl?: string;
  maxArticleDrop: number;
  force?: boolean;
}

export interface CheckReleaseResult {
  ok: boolean;
  /** What was compared and why it passed or not, in words for the log of a deploy job. */
  message: string;
}

/**
 * The rebuild service's release rules for a release built elsewhere (the
 * GitHub Pages workflow): the same required files and the same article-drop
 * rule, against the build-info.json of what is deployed now. A site never
 * deployed (404) has nothing to compare with; a deployed site that cannot be
 * read stops the deploy, since the drop it guards against would go unseen.
 */
export async function checkRelease(dir: string, { liveUrl, maxArticleDrop, force = false }: CheckReleaseOptions): Promise<CheckReleaseResult> {
  const info = await readFile(path.join(dir, 'build-info.json'), 'utf8').then(
    (text) => JSON.parse(text) as BuildInfo,
    () => null,
  );
  let live: BuildInfo | null = null;
  let against = 'nothing deployed to compare with';
  if (liveUrl) {
    const address = new URL('build-info.json', liveUrl.endsWith('/') ? liveUrl : `${liveUrl}/`).href;
    let response: Response;
    try {
      response = await fetch(address, { headers: { accept: 'application/json' } });
    } catch (error) {
      return { ok: false, message: `cannot read the deployed ${address}: ${(error as Error).message}` };
    }
    if (response.status === 404) against = `nothing deployed yet (${address}: 404)`;
    else if (!response.ok) return { ok: false, message: `cannot read the deployed ${address}: HTTP ${response.status}` };
    else {
      try {
        live = (await response.json()) as BuildInfo;
      } catch {
        return { ok: false, message: `the deployed ${address} is not JSON` };
      }
      against = `the deployed release (${live.articles} articles, built ${live.builtAt})`;
    }
  }
  const problem = validateRelease(dir, info, live, { maxArticleDrop, force });
  if (problem) return { ok: false, message: `${dir}: ${problem}` };
  return { ok: true, message: `${dir}: ${info?.articles ?? 0} articles, ${info?.pages ?? 0} pages; compared with ${against}${force ? ' (forced)' : ''}` };
}
