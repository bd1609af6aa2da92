/**
 * What a release says about its own build, in its build-info.json: written
 * by the site build (site/scripts/build-release.mjs, typed against this),
 * read by the rebuild service to decide whether the release may go live and
 * to report on it. Fields added over time are optional: releases built before
 * them are still read.
 */
export interface BuildInfo {
  builtAt: string;
  durationMs: number;
  articles: number;
  /** HTML pages in the release, counted from its route manifest. */
  pages: number;
  /** Media files the release holds. */
  media?: number;
  /**
   * What the CMS said about itself during the build: its database's identity
   * (null from a CMS without one) and the totals it reported per list.
   */
  cms?: { identity: string | null; reported: Record<string, number> };
  /** Full or incremental (only changed routes rendered, the rest hard-linked from the release named); absent before incremental builds. */
  kind?: 'full' | 'incremental';
  fullReason?: string;
  previousRelease?: string;
  /** How the content was read; `sequence` is the CMS change record's sequence the release holds every change up to (the CMS's site status reads it). */
  fetch?: BuildFetch;
  routes?: { rendered: number; reused: number; deleted: number };
  search?: SearchIndexSummary;
  /** Milliseconds per build phase (fetch, media, plan, records, snapshot, renderer, link, render, search, verify, swap). */
  phases?: Record<string, number>;
}

export interface BuildFetch {
  kind: 'full' | 'incremental' | 'unchanged';
  reason?: string;
  sequence: number;
}

/** The search index of a release: its shards, those indexed anew and those taken over from the previous release. */
export interface SearchIndexSummary {
  shards: number;
  indexed: number;
  reused: number;
  records: number;
  recordsIndexed: number;
  linkMs: number;
  indexMs: number;
}

export const BUILD_INFO_FILE = 'build-info.json';

/**
 * The files without which a release must not go live: the site build refuses
 * to swap in output that lacks one (all but build-info.json, which it writes
 * after that check), and the rebuild service refuses to activate it.
 */
export const REQUIRED_FILES: readonly string[] = [
  'index.html',
  '404.html',
  'tin-tuc/index.html',
  'rss.xml',
  'sitemap.xml',
  'route-manifest.json',
  'pagefind/shards.json',
  BUILD_INFO_FILE,
];
