import type { BenchResult } from './bench-result.js';
import { formatBytes, formatCount, formatSeconds } from './units.js';

/** The targets hold at this many articles, on 2 cores. */
export const TARGET_ARTICLES = 10_000;

export interface TargetCheck {
  figure: string;
  target: string;
  /** The median figures the verdict is based on. */
  measured: string;
  /** Null when the figure was not measured in this run. */
  met: boolean | null;
}

/** Each target against the medians of one result. */
export function checkTargets(result: BenchResult): TargetCheck[] {
  const article = result.pageWeights.find((weight) => weight.template === 'article');
  const build = result.build;
  return [
    {
      figure: 'full build incl. search index',
      target: '≤ 20 s, ≤ 1 GB peak',
      measured: `${formatSeconds(build.wallMs.median)}, ${formatBytes(build.peakBytes.median)} peak`,
      met: build.wallMs.median <= 20_000 && build.peakBytes.median <= 1e9,
    },
    {
      figure: 'publish-to-live, one article',
      target: '≤ 5 s',
      measured: result.publish ? formatSeconds(result.publish.wallMs.median) : (result.notes.find((note) => note.startsWith('publish-to-live')) ?? 'not measured'),
      met: result.publish ? result.publish.wallMs.median <= 5_000 : null,
    },
    {
      figure: 'fetch all content',
      target: '≤ 2 s',
      measured: formatSeconds(result.fetch.wallMs.median),
      met: result.fetch.wallMs.median <= 2_000,
    },
    {
      figure: 'seeding',
      target: '≥ 500 articles/s',
      measured: `${formatCount(result.seeding.articlesPerSecond.median)} articles/s`,
      met: result.seeding.articlesPerSecond.median >= 500,
    },
    {
      figure: 'article page weight',
      target: '≤ 10 KB gzip HTML+CSS, 0 JS',
      measured: article ? `${formatBytes(article.htmlCssGzip)} gzip HTML+CSS, ${formatBytes(article.js.raw)} JS` : 'no article page',
      met: article ? article.htmlCssGzip <= 10_000 && article.js.raw === 0 : null,
    },
  ];
}

export function verdict(met: boolean | null): string {
  return met === null ? 'not measured' : met ? 'met' : 'not met';
}
