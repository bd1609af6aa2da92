import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildInfo } from './build-info.js';
import { validateRelease } from './validate-release.js';

/** A deployed site that does not answer within this is treated as unreadable, not waited on until the job's own limit. */
const FETCH_TIMEOUT_MS = 30_000;

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
 * deployed (its home page and build-info.json both 404) has nothing to compare
 * with; a deployed site that cannot be read, or a home page without
 * build-info.json (a wrong address), stops the deploy, since the drop it
 * guards against would go unseen. A release without articles needs force.
 */
export async function checkRelease(dir: string, { liveUrl, maxArticleDrop, force = false }: CheckReleaseOptions): Promise<CheckReleaseResult> {
  const info = await readFile(path.join(dir, 'build-info.json'), 'utf8').then(
    (text) => JSON.parse(text) as BuildInfo,
    () => null,
  );
  let live: BuildInfo | null = null;
  let against = 'nothing deployed to compare with';
  if (liveUrl) {
    const home = liveUrl.endsWith('/') ? liveUrl : `${liveUrl}/`;
    const address = new URL('build-info.json', home).href;
    let response: Response;
    try {
      response = await fetch(address, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    } catch (error) {
      return { ok: false, message: `cannot read the deployed ${address}: ${(error as Error).message}` };
    }
    if (response.status === 404) {
      const homeStatus = await fetch(home, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) }).then(
        (answer) => answer.status,
        () => 0,
      );
      if (homeStatus !== 404) {
        return { ok: false, message: `${home} answers (HTTP ${homeStatus}) but has no build-info.json: is it the address the site is deployed at?` };
      }
      against = `nothing deployed yet (${home} and ${address}: 404)`;
    } else if (!response.ok) return { ok: false, message: `cannot read the deployed ${address}: HTTP ${response.status}` };
    else {
      try {
        live = (await response.json()) as BuildInfo;
      } catch {
        return { ok: false, message: `the deployed ${address} is not JSON` };
      }
      against = `the deployed release (${live.articles} articles, built ${live.builtAt})`;
    }
  }
  if (info && info.articles === 0 && !force) return { ok: false, message: `${dir}: the build holds no articles; run with force to deploy it anyway` };
  const problem = validateRelease(dir, info, live, { maxArticleDrop, force });
  if (problem) return { ok: false, message: `${dir}: ${problem}` };
  return { ok: true, message: `${dir}: ${info?.articles ?? 0} articles, ${info?.pages ?? 0} pages; compared with ${against}${force ? ' (forced)' : ''}` };
}
