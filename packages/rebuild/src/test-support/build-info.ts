import type { BuildInfo } from '../build-info.js';

/** A release's build-info.json: `articles` built, as many as the CMS `identity` reported. */
export const buildInfo = (articles: number, identity: string): BuildInfo => ({
  builtAt: '2026-12-02T00:00:00Z',
  durationMs: 1,
  articles,
  pages: 10,
  cms: { identity, reported: { articles } },
});
