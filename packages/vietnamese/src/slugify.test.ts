import { describe, expect, it } from 'vitest';
import { slugify } from './slugify.js';

describe('slugify', () => {
  it('turns the seed article title into a readable ASCII slug', () => {
    expect(slugify('Hoà Bình: Chú trọng nâng cao năng lực cho cán bộ Hội Phụ nữ cơ sở')).toBe(
      'hoa-binh-chu-trong-nang-cao-nang-luc-cho-can-bo-hoi-phu-nu-co-so',
    );
  });

  it('gives the same slug for both tone-mark placements and both Unicode forms', () => {
    const modern = slugify('Hoà Bình');
    expect(slugify('Hòa Bình')).toBe(modern);
    expect(slugify('Hoà Bình'.normalize('NFD'))).toBe(modern);
    expect(modern).toBe('hoa-binh');
  });

  it('maps đ and Đ to d', () => {
    expect(slugify('Đề án 938: Đoàn kết')).toBe('de-an-938-doan-ket');
  });

  it('drops punctuation and collapses separators', () => {
    expect(slugify('  “Tập trung” — xây dựng… cơ sở!! ')).toBe('tap-trung-xay-dung-co-so');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('một hai ba bốn năm sáu bảy tám chín mười', 20);
    expect(slug).toBe('mot-hai-ba-bon-nam');
    expect(slug.length).toBeLessThanOrEqual(20);
  });

  it('returns an empty slug for text without letters or digits', () => {
    expect(slugify('—…!')).toBe('');
  });
});
