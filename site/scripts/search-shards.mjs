// @ts-check
// Search shards: the search records split by a pure function of the content,
// so that a publish re-indexes only the shards whose records changed, and an
// incremental release's index is still byte for byte what a full build writes.
// Articles are grouped by the year they were published (old years rarely
// change); a year with more than SHARD_RECORDS_MAX articles is split by a hash
// of the page address, so no shard grows with the archive. The search page
// loads the first shard and merges the others (Pagefind's mergeIndex).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * One page as search finds it (search-index.mjs searchRecordOf): its address,
 * the folded text Pagefind indexes, and what the results show.
 * @typedef {{ url: string, content: string, meta: { title: string, excerpt: string, kind: string, date?: string } }} SearchRecord
 */
/** @typedef {{ key: string, fingerprint: string, records: SearchRecord[] }} Shard */

/** Most records one shard holds: a publish re-indexes at most this many per shard it touches. */
export const SHARD_RECORDS_MAX = 400;
/** The list of shards, in `pagefind/` of a release: what the search page reads first. */
export const SHARDS_FILE = 'shards.json';
/** Shard of the pages without a date (projects, courses, cadres, awards). */
const UNDATED = 'khac';

const sha256 = (/** @type {string} */ text) => createHash('sha256').update(text).digest('hex');

/**
 * The year part of a shard key: the record's publication year, or the shard of undated pages.
 * @param {SearchRecord} record
 */
function groupOf(record) {
  const year = /^(\d{4})-/.exec(record.meta?.date ?? '')?.[1];
  return year ?? UNDATED;
}

/**
 * Splits the records into shards: `[{ key, fingerprint, records }]`, newest
 * year first and the undated pages last. The records of a shard are sorted by
 * address and fingerprinted. With the same code version (which covers the
 * locked Pagefind), equal fingerprints mean equal index files.
 * @param {SearchRecord[]} records
 * @param {{ maxRecords?: number, fingerprintOf?: (key: string, records: SearchRecord[]) => string }} [options]
 * @returns {Shard[]}
 */
export function planShards(records, { maxRecords = SHARD_RECORDS_MAX, fingerprintOf = shardFingerprint } = {}) {
  /** @type {Map<string, SearchRecord[]>} */
  const groups = new Map();
  for (const record of records) {
    const group = groupOf(record);
    const members = groups.get(group);
    if (members) members.push(record);
    else groups.set(group, [record]);
  }
  /** @type {Shard[]} */
  const shards = [];
  for (const [group, members] of groups) {
    const parts = Math.ceil(members.length / maxRecords);
    /** @type {SearchRecord[][]} */
    const buckets = Array.from({ length: parts }, () => []);
    for (const record of members) buckets[parts === 1 ? 0 : Number.parseInt(sha256(record.url).slice(0, 8), 16) % parts]?.push(record);
    buckets.forEach((bucket, index) => {
      if (bucket.length === 0) return;
      bucket.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
      const key = `${group}-${index}`;
      shards.push({ key, fingerprint: fingerprintOf(key, bucket), records: bucket });
    });
  }
  return shards.sort((a, b) => compareKeys(a.key, b.key));
}

/**
 * A shard's fingerprint: sha256 of its records (sorted by address), which decide its index files.
 * @param {string} _key
 * @param {SearchRecord[]} records
 */
export function shardFingerprint(_key, records) {
  return sha256(JSON.stringify(records));
}

/**
 * Newest year first, the undated shard last, buckets in order.
 * @param {string} a
 * @param {string} b
 */
function compareKeys(a, b) {
  const [groupA, bucketA] = splitKey(a);
  const [groupB, bucketB] = splitKey(b);
  if (groupA !== groupB) {
    if (groupA === UNDATED) return 1;
    if (groupB === UNDATED) return -1;
    return groupA < groupB ? 1 : -1;
  }
  return bucketA - bucketB;
}

/**
 * @param {string} key
 * @returns {[string, number]}
 */
function splitKey(key) {
  const at = key.lastIndexOf('-');
  return [key.slice(0, at), Number(key.slice(at + 1))];
}

/**
 * The contents of `pagefind/shards.json`: each shard's folder, relative to `pagefind/`, and its fingerprint.
 * @param {Shard[]} shards
 */
export function shardList(shards) {
  return `${JSON.stringify({ shards: shards.map(({ key, fingerprint }) => ({ path: `${key}/`, fingerprint })) }, null, 2)}\n`;
}

/**
 * The shards of the previous release that this build may take over, as
 * key → fingerprint: none when there is no previous release, a full build was
 * asked for, or the site's code changed since (its index could differ).
 * @param {string | undefined} previousDir
 * @param {{ codeVersion: string, previousCodeVersion: string | undefined }} versions
 * @returns {Promise<Map<string, string>>}
 */
export async function reusableShards(previousDir, { codeVersion, previousCodeVersion }) {
  if (!previousDir || codeVersion !== previousCodeVersion) return new Map();
  try {
    /** @type {{ shards: { path: string, fingerprint: string }[] }} */
    const { shards } = JSON.parse(await readFile(path.join(previousDir, 'pagefind', SHARDS_FILE), 'utf8'));
    return new Map(shards.map((shard) => [shard.path.replace(/\/$/, ''), shard.fingerprint]));
  } catch {
    return new Map();
  }
}
