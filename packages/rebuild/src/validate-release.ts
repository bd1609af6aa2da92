import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BuildInfo } from './releases.js';

export const REQUIRED_FILES = ['index.html', '404.html', 'tin-tuc/index.html', 'rss.xml', 'sitemap.xml', 'pagefind/pagefind.js', 'build-info.json'];

export interface ValidationOptions {
  /** Largest share of articles a new release may lose against the live one (0.5: half). */
  maxArticleDrop: number;
  force?: boolean;
}

/** Null when the release may go live, else why not. */
export function validateRelease(dir: string, info: BuildInfo | null, live: BuildInfo | null, { maxArticleDrop, force = false }: ValidationOptions): string | null {
  const missing = REQUIRED_FILES.filter((file) => !existsSync(path.join(dir, file)));
  if (missing.length > 0) return `the release lacks ${missing.join(', ')}`;
  if (!info) return 'the release has no readable build-info.json';
  if (info.pages === 0) return 'the release has no pages';
  if (!force && live && live.articles > 0) {
    const drop = (live.articles - info.articles) / live.articles;
    if (drop > maxArticleDrop) {
      return `article count fell from ${live.articles} to ${info.articles} (${Math.round(drop * 100)}%, more than ${Math.round(maxArticleDrop * 100)}%); rebuild with force to publish it anyway`;
    }
  }
  return null;
}
