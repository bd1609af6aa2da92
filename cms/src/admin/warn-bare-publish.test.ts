import { describe, expect, it } from 'vitest';
import type { DocumentActionComponent } from './confirm-unpublish';
import { barePublishQuestion, blocksAreEmpty, missingArticleParts, withBarePublishWarning } from './warn-bare-publish';

const ARTICLE = 'api::article.article';
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const action = (type: string, description: Record<string, unknown> | null): DocumentActionComponent => Object.assign(() => description as never, { type, position: 'panel' });

describe('blocksAreEmpty', () => {
  it('finds no text in what Strapi stores for an untouched or cleared editor', () => {
    expect(blocksAreEmpty(undefined)).toBe(true);
    expect(blocksAreEmpty(null)).toBe(true);
    expect(blocksAreEmpty([])).toBe(true);
    expect(blocksAreEmpty([paragraph('')])).toBe(true);
    expect(blocksAreEmpty([paragraph('  \n'), { type: 'list', children: [{ type: 'list-item', children: [{ type: 'text', text: '' }] }] }])).toBe(true);
    expect(blocksAreEmpty('   ')).toBe(true);
  });

  it('finds text anywhere, an image, or a lead', () => {
    expect(blocksAreEmpty([paragraph(''), { type: 'list', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Hội viên' }] }] }])).toBe(false);
    expect(blocksAreEmpty([{ type: 'image', image: { url: '/uploads/a.jpg' }, children: [{ type: 'text', text: '' }] }])).toBe(false);
    expect(blocksAreEmpty('Sapo của bài')).toBe(false);
  });
});

describe('missingArticleParts', () => {
  it('names the empty sapo and body of an article, and nothing for other types', () => {
    expect(missingArticleParts(ARTICLE, { title: 'Tin', lead: '', body: [paragraph('')] })).toEqual(['sapo', 'nội dung']);
    expect(missingArticleParts(ARTICLE, { title: 'Tin', lead: 'Sapo', body: [] })).toEqual(['nội dung']);
    expect(missingArticleParts(ARTICLE, { title: 'Tin', lead: 'Sapo', body: [paragraph('Nội dung')] })).toEqual([]);
    expect(missingArticleParts('api::video.video', { title: 'Video' })).toEqual([]);
    expect(missingArticleParts(ARTICLE, undefined)).toEqual([]);
  });

  it('asks in Vietnamese, naming what is missing', () => {
    expect(barePublishQuestion(['sapo', 'nội dung']).title).toBe('Xuất bản bài chưa có sapo và nội dung?');
    expect(barePublishQuestion(['nội dung']).content).toContain('Bài này chưa có nội dung.');
  });
});

describe('withBarePublishWarning', () => {
  it("turns Publish of an article without a body into a question whose confirmation publishes through Strapi's own publish", async () => {
    let published = 0;
    const strapiDialog = { type: 'dialog', title: 'Confirmation', onConfirm: async () => (published += 1) };
    let values: Record<string, unknown> = { lead: 'Sapo', body: [] };
    const [publish, unpublish] = withBarePublishWarning(
      [action('publish', { label: 'Xuất bản', onClick: async () => ((published += 1), true), dialog: strapiDialog }), action('unpublish', { label: 'Gỡ' })],
      () => values,
    );
    expect(publish!.type).toBe('publish');
    expect(unpublish!({ model: ARTICLE })).toEqual({ label: 'Gỡ' });
    const warned = publish!({ model: ARTICLE }) as { onClick: () => unknown; dialog: { title: string; confirmLabel: string; onConfirm: () => Promise<unknown> } };
    expect(warned.onClick()).toBeUndefined();
    expect(published).toBe(0);
    expect(warned.dialog.title).toBe('Xuất bản bài chưa có nội dung?');
    expect(warned.dialog.confirmLabel).toBe('Vẫn xuất bản');
    await warned.dialog.onConfirm();
    expect(published).toBe(1);
    // Once the body is written, Publish is Strapi's own again.
    values = { lead: 'Sapo', body: [paragraph('Nội dung')] };
    expect((publish!({ model: ARTICLE }) as { dialog: unknown }).dialog).toBe(strapiDialog);
  });

  it('leaves other types and a hidden Publish alone', () => {
    const own = { label: 'Xuất bản', onClick: () => true };
    expect(withBarePublishWarning([action('publish', own)], () => ({}))[0]!({ model: 'api::tag.tag' })).toBe(own);
    expect(withBarePublishWarning([action('publish', null)], () => ({}))[0]!({ model: ARTICLE })).toBeNull();
  });
});
