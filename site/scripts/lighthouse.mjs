#!/usr/bin/env node
// @ts-check
// `pnpm --dir site run lighthouse`: Lighthouse's four scores for one page of
// each kind of a built site (SITE_OUT_DIR, else site/dist), served locally
// by the rebuild service's static server, in Chromium (CHROMIUM_PATH, else
// /usr/bin/chromium) with Lighthouse's mobile settings: a mid-range phone on
// a slow 4G line, simulated. Prints a Markdown table; LIGHTHOUSE_JSON writes
// the figures to a file too; LIGHTHOUSE_TEMPLATES (e.g. "search,article")
// scores only those kinds of page. Scores move a few points from run to run and
// machine to machine: the table is a measurement, not a test.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createStaticServer } from '@hoilhpn/rebuild/static-server';

const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(SITE_DIR, process.env.SITE_OUT_DIR ?? 'dist');
/** @typedef {'performance' | 'accessibility' | 'best-practices' | 'seo'} Category */
/** @type {Category[]} */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Feeds and files have no page to score. */
const NOT_PAGES = new Set(['rss', 'sitemap']);
/** The search page is scored with results on it (they arrive after the page: what could move it). */
const SEARCH_QUERY = 'hội phụ nữ';

const manifestFile = path.join(root, 'route-manifest.json');
if (!existsSync(manifestFile)) {
  console.error(`lighthouse: ${manifestFile} is missing: build the site first (npm start, or pnpm --dir site build).`);
  process.exit(1);
}
const only = process.env.LIGHTHOUSE_TEMPLATES ? new Set(process.env.LIGHTHOUSE_TEMPLATES.split(',').map((name) => name.trim())) : null;
/** One path per template, the first the route table lists (the home page, the first article, …). */
const pages = new Map();
for (const [urlPath, { template }] of Object.entries(JSON.parse(readFileSync(manifestFile, 'utf8')).routes)) {
  if (NOT_PAGES.has(template) || pages.has(template) || (only && !only.has(template))) continue;
  pages.set(template, template === 'search' ? `${urlPath}?q=${encodeURIComponent(SEARCH_QUERY)}` : urlPath);
}
if (pages.size === 0) {
  console.error(`lighthouse: no page to score in ${manifestFile}${only ? ` for LIGHTHOUSE_TEMPLATES=${process.env.LIGHTHOUSE_TEMPLATES}` : ''}.`);
  process.exit(1);
}

const server = createStaticServer(root);
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});
/** @type {({ template: string, path: string, cls: number | null, lcpMs: number | null } & Record<Category, number>)[]} */
const results = [];
try {
  for (const [template, urlPath] of pages) {
    const result = await lighthouse(`${base}${urlPath}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`lighthouse gave no result for ${urlPath}`);
    const { lhr } = result;
    const scores = /** @type {Record<Category, number>} */ (
      Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]))
    );
    results.push({
      template,
      path: urlPath,
      ...scores,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
    });
    console.log(`lighthouse: ${urlPath} (${template}): ${CATEGORIES.map((category) => `${category} ${scores[category]}`).join(', ')}`);
  }
} finally {
  chrome.kill();
  server.close();
}

console.log(`\n| page | path | performance | accessibility | best practices | SEO | CLS | LCP |\n|---|---|---|---|---|---|---|---|`);
for (const row of results) {
  console.log(
    `| ${row.template} | \`${row.path}\` | ${row.performance} | ${row.accessibility} | ${row['best-practices']} | ${row.seo} | ${row.cls?.toFixed(3) ?? '–'} | ${row.lcpMs === null ? '–' : `${(row.lcpMs / 1000).toFixed(1)} s`} |`,
  );
}
if (process.env.LIGHTHOUSE_JSON) writeFileSync(process.env.LIGHTHOUSE_JSON, `${JSON.stringify(results, null, 2)}\n`);
