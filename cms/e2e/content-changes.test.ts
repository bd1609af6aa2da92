import type { Core } from '@strapi/strapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_TABLE, pruneChanges, readChanges } from '../src/change-log/change-table';
import { MAX_CHANGES_PER_PAGE } from '../src/change-log/graphql-changes';
import { ensureSiteBuildToken } from '../src/public-api/read-tokens';
import { graphql } from './harness/http';
import { startTestServer } from './harness/strapi-server';

const ARTICLE = 'api::article.article' as const;
const CHANGES = `query Changes($after: Int!, $limit: Int) {
  contentChanges(after: $after, limit: $limit) { latest oldest hasMore changes { sequence type documentId action } }
}`;

let strapi: Core.Strapi;
let siteToken: string;

beforeAll(async () => {
  ({ strapi } = await startTestServer());
  siteToken = (await ensureSiteBuildToken(strapi)).accessKey;
});

async function latest(): Promise<number> {
  return (await readChanges(strapi, 0, 1)).latest;
}

async function changesAfter(after: number, token?: string) {
  const answer = await graphql(CHANGES, { after }, token);
  expect(answer.errors).toBeUndefined();
  return answer.data.contentChanges as {
    latest: number;
    oldest: number;
    hasMore: boolean;
    changes: Array<{ sequence: number; type: string; documentId: string; action: string }>;
  };
}

describe('the change record', () => {
  it('records publish, update, unpublish and delete of an article, and serves them without content to the public and the site build', async () => {
    const start = await latest();
    const articles = strapi.documents(ARTICLE);
    const secret = 'Bản nháp bí mật chưa đăng';
    const draft = await articles.create({ data: { title: secret, slug: 'ban-nhap-bi-mat', lead: 'Nội dung nháp riêng tư' } as never });
    await articles.publish({ documentId: draft.documentId });
    await articles.update({ documentId: draft.documentId, data: { title: `${secret} (sửa)` } as never });
    await articles.unpublish({ documentId: draft.documentId });
    await articles.delete({ documentId: draft.documentId });

    for (const token of [undefined, siteToken]) {
      const answer = await graphql(CHANGES, { after: start }, token);
      expect(answer.errors).toBeUndefined();
      const page = answer.data.contentChanges;
      const mine = page.changes.filter((change: { documentId: string }) => change.documentId === draft.documentId);
      // The first update is the CMS filling "Ngày đăng" on the draft as it publishes (fill-published-date.ts).
      expect(mine.map((change: { action: string }) => change.action)).toEqual(['create', 'update', 'publish', 'update', 'unpublish', 'delete']);
      for (const change of mine) expect(Object.keys(change).sort()).toEqual(['action', 'documentId', 'sequence', 'type']);
      expect(new Set(mine.map((change: { type: string }) => change.type))).toEqual(new Set([ARTICLE]));
      const sequences = page.changes.map((change: { sequence: number }) => change.sequence);
      expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
      expect(sequences[0]).toBeGreaterThan(start);
      expect(page.latest).toBe(sequences.at(-1));
      expect(page.hasMore).toBe(false);
      // Nothing of the draft's text travels with the record.
      expect(JSON.stringify(answer)).not.toContain('bí mật');
      expect(JSON.stringify(answer)).not.toContain('riêng tư');
    }
  });

  it('records nothing for a save the CMS refused (the row commits with the change or not at all)', async () => {
    const start = await latest();
    const articles = strapi.documents(ARTICLE);
    await expect(
      articles.create({
        data: {
          title: 'Liên kết xấu',
          slug: 'lien-ket-xau',
          body: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] }],
        } as never,
      }),
    ).rejects.toThrow();
    expect((await changesAfter(start)).changes).toEqual([]);
  });

  it('records the site settings, a media file update and deletion, and not types the site does not read', async () => {
    const start = await latest();
    const settings = await strapi.documents('api::site-setting.site-setting').findFirst({ status: 'published' });
    await strapi.documents('api::site-setting.site-setting').update({ documentId: settings!.documentId, data: { phone: '0218 000 000' } as never });
    await strapi.documents('api::site-setting.site-setting').publish({ documentId: settings!.documentId });
    const file = await strapi.db
      .query('plugin::upload.file')
      .create({ data: { name: 'thu.png', hash: 'thu_hash', ext: '.png', mime: 'image/png', size: 1, url: '/uploads/thu_hash.png', provider: 'local' } });
    await strapi.db.query('plugin::upload.file').update({ where: { id: file.id }, data: { alternativeText: 'Ảnh thử' } });
    await strapi.db.query('plugin::upload.file').delete({ where: { id: file.id } });
    const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    await strapi.db.query('admin::role').update({ where: { code: 'strapi-editor' }, data: { description: 'unchanged meaning' } });
    // Other tests read the newsroom roles: put the description back.
    await strapi.db.query('admin::role').update({ where: { code: 'strapi-editor' }, data: { description: role.description } });

    const { changes } = await changesAfter(start, siteToken);
    expect(changes.map(({ type, documentId, action }) => ({ type, documentId, action }))).toEqual([
      { type: 'api::site-setting.site-setting', documentId: settings!.documentId, action: 'update' },
      { type: 'api::site-setting.site-setting', documentId: settings!.documentId, action: 'publish' },
      { type: 'plugin::upload.file', documentId: file.documentId, action: 'fileUpdate' },
      { type: 'plugin::upload.file', documentId: file.documentId, action: 'fileDelete' },
    ]);
    // Other tests read the demo settings: put them back.
    await strapi.documents('api::site-setting.site-setting').update({ documentId: settings!.documentId, data: { phone: settings!.phone } as never });
    await strapi.documents('api::site-setting.site-setting').publish({ documentId: settings!.documentId });
  });

  it('pages: at most `limit` per answer, hasMore until the end, never a silently capped list', async () => {
    const start = await latest();
    const articles = strapi.documents(ARTICLE);
    const made = [];
    for (let index = 0; index < 5; index += 1) made.push(await articles.create({ data: { title: `Tin phân trang ${index}` } as never }));
    const seen: number[] = [];
    let after = start;
    let pages = 0;
    for (;;) {
      const answer = await graphql(CHANGES, { after, limit: 2 });
      expect(answer.errors).toBeUndefined();
      const page = answer.data.contentChanges;
      expect(page.changes.length).toBeLessThanOrEqual(2);
      seen.push(...page.changes.map((change: { sequence: number }) => change.sequence));
      pages += 1;
      if (!page.hasMore) break;
      after = page.changes.at(-1).sequence;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    for (const entry of made) await articles.delete({ documentId: entry.documentId });
  });

  it('refuses a limit beyond the cap and a negative sequence, naming the argument', async () => {
    const tooMany = await graphql(CHANGES, { after: 0, limit: MAX_CHANGES_PER_PAGE + 1 });
    expect(tooMany.errors?.[0]?.message).toMatch(/"limit" must be between 1 and 1000/);
    const negative = await graphql(CHANGES, { after: -1 });
    expect(negative.errors?.[0]?.message).toMatch(/"after" must be a sequence number/);
    const wrongToken = await graphql(CHANGES, { after: 0 }, 'not-a-token');
    expect(wrongToken.status).toBe(401);
  });

  it('is kept bounded: pruning drops old rows and rows beyond the cap, keeps the newest, and `oldest` tells what is still covered', async () => {
    const articles = strapi.documents(ARTICLE);
    for (let index = 0; index < 4; index += 1) {
      const entry = await articles.create({ data: { title: `Tin cắt bớt ${index}` } as never });
      await articles.delete({ documentId: entry.documentId });
    }
    const before = await readChanges(strapi, 0, MAX_CHANGES_PER_PAGE);
    expect(before.latest).toBeGreaterThanOrEqual(8);
    // Rows beyond the newest 3 go.
    await pruneChanges(strapi, { days: 365, rows: 3 });
    const capped = await readChanges(strapi, 0, MAX_CHANGES_PER_PAGE);
    expect(capped.changes.map((change) => change.sequence)).toEqual([before.latest - 2, before.latest - 1, before.latest]);
    expect(capped.oldest).toBe(before.latest - 3);
    expect(capped.latest).toBe(before.latest);
    // Rows older than the retention go, but the newest row stays so `latest` is never lost.
    const future = new Date(Date.now() + 2 * 86_400_000);
    await pruneChanges(strapi, { days: 1, rows: 1000 }, future);
    const aged = await readChanges(strapi, 0, MAX_CHANGES_PER_PAGE);
    expect(aged.changes.map((change) => change.sequence)).toEqual([before.latest]);
    expect(aged.oldest).toBe(before.latest - 1);
    const [{ rows }] = await strapi.db.connection(CHANGE_TABLE).count({ rows: '*' });
    expect(Number(rows)).toBe(1);
    // Sequences are never reused after pruning.
    const next = await articles.create({ data: { title: 'Tin sau khi cắt' } as never });
    expect((await readChanges(strapi, before.latest, 10)).changes.map((change) => change.sequence)).toEqual([before.latest + 1]);
    await articles.delete({ documentId: next.documentId });
  });
});
