import { describe, expect, it } from 'vitest';
import { shortenText } from './shorten-text';

describe('shortenText', () => {
  it('keeps a short text whole, its spaces tidied', () => {
    expect(shortenText('  Hội viên   phụ nữ ', 40)).toBe('Hội viên phụ nữ');
  });

  it('cuts between words, never inside one, and ends with an ellipsis within the limit', () => {
    const lead = 'Hoà Bình: Chú trọng nâng cao năng lực cho cán bộ Hội Phụ nữ cơ sở';
    const short = shortenText(lead, 30);
    expect(short).toBe('Hoà Bình: Chú trọng nâng cao…');
    expect(short.length).toBeLessThanOrEqual(30);
    expect(lead.startsWith(short.slice(0, -1))).toBe(true);
  });

  it('leaves no comma or dash before the ellipsis', () => {
    expect(shortenText('Lạc Sơn, Tân Lạc, Mai Châu', 12)).toBe('Lạc Sơn…');
    expect(shortenText('Đề án 939 – giai đoạn 2017–2025', 14)).toBe('Đề án 939…');
  });

  it('cuts a single word longer than the limit where it must', () => {
    expect(shortenText('https://phunu.example.vn/tin-tuc/mot-bai-rat-dai/', 20)).toBe('https://phunu.examp…');
  });
});
