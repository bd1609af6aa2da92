/** A Pagefind search result, as far as the site uses it. */
export interface PagefindResult {
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string | undefined> }>;
}

export interface ShardedSearch {
  search(query: string): Promise<{ results: PagefindResult[] }>;
  destroy(): Promise<void> | undefined;
}

/** Loads a release's sharded search index; see sharded-search.js. */
export function openShardedSearch(pagefindBase: string, loadPagefind: (url: string) => Promise<unknown>): Promise<ShardedSearch>;
