import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchResult } from './bench-result.js';

/** results/<date>-<N>.json, with "-postgres" for PostgreSQL runs; a later run the same day replaces it. */
export function resultFileName(result: Pick<BenchResult, 'startedAt' | 'articles' | 'database'>): string {
  return `${result.startedAt.slice(0, 10)}-${result.articles}${result.database === 'postgres' ? '-postgres' : ''}.json`;
}

export function writeResult(dir: string, result: BenchResult): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, resultFileName(result));
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** The newest result per size and database: SQLite first, then PostgreSQL, smallest size first in each. */
export function latestResults(results: BenchResult[]): BenchResult[] {
  const newest = new Map<string, BenchResult>();
  for (const result of results) {
    const key = `${result.database}-${result.articles}`;
    const current = newest.get(key);
    if (!current || current.startedAt < result.startedAt) newest.set(key, result);
  }
  const order = { sqlite: 0, postgres: 1 };
  return [...newest.values()].sort((a, b) => order[a.database] - order[b.database] || a.articles - b.articles);
}

export function readResults(dir: string): BenchResult[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as BenchResult);
}
