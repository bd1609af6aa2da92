/*
 * Runs in its own process (fetch-content.ts starts it), in plain JavaScript so
 * that no TypeScript loader adds to the memory measured: the site build's
 * GraphQL fetch of every public type, then the mapping to view models, each
 * timed.
 */
import { ContentClient, fetchRawSiteData, mapSiteData } from '@hoilhpn/content';

const url = process.env.CMS_URL;
if (!url) throw new Error('CMS_URL is not set');
const client = new ContentClient({ url, token: process.env.CMS_TOKEN || undefined });
const started = performance.now();
const raw = await fetchRawSiteData(client);
const fetched = performance.now();
const data = mapSiteData(raw, url);
const mapped = performance.now();
const result = {
  fetchMs: fetched - started,
  mapMs: mapped - fetched,
  articles: data.articles.length,
  entries: Object.values(raw).reduce((sum, value) => sum + (Array.isArray(value) ? value.length : 1), 0),
  responseBytes: Buffer.byteLength(JSON.stringify(raw)),
};
console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
