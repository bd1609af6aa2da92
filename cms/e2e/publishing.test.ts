import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './harness/strapi-server';
import { testArticles } from './harness/test-articles';

// The boot belongs to the hook's time limit (3 min), not to the first test's (1 min).
beforeAll(async () => {
  await startTestServer();
});

describe('Ngày đăng left empty', () => {
  it('takes the moment of publishing, on the draft and the published version alike', async () => {
    const { articles, newDraft } = await testArticles();
    const draft = await newDraft({ title: 'Tin chưa ghi ngày', slug: 'tin-chua-ghi-ngay' });
    const before = Date.now();
    await articles.publish({ documentId: draft.documentId });
    const published = await articles.findOne({ documentId: draft.documentId, status: 'published' });
    const stored = await articles.findOne({ documentId: draft.documentId, status: 'draft' });
    expect(published?.publishedDate).toBeTruthy();
    const date = new Date(published!.publishedDate as string).getTime();
    expect(date).toBeGreaterThanOrEqual(before - 1000);
    expect(date).toBeLessThanOrEqual(Date.now() + 1000);
    expect(stored?.publishedDate).toBe(published?.publishedDate);
  });

  it('keeps a date the editor typed', async () => {
    const { articles, newDraft } = await testArticles();
    const draft = await newDraft({ title: 'Tin có ngày', slug: 'tin-co-ngay', publishedDate: '2024-03-08T07:00:00+07:00' });
    await articles.publish({ documentId: draft.documentId });
    const published = await articles.findOne({ documentId: draft.documentId, status: 'published' });
    expect(new Date(published!.publishedDate as string).toISOString()).toBe('2024-03-08T00:00:00.000Z');
  });
});

describe('the slug of a new entry', () => {
  it('is made from the title when the form still holds the placeholder "article"', async () => {
    const { articles, newDraft } = await testArticles();
    const first = await newDraft({ title: 'Đồng hành cùng phụ nữ khởi nghiệp', slug: 'article' });
    const second = await newDraft({ title: 'Đồng hành cùng phụ nữ khởi nghiệp', slug: 'article-3' });
    expect(first.slug).toBe('dong-hanh-cung-phu-nu-khoi-nghiep');
    expect(second.slug).toBe('dong-hanh-cung-phu-nu-khoi-nghiep-2');
    const typed = await newDraft({ title: 'Tin khác', slug: 'duong-dan-rieng' });
    expect(typed.slug).toBe('duong-dan-rieng');
    // An existing entry keeps its URL when its title changes.
    const renamed = await articles.update({ documentId: first.documentId, data: { title: 'Tiêu đề mới', slug: 'article' } as never });
    expect(renamed?.slug).toBe('article');
  });
});
