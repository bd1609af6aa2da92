import type { PageWeight } from '../measure/page-weight.js';
import type { Summary } from './stats.js';

/** The machine a result was measured on. */
export interface Machine {
  cpu: string;
  /** Logical CPUs the OS reports. */
  cores: number;
  memoryBytes: number;
  node: string;
  os: string;
}

/** Everything measured for one content size on one database: what results/<date>-<N>.json holds. */
export interface BenchResult {
  articles: number;
  database: 'sqlite' | 'postgres';
  runs: number;
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  /** What the CMS held (from the fetch): the demo content is there too. */
  content: { publishedArticles: number; draftArticles: number; counts: Record<string, number> };
  seeding: {
    articlesPerSecond: Summary;
    articlesMs: Summary;
    /** Images, other types and articles together. */
    totalMs: Summary;
    /** The CMS process from boot until ready (compile, demo seed, synthetic seed). */
    cmsPeakBytes: Summary;
  };
  fetch: { wallMs: Summary; peakBytes: Summary; responseBytes: number; entries: number };
  build: {
    wallMs: Summary;
    peakBytes: Summary;
    phases: Record<string, Summary>;
    pages: number;
    files: number;
    outputBytes: number;
    /** A full render whose content comes from the last build's snapshot, patched with what changed. */
    fromSnapshot?: { wallMs: Summary; peakBytes: Summary; fetchMs: Summary };
  };
  /** Null when skipped (--no-publish) or failed (see notes). */
  publish: {
    /** The new article (kept under these names: results from before the three edits have only it). */
    wallMs: Summary;
    buildMs: Summary;
    debounceMs: number;
    /** Each edit measured: new article, title edit, unpublish. */
    edits?: Record<
      string,
      {
        wallMs: Summary;
        buildMs: Summary;
        /** Until the last check passed (older results lack it). */ seenMs?: Summary;
        phases?: Record<string, number>;
        routes?: { rendered: number; reused: number; deleted: number };
      }
    >;
  } | null;
  pageWeights: PageWeight[];
  /** What went wrong on the way and how it was handled (a retried build, a failed measurement). */
  notes: string[];
}
