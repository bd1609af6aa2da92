import { routes } from '@hoilhpn/content';
import type { PreviewType } from '@hoilhpn/preview-link';

/**
 * Where an entry stands on the public site, for the editor who just saved or
 * published it: on the site, on its way (a build waits or runs), refused, or
 * not known (no rebuild service configured or reachable).
 */
export type SiteState = 'live' | 'updating' | 'failed' | 'rolled-back' | 'not-published' | 'unknown';

export interface DocumentSiteStatus {
  state: SiteState;
  /** The page's address on the public site (SITE_URL), for "Xem trên trang"; null while the entry is not published or the address is not known. */
  url: string | null;
  /** The page's path on the site, whenever the entry has a slug. */
  path: string | null;
  /** When the release readers have now was built. */
  liveBuiltAt: string | null;
  /** Why the last build did not go live, in the rebuild service's words. */
  error: string | null;
}

/** What this module reads of the rebuild service's GET /status. */
export interface RebuildStatus {
  live: { builtAt?: string; fetch?: { sequence?: number } } | null;
  building?: boolean;
  queue?: { waiting?: boolean; afterCurrent?: boolean };
  rolledBack?: { at: string; to: string } | null;
  lastBuild?: { result?: string; error?: string | null; startedAt?: string } | null;
}

const PAGE_PATH: Record<PreviewType, (slug: string) => string> = {
  article: routes.article,
  project: routes.project,
  video: routes.video,
  'training-course': routes.course,
  award: routes.award,
  cadre: routes.cadre,
  'legal-document': routes.legalDocument,
};

/** The path of an entry's page on the site. */
export function pagePath(type: PreviewType, slug: string): string {
  return PAGE_PATH[type](slug);
}

/**
 * The state of one entry: `lastChange` is the newest sequence of the CMS's
 * change record for it (null when it was last changed before the record
 * began), `publishedSlug` its published version's slug (null when not
 * published), `rebuild` the rebuild service's status (null when it could not
 * be asked). The live release holds every change up to the sequence its build
 * fetched (build-info.json `fetch.sequence`).
 */
export function siteStatusOf({
  type,
  lastChange,
  lastChangeAt = null,
  publishedSlug,
  rebuild,
  siteUrl,
}: {
  type: PreviewType;
  lastChange: number | null;
  /** When that change was made: a build that failed before it says nothing about it. */
  lastChangeAt?: string | null;
  publishedSlug: string | null;
  rebuild: RebuildStatus | null;
  siteUrl: string | null;
}): DocumentSiteStatus {
  const path = publishedSlug ? pagePath(type, publishedSlug) : null;
  const liveBuiltAt = rebuild?.live?.builtAt ?? null;
  const base = { path, liveBuiltAt, error: null };
  const url = path && siteUrl ? new URL(path, siteUrl).href : null;
  if (!rebuild) return { ...base, state: 'unknown', url };
  const liveSequence = rebuild.live?.fetch?.sequence;
  const arrived = lastChange === null || (typeof liveSequence === 'number' && liveSequence >= lastChange);
  if (arrived) return publishedSlug ? { ...base, state: 'live', url } : { ...base, state: 'not-published', url: null };
  if (rebuild.rolledBack) return { ...base, state: 'rolled-back', url: null };
  const pending = rebuild.building || rebuild.queue?.waiting || rebuild.queue?.afterCurrent;
  const result = rebuild.lastBuild?.result;
  const failedSince = (result === 'failed' || result === 'rejected') && (!lastChangeAt || (rebuild.lastBuild?.startedAt ?? '') >= lastChangeAt);
  if (!pending && failedSince) return { ...base, state: 'failed', url: null, error: rebuild.lastBuild?.error ?? null };
  return { ...base, state: 'updating', url: null };
}
