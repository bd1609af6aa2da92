import { describe, expect, it } from 'vitest';
import { articleSearchText } from './article-search-text.js';
import type { Article } from './types.js';
import { mediaAsset } from '../test-support/media-asset.js';

const image = mediaAsset();

const article = (overrides: Partial<Article> = {}) => ({
  title: 'Hoà Bình: tin',
  lead: 'Sapo',
  body: [
    { type: 'paragraph', children: [{ type: 'text', text: 'Đoạn một' }] },
    { type: 'image', image: { ...image, caption: 'Đội văn nghệ Mường' }, children: [] },
  ],
  author: 'Đinh Thị Đượm',
  cover: image,
  coverCaption: 'Hội nghị biểu dương cán bộ cơ sở giỏi cấp tỉnh',
  figures: [{ image, caption: 'Mô hình xã Tân Lập, Lạc Sơn', alt: '', afterParagraph: 1 }],
  ...overrides,
});

describe('articleSearchText', () => {
  it('holds, folded, everything the page shows: title, lead, body, every caption and the author', () => {
    const text = articleSearchText(article());
    for (const expected of [
      'hoa binh: tin',
      'sapo',
      'doan mot',
      'doi van nghe muong',
      'hoi nghi bieu duong can bo co so gioi cap tinh',
      'mo hinh xa tan lap, lac son',
      'dinh thi duom',
    ]) {
      expect(text).toContain(expected);
    }
    // eslint-disable-next-line no-control-regex -- ASCII, controls included
    expect(text).toMatch(/^[\x00-\x7f]*$/);
  });

  it('leaves out a cover caption without a cover: the page does not show it', () => {
    expect(articleSearchText(article({ cover: null }))).not.toContain('hoi nghi');
  });

  it('folds decomposed (NFD) text the same way', () => {
    const nfd = article({ author: 'Đinh Thị Đượm'.normalize('NFD'), figures: [{ image, caption: 'Lạc Sơn'.normalize('NFD'), alt: '', afterParagraph: 0 }] });
    expect(articleSearchText(nfd)).toContain('dinh thi duom');
    expect(articleSearchText(nfd)).toContain('lac son');
  });
});
