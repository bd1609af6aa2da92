// @ts-check
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_FILES } from '@hoilhpn/rebuild/build-info';
import { createStaticServer } from '@hoilhpn/rebuild/static-server';
import { foldVietnamese } from '@hoilhpn/vietnamese';
import { SearchClient } from '@hoilhpn/testing/search-client';
import { writeSearchIndex } from './search-index.mjs';
import { SHARD_RECORDS_MAX, SHARDS_FILE, planShards, reusableShards } from './search-shards.mjs';

const WORDS = [
  'Hội',
  'phụ nữ',
  'tập huấn',
  'chuyển đổi số',
  'bình đẳng giới',
  'khởi nghiệp',
  'sinh kế',
  'giảm nghèo',
  'Đắk Lắk',
  'Hoà Bình',
  'an sinh',
  'nông thôn mới',
  'đề án 939',
  'kỹ năng',
  'gia đình',
  'hạnh phúc',
];

/** @typedef {import('./search-shards.mjs').SearchRecord} SearchRecord */

/**
 * A record as searchRecords makes one for an article: folded text, the date in its metadata.
 * @param {number} index
 * @param {number} year
 * @returns {SearchRecord}
 */
function article(index, year) {
  const words = Array.from({ length: 40 }, (_, n) => WORDS[(index * 7 + n * 3) % WORDS.length]);
  const title = `Tin ${index}: ${words.slice(0, 6).join(' ')}`;
  return {
    url: `/tin-tuc/tin-${index}/`,
    content: foldVietnamese(`${title}\n${words.join(' ')} ma${index}`),
    meta: { title, excerpt: words.slice(0, 12).join(' '), kind: 'Tin tức', date: `${year}-03-0${(index % 9) + 1}T08:00:00.000Z` },
  };
}

const undated = (/** @type {number} */ index) => ({
  url: `/can-bo/can-bo-${index}/`,
  content: foldVietnamese(`Cán bộ ${index} Hội phụ nữ xã`),
  meta: { title: `Cán bộ ${index}`, excerpt: 'Chủ tịch Hội', kind: 'Cán bộ' },
});

describe('planShards', () => {
  const records = [...Array.from({ length: 90 }, (_, i) => article(i, 2020 + (i % 3))), undated(1), undated(2)];

  it('groups articles by year, newest first, the undated pages last, and no shard over the limit', () => {
    const shards = planShards(records, { maxRecords: 20 });
    const groups = shards.map((shard) => shard.key.split('-')[0]);
    expect([...new Set(groups)]).toEqual(['2022', '2021', '2020', 'khac']);
    // 30 articles a year, at most 20 a shard: two shards a year.
    for (const year of ['2020', '2021', '2022']) expect(groups.filter((group) => group === year)).toHaveLength(2);
    for (const shard of shards) expect(shard.records.length).toBeLessThanOrEqual(20);
    expect(shards.flatMap((shard) => shard.records.map((record) => record.url)).sort()).toEqual(records.map((record) => record.url).sort());
  });

  it('depends only on the records: any order in, the same shards and fingerprints out', () => {
    const shuffled = [...records].sort((a, b) => (a.content.length % 5) - (b.content.length % 5) || (a.url < b.url ? 1 : -1));
    expect(planShards(shuffled, { maxRecords: 20 })).toEqual(planShards(records, { maxRecords: 20 }));
  });

  it('changes the fingerprint of the one shard an edited or removed article is in, and of no other', () => {
    const before = planShards(records, { maxRecords: 20 });
    const edited = records.map((record) => (record.url === '/tin-tuc/tin-4/' ? { ...record, meta: { ...record.meta, title: 'Tiêu đề mới' } } : record));
    const after = planShards(edited, { maxRecords: 20 });
    const changed = after.filter((shard, index) => shard.fingerprint !== before[index]?.fingerprint);
    expect(changed.map((shard) => shard.key)).toEqual([before.find((shard) => shard.records.some((record) => record.url === '/tin-tuc/tin-4/'))?.key]);
    const removed = planShards(
      records.filter((record) => record.url !== '/tin-tuc/tin-4/'),
      { maxRecords: 20 },
    );
    expect(removed.filter((shard, index) => shard.fingerprint !== before[index]?.fingerprint).map((shard) => shard.key)).toEqual(
      changed.map((shard) => shard.key),
    );
  });

  it('keeps a shard small at any archive size: the default limit holds for 10,000 articles over ten years', () => {
    const archive = Array.from({ length: 10_000 }, (_, i) => ({
      url: `/tin-tuc/a-${i}/`,
      content: '',
      meta: { title: '', excerpt: '', kind: 'Tin tức', date: `${2016 + (i % 10)}-01-01` },
    }));
    const shards = planShards(archive);
    expect(Math.max(...shards.map((shard) => shard.records.length))).toBeLessThanOrEqual(SHARD_RECORDS_MAX);
  });
});

describe('reusableShards', () => {
  it('takes over nothing when the code changed or there is no previous release', async () => {
    expect(await reusableShards(undefined, { codeVersion: 'a', previousCodeVersion: 'a' })).toEqual(new Map());
    expect(await reusableShards('/nowhere', { codeVersion: 'a', previousCodeVersion: 'b' })).toEqual(new Map());
    expect(await reusableShards('/nowhere', { codeVersion: 'a', previousCodeVersion: 'a' })).toEqual(new Map());
  });
});

describe('a sharded index, searched as the search page does (real Pagefind)', () => {
  const records = [...Array.from({ length: 120 }, (_, i) => article(i, 2019 + (i % 4))), undated(1), undated(2)];
  /** @type {string} */
  let root;
  /** @type {import('node:http').Server} */
  let server;
  /** @type {string} */
  let site;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'hoilhpn-search-shards-'));
    // The same records twice: split in shards of at most 15, and in one shard, as one index would hold them.
    const sharded = await writeSearchIndex(planShards(records, { maxRecords: 15 }), path.join(root, 'sharded'));
    expect(sharded.shards).toBeGreaterThan(8);
    await writeSearchIndex(onlyOne(records), path.join(root, 'single'));
    // The rebuild service's static server, which serves the live site.
    server = createStaticServer(root);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    site = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  }, 120_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    if (root) await rm(root, { recursive: true, force: true });
  });

  /**
   * Every record in one shard: the index a site without shards would have.
   * @param {SearchRecord[]} all
   */
  function onlyOne(all) {
    const [shard] = planShards(
      all.map((record) => ({ ...record, meta: { ...record.meta, date: undefined } })),
      { maxRecords: 10_000 },
    );
    if (!shard) throw new Error('planShards made no shard');
    return [{ ...shard, records: [...all].sort((a, b) => (a.url < b.url ? -1 : 1)) }];
  }

  it.each(['hoa binh', 'Đắk Lắk', 'chuyển đổi số', 'ma17', 'ma1', 'can bo', 'de an 939', 'hạnh phúc gia đình', 'phu nu ma10', 'hoix'])(
    'finds for "%s" exactly the pages one index finds',
    async (query) => {
      const fromShards = await search('sharded', query);
      const fromOne = await search('single', query);
      expect(fromShards.length).toBeGreaterThan(0);
      expect([...fromShards].sort()).toEqual([...fromOne].sort());
    },
  );

  it('leaves out Pagefind’s ready-made interfaces, which the search page does not use', async () => {
    const files = await readdir(path.join(root, 'sharded', 'pagefind'), { recursive: true });
    expect(files.filter((file) => /pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file))).toEqual([]);
  });

  /**
   * Every result's page address, from the index served under /<folder>/pagefind/.
   * @param {string} folder
   * @param {string} query
   */
  async function search(folder, query) {
    const client = new SearchClient(`${site}/${folder}`);
    try {
      return (await client.search(query, 1_000)).map((url) => url.replace(`/${folder}/`, '/'));
    } finally {
      client.close();
    }
  }
});

describe('SHARDS_FILE', () => {
  it('is the shard list a release must hold to go live', () => {
    expect(REQUIRED_FILES).toContain(`pagefind/${SHARDS_FILE}`);
  });
});
