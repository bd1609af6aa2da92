import { describe, expect, it } from 'vitest';
import { startTestServer } from './harness/strapi-server';

const ARTICLE = 'api::article.article' as const;

describe('Ngày đăng left empty', () => {
  it('takes the moment of publishing, on the draft and the published version alike', async () => {
    const { strapi } = await startTestServer();
    const articles = strapi.documents(ARTICLE);
    const draft = await articles.create({ data: { title: 'Tin chưa ghi ngày', slug: 'tin-chua-ghi-ngay' } as never });
    const before = Date.now();
    await articles.publish({ documentId: draft.documentId });
    const published = await articles.findOne({ documentId: draft.documentId, status: 'published' });
    const stored = await articles.findOne({ documentId: draft.documentId, status: 'draft' });
    expect(published?.publishedDate).toBeTruthy();
    const date = new Date(published!.publishedDate as string).getTime();
    expect(date).toBeGreaterThanOrEqual(before - 1000);
    expect(date).toBeLessThanOrEqual(Date.now() + 1000);
    expect(stored?.publishedDate).toBe(published?.publishedDate);
    await articles.delete({ documentId: draft.documentId });
  });

  it('keeps a date the editor typed', async () => {
    const { strapi } = await startTestServer();
    const articles = strapi.documents(ARTICLE);
    const draft = await articles.create({ data: { title: 'Tin có ngày', slug: 'tin-co-ngay', publishedDate: '2024-03-08T07:00:00+07:00' } as never });
    await articles.publish({ documentId: draft.documentId });
    const published = await articles.findOne({ documentId: draft.documentId, status: 'published' });
    expect(new Date(published!.publishedDate as string).toISOString()).toBe('2024-03-08T00:00:00.000Z');
    await articles.delete({ documentId: draft.documentId });
  });
});

describe('the slug of a new entry', () => {
  it('is made from the title when the form still holds the placeholder "article"', async () => {
    const { strapi } = await startTestServer();
    const articles = strapi.documents(ARTICLE);
    const first = await articles.create({ data: { title: 'Đồng hành cùng phụ nữ khởi nghiệp', slug: 'article' } as never });
    const second = await articles.create({ data: { title: 'Đồng hành cùng phụ nữ khởi nghiệp', slug: 'article-3' } as never });
    expect(first.slug).toBe('dong-hanh-cung-phu-nu-khoi-nghiep');
    expect(second.slug).toBe('dong-hanh-cung-phu-nu-khoi-nghiep-2');
    const typed = await articles.create({ data: { title: 'Tin khác', slug: 'duong-dan-rieng' } as never });
    expect(typed.slug).toBe('duong-dan-rieng');
    // An existing entry keeps its URL when its title changes.
    const renamed = await articles.update({ documentId: first.documentId, data: { title: 'Tiêu đề mới', slug: 'article' } as never });
    expect(renamed?.slug).toBe('article');
    for (const entry of [first, second, typed]) await articles.delete({ documentId: entry.documentId });
  });
});
