// Search over the site's sharded Pagefind index (scripts/search-shards.mjs),
// finding exactly the pages one index of the whole site would find. This file
// is both a module (the tests and the benchmark import it) and the start of
// the search page's inline script (src/pages/tim-kiem), so it stays plain
// JavaScript with no imports.
//
// Pagefind ignores a query word that its index does not hold at all, or
// matches a shorter form of it ("ma17" finds "ma1"); once the index is split,
// a shard without the word would list pages that lack it. So each word is
// looked up first, and only the shards that hold every word are searched. A
// shard holds a word when it has the word itself (a quoted search) or a
// longer word that starts with it, as one index of the whole site would
// match it; one page of the shard's results tells a longer word from
// Pagefind's shorter-form fallback. Each shard's results carry a `shard`
// filter (the mergeFilter below) to tell them apart.

/**
 * Loads the first shard's Pagefind, merges the others and returns `search`.
 * `pagefindBase` is the address of the release's `pagefind/` folder, ending
 * in a slash; `loadPagefind` imports a pagefind.js by its address.
 */
export async function openShardedSearch(pagefindBase, loadPagefind) {
  const response = await fetch(`${pagefindBase}shards.json`);
  if (!response.ok) throw new Error(`${pagefindBase}shards.json: ${response.status}`);
  const shards = (await response.json()).shards.map((shard) => shard.path);
  if (shards.length === 0) throw new Error(`${pagefindBase}shards.json lists no shards`);
  const pagefind = await loadPagefind(`${pagefindBase}${shards[0]}pagefind.js`);
  await pagefind.options({ basePath: `${pagefindBase}${shards[0]}`, mergeFilter: { shard: shards[0] } });
  for (const shard of shards.slice(1)) await pagefind.mergeIndex(`${pagefindBase}${shard}`, { mergeFilter: { shard } });

  const countsOf = (found) => found.filters?.shard ?? {};

  /** The shards that hold `word`, or all of them when none does (the word then plays no part). */
  async function holdersOf(word) {
    const exact = countsOf(await pagefind.search(`"${word}"`));
    const found = countsOf(await pagefind.search(word));
    const holders = [];
    for (const shard of shards) {
      if ((exact[shard] ?? 0) > 0) holders.push(shard);
      else if ((found[shard] ?? 0) > 0 && (await hasLongerWord(shard, word))) holders.push(shard);
    }
    return holders.length > 0 ? holders : shards;
  }

  async function hasLongerWord(shard, word) {
    const [first] = (await pagefind.search(word, { filters: { shard } })).results;
    const content = first ? ((await first.data()).content ?? '') : '';
    return content
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .some((text) => text.startsWith(word));
  }

  async function search(query) {
    let searched = shards;
    for (const word of new Set(query.toLowerCase().replace(/"/g, ' ').split(/\s+/).filter(Boolean))) {
      const holders = await holdersOf(word);
      searched = searched.filter((shard) => holders.includes(shard));
    }
    if (searched.length === 0) return { results: [] };
    return pagefind.search(query, searched.length === shards.length ? {} : { filters: { shard: { any: searched } } });
  }

  return { search, destroy: () => pagefind.destroy?.() };
}
