/* What the benchmark tells the CMS setup module (through the environment) and what it reports back (a JSON file). */

export const SEED_ENV = {
  articles: 'BENCH_ARTICLES',
  seed: 'BENCH_SEED',
  reportFile: 'BENCH_SEED_REPORT',
  batchSize: 'BENCH_BATCH_SIZE',
} as const;

/** The admin account the publish-to-live measurement logs in with. */
export const BENCH_EDITOR = { email: 'bench-editor@example.vn', password: 'BenchEditor-2026!' };

export interface SeedReport {
  articles: number;
  draftArticles: number;
  counts: Record<string, number>;
  /** Generating the data in memory (not part of throughput). */
  generateMs: number;
  /** Uploading the image pool through the upload plugin. */
  uploadMs: number;
  /** Categories, tags, projects, videos, courses, cadres and awards. */
  otherTypesMs: number;
  /** Creating every article (published and drafts) with its relations. */
  articlesMs: number;
  articlesPerSecond: number;
  /** Everything the setup module did, generation included. */
  totalMs: number;
  /** Files the upload plugin wrote under cms/public (to remove after the run). */
  uploadedFiles: string[];
  /** One published category's slug and id, for the publish-to-live article. */
  sampleCategory: { slug: string; documentId: string };
  /** One published article from the middle of the archive, for the publish-to-live title edit. */
  sampleArticle: { slug: string; documentId: string };
}
