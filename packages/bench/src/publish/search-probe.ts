import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { foldVietnamese } from '@hoilhpn/vietnamese';

interface Pagefind {
  options(options: { basePath: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  destroy?(): Promise<void>;
}

/**
 * Searches the live site the way its search page does: the served
 * /pagefind/pagefind.js, loaded fresh (a new release has a new index), with the
 * query folded like the page folds it. Pagefind's client runs in Node as long
 * as it is given an absolute base URL.
 */
export class SearchProbe {
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-bench-pagefind-'));
  private loads = 0;

  constructor(private readonly site: string) {}

  /** The site paths of the top results for `query` on the release served now. */
  async search(query: string, top = 5): Promise<string[]> {
    const response = await fetch(`${this.site}/pagefind/pagefind.js`);
    if (!response.ok) return [];
    this.loads += 1;
    const file = path.join(this.dir, `pagefind-${this.loads}.mjs`);
    writeFileSync(file, await response.text());
    const pagefind = (await import(pathToFileURL(file).href)) as Pagefind;
    await pagefind.options({ basePath: `${this.site}/pagefind/` });
    const { results } = await pagefind.search(foldVietnamese(query));
    const urls = await Promise.all(results.slice(0, top).map(async (result) => new URL((await result.data()).url, this.site).pathname));
    await pagefind.destroy?.();
    return urls;
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
