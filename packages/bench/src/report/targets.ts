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
      figure: 'full build incl. search index (cold)',
      target: '≤ 20 s, ≤ 1 GB peak',
      measured: `${formatSeconds(build.wallMs.median)}, ${formatBytes(build.peakBytes.median)} peak`,
      met: build.wallMs.median <= 20_000 && build.peakBytes.median <= 1e9,
    },
    {
      figure: 'publish-to-live, one article',
      target: '≤ 5 s',
      measured: result.publish
        ? formatSeconds(result.publish.wallMs.median)
        : (result.notes.find((note) => note.startsWith('publish-to-live')) ?? 'not measured'),
      met: result.publish ? result.publish.wallMs.median <= 5_000 : null,
    },
    ...(['title edit', 'unpublish'] as const).map((edit) => {
      const figures = result.publish?.edits?.[edit];
      return {
        figure: `publish-to-live, ${edit}`,
        target: '≤ 5 s',
        measured: figures ? formatSeconds(figures.wallMs.median) : (result.notes.find((note) => note.startsWith('publish-to-live')) ?? 'not measured'),
        met: figures ? figures.wallMs.median <= 5_000 : null,
      };
    }),
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

/** The goal for how publish-to-live grows with the archive: at most this much slower at 10,000 articles than at 1,000. */
export const PUBLISH_RATIO_GOAL = 1.5;

/**
 * Publish-to-live at the largest size divided by the smallest, per edit:
 * about 1 when a publish costs the same whatever the archive's size.
 */
export function publishRatios(results: BenchResult[]): { edit: string; small: number; large: number; ratio: number }[] {
  const measured = results.filter((result) => result.publish?.edits).sort((a, b) => a.articles - b.articles);
  const small = measured[0];
  const large = measured[measured.length - 1];
  if (!small || !large || small === large) return [];
  return Object.keys(large.publish!.edits!)
    .filter((edit) => small.publish!.edits![edit])
    .map((edit) => {
      const smallMs = small.publish!.edits![edit]!.wallMs.median;
      const largeMs = large.publish!.edits![edit]!.wallMs.median;
      return { edit, small: small.articles, large: large.articles, ratio: largeMs / smallMs };
    });
}

export function verdict(met: boolean | null): string {
  return met === null ? 'not measured' : met ? 'met' : 'not met';
}
