import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { foldVietnamese } from '@hoilhpn/vietnamese';
// The very script the search page inlines, so Node searches exactly as a reader's browser does; the site is an app, not a package to import.
import { openShardedSearch } from '../../../site/src/search/sharded-search.js';

/**
 * Searches a served site the way its search page (site/src/pages/tim-kiem) does:
 * the same sharded search (site/src/search/sharded-search.js) over the release
 * served now, loaded fresh each time (a new release has a new index), with
 * the query folded like the page folds it. Pagefind's client runs in Node as
 * long as it is given absolute addresses; its pagefind.js is fetched into a
 * file, since Node cannot import over HTTP.
 */
export class SearchClient {
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-search-client-'));
  private loads = 0;

  constructor(private readonly site: string) {}

  /** The site paths of the top results for `query`, best first; [] when the site has no index. */
  async search(query: string, top = 5): Promise<string[]> {
    const probe = await fetch(`${this.site}/pagefind/shards.json`);
    if (!probe.ok) return [];
    const search = await openShardedSearch(`${this.site}/pagefind/`, async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      this.loads += 1;
      const file = path.join(this.dir, `pagefind-${this.loads}.mjs`);
      writeFileSync(file, await response.text());
      return import(pathToFileURL(file).href);
    });
    try {
      const { results } = await search.search(foldVietnamese(query));
      return await Promise.all(results.slice(0, top).map(async (result) => new URL((await result.data()).url, this.site).pathname));
    } finally {
      await search.destroy();
    }
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
