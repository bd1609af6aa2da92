import type { Core } from '@strapi/strapi';
import { ContentClient, fetchSiteSnapshot, updateSiteSnapshot, type RawSiteData, type SiteSnapshot, type SnapshotUpdate } from '@hoilhpn/content';
import { beforeAll, describe, expect, it } from 'vitest';
import { pruneChanges } from '../src/change-log/change-table';
import { runDueSchedules } from '../src/scheduling/run-due-schedules';
import { ensureSiteBuildToken } from '../src/public-api/read-tokens';
import { startTestServer } from './harness/strapi-server';

/*
 * @hoilhpn/content's incremental fetch against the real CMS: after each edit
 * the snapshot patched from the change record must equal a fresh full fetch.
 */

const ARTICLE = 'api::article.article' as const;
const TAG = 'api::tag.tag' as const;
const CATEGORY = 'api::category.category' as const;
const SETTINGS = 'api::site-setting.site-setting' as const;

let strapi: Core.Strapi;
let client: ContentClient;

beforeAll(async () => {
  const server = await startTestServer();
  strapi = server.strapi;
  client = new ContentClient({ url: server.url, token: (await ensureSiteBuildToken(strapi)).accessKey, retries: 0 });
});

/** Lists in documentId order: the CMS's collation may order names differently from the patch (the site sorts them itself). */
function comparable(raw: RawSiteData): RawSiteData {
  const sorted = Object.fromEntries(
    Object.entries(raw).map(([name, value]) => [name, Array.isArray(value) ? [...value].sort((a, b) => (a.documentId < b.documentId ? -1 : 1)) : value]),
  );
  return sorted as unknown as RawSiteData;
}

async function expectSameAsFullFetch(update: SnapshotUpdate, kind: SnapshotUpdate['kind'] = 'incremental'): Promise<SiteSnapshot> {
  // Not a full fetch in disguise: the point is that the patch alone gets it right.
  expect(update.kind, update.kind === 'full' ? update.reason : '').toBe(kind);
  const fresh = await fetchSiteSnapshot(client);
  expect(comparable(update.snapshot.raw)).toEqual(comparable(fresh.raw));
  expect(update.snapshot.source).toEqual(fresh.source);
  return update.snapshot;
}

async function publishedArticle(title: string, data: Record<string, unknown> = {}) {
  const articles = strapi.documents(ARTICLE);
  const draft = await articles.create({ data: { title, ...data } as never });
  await articles.publish({ documentId: draft.documentId });
  return draft.documentId;
}

describe('updateSiteSnapshot (incremental fetch) against the real CMS', () => {
  it('patches creates, edits, relation changes, unpublishes and deletes to exactly what a full fetch gives', async () => {
    const first = await updateSiteSnapshot(client, null);
    expect(first.kind).toBe('full');
    let snapshot = first.snapshot;
    const articles = strapi.documents(ARTICLE);
    const tags = strapi.documents(TAG);
    const categories = strapi.documents(CATEGORY);

    // Nothing changed: the snapshot is returned as it was.
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot), 'unchanged');

    // New entries: a category and a tag, then an article naming them.
    const category = await categories.create({ data: { name: 'Chuyên mục tăng dần', order: 50 } as never });
    await categories.publish({ documentId: category.documentId });
    const tag = await tags.create({ data: { name: 'Thẻ tăng dần' } as never });
    await tags.publish({ documentId: tag.documentId });
    const article = await publishedArticle('Tin tăng dần đầu tiên', {
      category: category.documentId,
      tags: [tag.documentId],
      publishedDate: '2026-11-01T08:00:00.000Z',
    });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    expect(snapshot.raw.articles.find((node) => node.documentId === article)?.tags).toEqual([{ documentId: tag.documentId }]);

    // An edited title, and a draft-only save that must not show.
    await articles.update({ documentId: article, data: { title: 'Tin tăng dần (đã sửa)' } as never });
    await articles.publish({ documentId: article });
    const other = snapshot.raw.articles.find((node) => node.documentId !== article)!;
    await articles.update({ documentId: other.documentId, data: { title: 'Bản nháp chưa đăng' } as never });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    expect(snapshot.raw.articles.find((node) => node.documentId === article)?.title).toBe('Tin tăng dần (đã sửa)');
    expect(JSON.stringify(snapshot.raw)).not.toContain('Bản nháp chưa đăng');
    // The draft is discarded again (the demo article is other tests' too).
    await articles.discardDraft({ documentId: other.documentId });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));

    // Unpublishing a tag changes the articles naming it, though they were not edited.
    await tags.unpublish({ documentId: tag.documentId });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    expect(snapshot.raw.tags.some((node) => node.documentId === tag.documentId)).toBe(false);
    // …and publishing it again, whatever Strapi then does with the articles' links.
    await tags.publish({ documentId: tag.documentId });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));

    // The article moves to another category; then its old category is deleted.
    const nextCategory = await categories.create({ data: { name: 'Chuyên mục tăng dần thứ hai', order: 51 } as never });
    await categories.publish({ documentId: nextCategory.documentId });
    await articles.update({ documentId: article, data: { category: nextCategory.documentId } as never });
    await articles.publish({ documentId: article });
    await categories.delete({ documentId: category.documentId });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));

    // Deleting a category still in use: its articles lose it.
    const second = await publishedArticle('Tin tăng dần thứ hai', { category: nextCategory.documentId, publishedDate: '2026-11-02T08:00:00.000Z' });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    await categories.delete({ documentId: nextCategory.documentId });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    expect(snapshot.raw.articles.find((node) => node.documentId === second)?.category).toBeNull();

    // The site settings: a new phone and a featured article, which is then unpublished (the featured list changes with it).
    const siteSettings = strapi.documents(SETTINGS);
    const settings = (await siteSettings.findFirst({ status: 'draft', populate: { featuredArticles: { fields: ['documentId'] } } } as never)) as unknown as {
      documentId: string;
      phone: string | null;
      featuredArticles: Array<{ documentId: string }>;
    };
    const featured = settings.featuredArticles.map((entry) => entry.documentId);
    await siteSettings.update({ documentId: settings.documentId, data: { phone: '0218 111 222', featuredArticles: [...featured, article] } as never });
    await siteSettings.publish({ documentId: settings.documentId });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    expect(snapshot.raw.settings?.phone).toBe('0218 111 222');
    expect(snapshot.raw.settings?.featuredArticles.map((node) => node?.documentId)).toContain(article);
    await articles.unpublish({ documentId: article });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    expect(snapshot.raw.settings?.featuredArticles.map((node) => node?.documentId)).not.toContain(article);
    await articles.publish({ documentId: article });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    // Other tests read the demo settings: put them back.
    await siteSettings.update({ documentId: settings.documentId, data: { phone: settings.phone, featuredArticles: featured } as never });
    await siteSettings.publish({ documentId: settings.documentId });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));

    // A publish the scheduler carries out.
    const scheduled = await articles.create({ data: { title: 'Tin hẹn giờ tăng dần' } as never });
    await strapi.db.query(ARTICLE).updateMany({ where: { documentId: scheduled.documentId }, data: { scheduledPublishAt: new Date(Date.now() - 60_000) } });
    expect((await runDueSchedules(strapi)).map((outcome) => outcome.documentId)).toContain(scheduled.documentId);
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    expect(snapshot.raw.articles.some((node) => node.documentId === scheduled.documentId)).toBe(true);
    await articles.delete({ documentId: scheduled.documentId });

    // A media file an article shows gets new alternative text (the article itself is not saved again).
    const file = await strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'anh-bia.png',
        hash: 'anh_bia_tang_dan',
        ext: '.png',
        mime: 'image/png',
        size: 1,
        width: 10,
        height: 10,
        url: '/uploads/anh_bia_tang_dan.png',
        provider: 'local',
      },
    });
    await articles.update({ documentId: article, data: { cover: file.id } as never });
    await articles.publish({ documentId: article });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    await strapi.plugin('upload').service('upload').updateFileInfo(file.id, { alternativeText: 'Ảnh đã đổi lời mô tả' });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    expect(snapshot.raw.articles.find((node) => node.documentId === article)?.cover?.alternativeText).toBe('Ảnh đã đổi lời mô tả');
    // …and the file is deleted: the article loses its cover.
    await strapi.db.query('plugin::upload.file').delete({ where: { id: file.id } });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    expect(snapshot.raw.articles.find((node) => node.documentId === article)?.cover).toBeNull();

    // Deletes and unpublishes of articles.
    await articles.unpublish({ documentId: second });
    await articles.delete({ documentId: article });
    snapshot = await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
    expect(snapshot.raw.articles.some((node) => node.documentId === article || node.documentId === second)).toBe(false);
    await articles.delete({ documentId: second });
    await tags.delete({ documentId: tag.documentId });
    await expectSameAsFullFetch(await updateSiteSnapshot(client, snapshot));
  });

  it('falls back to a full fetch for a snapshot of another CMS, of other queries, or older than the record reaches', async () => {
    const { snapshot } = await updateSiteSnapshot(client, null);
    const otherCms = await updateSiteSnapshot(client, { ...snapshot, source: { ...snapshot.source, identity: 'another-cms' } });
    expect(otherCms.kind === 'full' && otherCms.reason).toMatch(/comes from CMS another-cms/);
    const otherQueries = await updateSiteSnapshot(client, { ...snapshot, queries: 'old' });
    expect(otherQueries.kind === 'full' && otherQueries.reason).toMatch(/other GraphQL queries/);
    const ahead = await updateSiteSnapshot(client, { ...snapshot, sequence: snapshot.sequence + 1000 });
    expect(ahead.kind === 'full' && ahead.reason).toMatch(/ahead of the change record/);

    // Two changes, then the record is cut to the newest row: the snapshot is no longer covered.
    const one = await publishedArticle('Tin trước khi cắt bớt');
    await strapi.documents(ARTICLE).delete({ documentId: one });
    await pruneChanges(strapi, { days: 365, rows: 1 });
    const pruned = await updateSiteSnapshot(client, snapshot);
    expect(pruned.kind === 'full' && pruned.reason).toMatch(/change record starts after the snapshot/);
    await expectSameAsFullFetch(pruned, 'full');
  });
});
