import type { PageWeight } from '../measure/page-weight.js';
import type { BenchResult } from '../report/bench-result.js';
import { summarize } from '../report/stats.js';

/** A made-up result for report tests: every figure set, each overridable. */
export function fakeResult(overrides: Partial<BenchResult> = {}): BenchResult {
  const one = (value: number) => summarize([value]);
  const article: PageWeight = {
    template: 'article',
    path: '/tin-tuc/bai-mau/',
    pages: 10_001,
    html: { raw: 28_000, gzip: 7_600 },
    css: { raw: 12_500, gzip: 3_200 },
    js: { raw: 0, gzip: 0 },
    fonts: { raw: 0, gzip: 0, files: 0 },
    htmlCssGzip: 7_600,
    totalGzip: 7_600,
  };
  return {
    articles: 10_000,
    database: 'sqlite',
    runs: 3,
    startedAt: '2026-11-29T01:00:00.000Z',
    finishedAt: '2026-11-29T02:00:00.000Z',
    machine: { cpu: 'Test CPU', cores: 2, memoryBytes: 8e9, node: '20.20.2', os: 'Linux' },
    content: { publishedArticles: 10_001, draftArticles: 500, counts: { categories: 20 } },
    seeding: { articlesPerSecond: summarize([40, 44, 42]), articlesMs: one(250_000), totalMs: one(260_000), cmsPeakBytes: one(1.2e9) },
    fetch: { wallMs: one(1_500), peakBytes: one(3e8), responseBytes: 5e7, entries: 12_000 },
    build: {
      wallMs: summarize([19_000, 21_000, 20_000]),
      peakBytes: one(9e8),
      phases: { fetch: one(1_500), media: one(100), render: one(15_000), search: one(2_000), verify: one(300), swap: one(5) },
      pages: 12_345,
      files: 13_000,
      outputBytes: 4e8,
    },
    publish: { wallMs: one(6_000), buildMs: one(4_200), debounceMs: 1_500 },
    pageWeights: [article],
    notes: [],
    ...overrides,
  };
}
