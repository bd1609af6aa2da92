import { formatVietnameseDate, vietnamTimeToUtc } from '@hoilhpn/vietnamese';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDueSchedules } from '../src/scheduling/run-due-schedules';
import { SCHEDULED_TYPES } from '../src/scheduling/scheduled-types';
import { graphql, rest } from './harness/http';
import { startTestServer } from './harness/strapi-server';
import { ARTICLE, testArticles } from './harness/test-articles';

// The boot belongs to the hook's time limit (3 min), not to the first test's (1 min).
beforeAll(async () => {
  await startTestServer();
});

async function rowsOf(documentId: string) {
  const { strapi } = await startTestServer();
  return (await strapi.db
    .query(ARTICLE)
    .findMany({ where: { documentId }, select: ['publishedAt', 'updatedAt', 'scheduledPublishAt', 'scheduledUnpublishAt', 'publishedDate'] })) as any[];
}

describe('scheduled publishing', () => {
  it('an entry for 06:30 in Việt Nam is stored as 23:30 UTC the day before and goes out then, not a second earlier', async () => {
    const { strapi, newDraft } = await testArticles();
    const at = vietnamTimeToUtc('2026-12-01 06:30');
    const draft = await newDraft({ title: 'Tin hẹn giờ sáng mai', slug: 'tin-hen-gio-sang-mai', scheduledPublishAt: '2026-12-01T06:30:00+07:00' });
    const [stored] = await rowsOf(draft.documentId);
    expect(new Date(stored.scheduledPublishAt).toISOString()).toBe('2026-11-30T23:30:00.000Z');

    const early = await runDueSchedules(strapi, new Date(at.getTime() - 1000));
    expect(early.find((outcome) => outcome.documentId === draft.documentId)).toBeUndefined();
    expect((await rowsOf(draft.documentId)).some((row) => row.publishedAt)).toBe(false);

    const onTime = await runDueSchedules(strapi, at);
    expect(onTime).toContainEqual({ uid: ARTICLE, documentId: draft.documentId, action: 'publish', dueAt: '2026-11-30T23:30:00.000Z' });
    const rows = await rowsOf(draft.documentId);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.scheduledPublishAt).toBeNull();
      // The empty "Ngày đăng" shows the scheduled time, which readers in Việt Nam see as 1 December.
      expect(new Date(row.publishedDate).toISOString()).toBe('2026-11-30T23:30:00.000Z');
    }
    expect(formatVietnameseDate(rows[0].publishedDate)).toBe('01/12/2026');

    // Readers get it through the public API, without the schedule (a private field).
    const { data } = await graphql('query ($slug: String!) { articles(filters: { slug: { eq: $slug } }) { title publishedDate } }', {
      slug: 'tin-hen-gio-sang-mai',
    });
    expect(data.articles).toEqual([{ title: 'Tin hẹn giờ sáng mai', publishedDate: '2026-11-30T23:30:00.000Z' }]);
    const { text: body } = await rest('/api/articles?filters[slug][$eq]=tin-hen-gio-sang-mai');
    expect(body).toContain('tin-hen-gio-sang-mai');
    expect(body).not.toMatch(/scheduled(Un)?[pP]ublishAt/);

    // A second pass finds nothing left to do.
    expect((await runDueSchedules(strapi, new Date(at.getTime() + 60_000))).find((outcome) => outcome.documentId === draft.documentId)).toBeUndefined();
  });

  it('clears the schedule without making the entry look modified', async () => {
    const { strapi, newDraft } = await testArticles();
    const draft = await newDraft({ title: 'Tin đã hẹn', slug: 'tin-da-hen', scheduledPublishAt: '2026-01-01T08:00:00+07:00' });
    await runDueSchedules(strapi, new Date('2026-01-01T01:00:00Z'));
    const rows = await rowsOf(draft.documentId);
    const stored = rows.find((row) => !row.publishedAt);
    const published = rows.find((row) => row.publishedAt);
    // The content manager calls a draft "modified" when it was updated after its published version.
    expect(new Date(stored.updatedAt).getTime()).toBeLessThanOrEqual(new Date(published.updatedAt).getTime());
    expect(rows.map((row) => row.scheduledPublishAt)).toEqual([null, null]);
  });

  it('unpublishes when "Hẹn giờ gỡ bài" is due, and a window that passed while the CMS was down ends unpublished', async () => {
    const { strapi, articles, newDraft } = await testArticles();
    const live = await newDraft({ title: 'Tin sẽ gỡ', slug: 'tin-se-go', publishedDate: '2026-11-01T08:00:00+07:00' });
    await articles.publish({ documentId: live.documentId });
    await articles.update({ documentId: live.documentId, data: { scheduledUnpublishAt: '2026-11-20T17:00:00+07:00' } as never });
    const missed = await newDraft({
      title: 'Tin trong cửa sổ đã qua',
      slug: 'tin-cua-so-da-qua',
      scheduledPublishAt: '2026-11-10T08:00:00+07:00',
      scheduledUnpublishAt: '2026-11-11T08:00:00+07:00',
    });
    const outcomes = await runDueSchedules(strapi, new Date('2026-11-21T00:00:00Z'));
    expect(outcomes.filter((outcome) => outcome.documentId === live.documentId).map((outcome) => outcome.action)).toEqual(['unpublish']);
    expect(outcomes.filter((outcome) => outcome.documentId === missed.documentId).map((outcome) => outcome.action)).toEqual(['publish', 'unpublish']);
    for (const documentId of [live.documentId, missed.documentId]) {
      const rows = await rowsOf(documentId);
      expect(rows).toHaveLength(1);
      expect(rows[0].publishedAt).toBeNull();
      expect(rows[0].scheduledUnpublishAt).toBeNull();
    }
  });

  it('refuses an unpublish time that is not after the publish time, naming the field, and stores nothing', async () => {
    const { strapi, articles, newDraft } = await testArticles();
    const error = await articles
      .create({
        data: {
          title: 'Tin lịch sai',
          slug: 'tin-lich-sai',
          scheduledPublishAt: '2026-12-02T08:00:00+07:00',
          scheduledUnpublishAt: '2026-12-02T07:00:00+07:00',
        } as never,
      })
      .then(
        () => null,
        (caught: unknown) => caught as { name: string; message: string; details: { errors: { path: string[] }[] } },
      );
    expect(error?.name).toBe('ValidationError');
    expect(error?.message).toContain('Hẹn giờ gỡ bài');
    expect(error?.details.errors[0]!.path).toEqual(['scheduledUnpublishAt']);
    expect(await strapi.db.query(ARTICLE).count({ where: { slug: 'tin-lich-sai' } })).toBe(0);

    // Changing only one side is checked against what is stored.
    const draft = await newDraft({ title: 'Tin lịch đúng', slug: 'tin-lich-dung', scheduledPublishAt: '2026-12-02T08:00:00+07:00' });
    await expect(articles.update({ documentId: draft.documentId, data: { scheduledUnpublishAt: '2026-12-01T08:00:00+07:00' } as never })).rejects.toThrow(
      /Hẹn giờ gỡ bài/,
    );
  });

  it('shows both schedule columns in the list view of every scheduled type', async () => {
    const { strapi } = await startTestServer();
    const service = strapi.plugin('content-manager').service('content-types') as {
      findConfiguration(model: { uid: string }): Promise<{ layouts: { list: string[] } }>;
    };
    for (const uid of SCHEDULED_TYPES) {
      const { layouts } = await service.findConfiguration({ uid });
      expect(layouts.list, uid).toEqual(expect.arrayContaining(['scheduledPublishAt', 'scheduledUnpublishAt']));
    }
  });
});
