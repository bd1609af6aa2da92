import { existsSync } from 'node:fs';
import path from 'node:path';
import { REQUIRED_FILES, type BuildInfo } from './build-info.js';

export interface ValidationOptions {
  /** Largest share of articles a release may lose against the live one when it cannot be shown to come from the same CMS (0.5: half). */
  maxArticleDrop: number;
  force?: boolean;
}

/**
 * Null when the release may go live, else why not, in words for the operator.
 *
 * Losing articles is normal (editors unpublish and delete), reading the wrong
 * or an emptied database is not. A release built from the same CMS database as
 * the live one, holding exactly the articles that CMS reported, goes live
 * however many it lost. Only when that cannot be shown does a sharp drop stop it.
 */
export function validateRelease(
  dir: string,
  info: BuildInfo | null,
  live: BuildInfo | null,
  { maxArticleDrop, force = false }: ValidationOptions,
): string | null {
  const missing = REQUIRED_FILES.filter((file) => !existsSync(path.join(dir, file)));
  if (missing.length > 0) return `the release lacks ${missing.join(', ')}`;
  if (!info) return 'the release has no readable build-info.json';
  if (info.pages === 0) return 'the release has no pages';
  if (force) return null;
  const reported = info.cms?.reported?.articles;
  if (reported !== undefined && reported !== info.articles) {
    return `the build holds ${info.articles} articles but the CMS reported ${reported}: the fetch was incomplete; rebuild with force to publish it anyway`;
  }
  if (!live || live.articles <= 0) return null;
  const drop = (live.articles - info.articles) / live.articles;
  if (drop <= maxArticleDrop) return null;
  const unproven = whyNotTheSameCms(info, live);
  if (!unproven) return null;
  return (
    `${unproven}, and the article count would fall from ${live.articles} to ${info.articles} ` +
    `(${Math.round(drop * 100)}%, more than ${Math.round(maxArticleDrop * 100)}%). ` +
    'Check CMS_URL and CMS_TOKEN; if this is the right CMS, rebuild with force to publish it anyway'
  );
}

/** Null when the release provably comes from the CMS database the live release was built from. */
function whyNotTheSameCms(info: BuildInfo, live: BuildInfo): string | null {
  const was = live.cms?.identity ?? null;
  const now = info.cms?.identity ?? null;
  if (info.cms?.reported?.articles === undefined) return 'the build did not record what the CMS reported';
  if (!was) return 'the live release does not record which CMS it was built from';
  if (!now) return `the CMS does not say which one it is (the live site was built from identity ${short(was)})`;
  if (now !== was) return `the CMS is not the one the live site was built from (identity ${short(was)} → ${short(now)})`;
  return null;
}

const short = (identity: string) => (identity.length > 8 ? `${identity.slice(0, 8)}…` : identity);
