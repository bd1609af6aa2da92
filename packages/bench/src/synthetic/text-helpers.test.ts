import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './legacy-paragraphs.js';
import { SlugRegistry } from './slug-registry.js';
import { capitalize, fillTemplate, formatVietnameseNumber, vietnameseDate, vietnamIso } from './text-helpers.js';

describe('text helpers', () => {
  it('fill templates and refuse unknown placeholders', () => {
    expect(fillTemplate('Hội LHPN {district} năm {year}', { district: 'huyện Lạc Sơn', year: 2023 })).toBe('Hội LHPN huyện Lạc Sơn năm 2023');
    expect(() => fillTemplate('{missing}', {})).toThrow(/missing/);
  });

  it('write numbers and dates the Vietnamese way', () => {
    expect(formatVietnameseNumber(1250)).toBe('1.250');
    expect(formatVietnameseNumber(12.5)).toBe('12,5');
    expect(formatVietnameseNumber(817)).toBe('817');
    expect(vietnameseDate(2023, 11, 21)).toBe('21/11/2023');
    expect(vietnamIso(2023, 1, 5, 8, 30)).toBe('2023-01-05T08:30:00+07:00');
    expect(capitalize('đẩy mạnh')).toBe('Đẩy mạnh');
  });
});

describe('SlugRegistry', () => {
  it('slugifies Vietnamese and numbers repeats', () => {
    const slugs = new SlugRegistry(['hoa-binh']);
    expect(slugs.claim('Hoà Bình')).toBe('hoa-binh-2');
    expect(slugs.claim('Hòa Bình')).toBe('hoa-binh-3');
    expect(slugs.claim('Đề án 938')).toBe('de-an-938');
  });
});

describe('paragraphsOf', () => {
  it('keeps body paragraphs in NFC and drops titles, dates and captions', () => {
    const body =
      'Thực hiện chủ đề năm 2023, Hội LHPN tỉnh đã tích cực triển khai các giải pháp, tổ chức nhiều hoạt động thiết thực, phù hợp nhằm nâng cao năng lực cán bộ.';
    const text = `Tiêu đề bài\n\n21/11/2023\n${body.normalize('NFD')}\n   Chú thích ảnh\n`;
    expect(paragraphsOf(text)).toEqual([body]);
  });
});
