// @ts-check
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { articleSearchText } from '@hoilhpn/content';
import { foldVietnamese, shortenText } from '@hoilhpn/vietnamese';
import { linkInto } from './link-tree.mjs';
import { SHARDS_FILE, shardList } from './search-shards.mjs';

/** @typedef {import('./search-shards.mjs').SearchRecord} SearchRecord */
/** @typedef {import('./search-shards.mjs').Shard} Shard */
/** @typedef {import('@hoilhpn/rebuild/build-info').SearchIndexSummary} SearchIndexSummary */
/** @typedef {import('../src/routing/index').AnyRoute} AnyRoute */
/** @typedef {import('../src/routing/index').RouteTable} RouteTable */

/**
 * Writes the search index into `<searchDir>/pagefind`: one Pagefind index per
 * shard (search-shards.mjs) and the list of them. A shard whose fingerprint
 * the previous release already has (`reusable`, key → fingerprint) is
 * hard-linked from there instead of indexed again.
 *
 * The indexed text is folded (no accents, đ → d), and the search page folds
 * the query the same way, so "hoa binh", "Hòa Bình" and "Hoà Bình" find the
 * same pages. Titles and excerpts keep their accents in the metadata.
 * @param {Shard[]} shards
 * @param {string} searchDir
 * @param {{ previousDir?: string, reusable?: Map<string, string>, signal?: AbortSignal, timeoutMs?: number }} [options]
 * @returns {Promise<SearchIndexSummary>}
 */
export async function writeSearchIndex(shards, searchDir, { previousDir, reusable = new Map(), signal, timeoutMs = 600_000 } = {}) {
  const started = performance.now();
  const outDir = path.join(searchDir, 'pagefind');
  await mkdir(outDir, { recursive: true });
  const reusedShards = previousDir
    ? shards.filter(
        (shard) => reusable.get(shard.key) === shard.fingerprint && existsSync(path.join(previousDir, 'pagefind', shard.key, 'pagefind-entry.json')),
      )
    : [];
  const toIndex = shards.filter((shard) => !reusedShards.includes(shard));
  await linkInto(
    reusedShards.map((shard) => path.join(/** @type {string} */ (previousDir), 'pagefind', shard.key)),
    outDir,
  );
  const linked = performance.now();
  const reused = reusedShards.length;
  if (toIndex.length > 0) await indexInWorker(toIndex, outDir, { signal, timeoutMs });
  await writeFile(path.join(outDir, SHARDS_FILE), shardList(shards));
  return {
    shards: shards.length,
    indexed: toIndex.length,
    reused,
    records: shards.reduce((sum, shard) => sum + shard.records.length, 0),
    recordsIndexed: toIndex.reduce((sum, shard) => sum + shard.records.length, 0),
    // Where the phase's time went: taking shards over from the previous release, and indexing the others.
    linkMs: Math.round(linked - started),
    indexMs: Math.round(performance.now() - linked),
  };
}

/**
 * The records go to Pagefind from a worker thread: the build renders on the
 * main thread at the same time, and Pagefind's one-message-per-record exchange
 * would otherwise wait for Astro between every record.
 * @param {Shard[]} shards
 * @param {string} outDir
 * @param {{ signal?: AbortSignal, timeoutMs: number }} options
 */
async function indexInWorker(shards, outDir, { signal, timeoutMs }) {
  await new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-index-worker.mjs', import.meta.url), { workerData: { shards, outDir } });
    let settled = false;
    const settle = (/** @type {Error | undefined} */ error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error) {
        void worker.terminate();
        reject(error);
      } else resolve(undefined);
    };
    // Pagefind runs as a child process of the worker: a hang there must not hold the build forever.
    const timer = setTimeout(() => settle(new Error(`the search index took longer than ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    const onAbort = () => settle(new Error('the search index was stopped: the build failed'));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    worker.once('message', (message) => settle(message.ok ? undefined : new Error(message.error ?? 'the search index worker gave no answer')));
    worker.once('error', (error) => settle(error));
    worker.once('exit', (code) => settle(new Error(`the search index worker stopped (exit code ${code}) before it said it was done`)));
  });
}

/**
 * One Pagefind record per page that search should find, from the route table
 * (src/routing): the detail pages of articles, projects, videos, courses,
 * cadres, awards and documents, with the text their pages show.
 * @param {RouteTable} table
 * @param {(route: AnyRoute) => SearchRecord | null} [recordFor]
 */
export function searchRecords(table, recordFor = searchRecordOf) {
  /** @type {SearchRecord[]} */
  const records = [];
  for (const route of table.routes) {
    const record = recordFor(route);
    if (record) records.push(record);
  }
  return records;
}

/**
 * A route's search record ({ url, content, meta }), or null for pages search does not list. A pure function of the route's path, template and data.
 * @param {AnyRoute} route
 * @returns {SearchRecord | null}
 */
export function searchRecordOf(route) {
  const record = recordOf(route);
  return record ? { url: route.path, ...record } : null;
}

/** How long a result's excerpt may be on the search page (characters, cut between words). */
const EXCERPT_LENGTH = 240;

/**
 * @param {AnyRoute} route
 * @returns {Omit<SearchRecord, 'url'> | null}
 */
function recordOf({ template, data }) {
  switch (template) {
    case 'article':
      return {
        content: articleSearchText(data),
        meta: { title: data.title, excerpt: shortenText(data.lead, EXCERPT_LENGTH), kind: 'Tin tức', date: data.publishedDate },
      };
    case 'project':
      return {
        content: foldVietnamese(`${data.shortTitle}\n${data.title}\n${data.summary}`),
        meta: { title: data.title, excerpt: shortenText(data.summary, EXCERPT_LENGTH), kind: 'Đề án' },
      };
    case 'video':
      return {
        content: foldVietnamese(`${data.title}\n${data.description}`),
        meta: { title: data.title, excerpt: shortenText(data.description, EXCERPT_LENGTH), kind: 'Video' },
      };
    case 'course':
      return {
        content: foldVietnamese(`${data.title}\n${data.audience ?? ''}\n${data.organizer ?? ''}`),
        meta: { title: data.title, excerpt: `${data.classCount} lớp, ${data.participantCount} học viên`, kind: 'Đào tạo' },
      };
    case 'cadre':
      return {
        content: foldVietnamese(`${data.fullName}\n${data.position}\n${data.unit}\n${data.district ?? ''}`),
        meta: { title: data.fullName, excerpt: [data.position, data.unit, data.district].filter(Boolean).join(', '), kind: 'Cán bộ' },
      };
    case 'award':
      return {
        content: foldVietnamese(`${data.title}\n${data.description}`),
        meta: { title: data.title, excerpt: shortenText(data.description, EXCERPT_LENGTH), kind: 'Khen thưởng' },
      };
    case 'legalDocument': {
      const heading = [data.kind.label, data.number].filter(Boolean).join(' ');
      return {
        content: foldVietnamese(`${data.title}\n${heading}\n${data.issuer ?? ''}\n${data.summary}`),
        meta: { title: data.title, excerpt: shortenText(data.summary || heading, EXCERPT_LENGTH), kind: 'Văn bản', date: data.issuedDate },
      };
    }
    default:
      return null;
  }
}
