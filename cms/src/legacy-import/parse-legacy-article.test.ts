import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LegacyParseError, MAX_LEGACY_FILE_BYTES, parseLegacyArticle } from './parse-legacy-article';

const SEED_FILE = path.resolve(__dirname, '../../data/legacy-articles/000_0c5172275c553ac9.txt');
const utf8 = (text: string) => new TextEncoder().encode(text);

function parseError(name: string, bytes: Uint8Array): LegacyParseError {
  try {
    parseLegacyArticle(name, bytes);
  } catch (error) {
    if (error instanceof LegacyParseError) return error;
    throw error;
  }
  throw new Error(`${name} parsed, but should not have`);
}

describe('parseLegacyArticle on the seed article', () => {
  const article = parseLegacyArticle('000.txt', readFileSync(SEED_FILE));

  it('reads title, slug and date', () => {
    expect(article.title).toBe('Hoà Bình: Chú trọng nâng cao năng lực cho cán bộ Hội Phụ nữ cơ sở');
    expect(article.slug).toBe('hoa-binh-chu-trong-nang-cao-nang-luc-cho-can-bo-hoi-phu-nu-co-so');
    expect(article.publishedDate).toBe('2023-11-21T00:00:00+07:00');
  });

  it('reads the lead and five body paragraphs', () => {
    expect(article.lead.startsWith('Thực hiện chủ đề năm 2023: “Tập trung xây dựng cơ sở Hội')).toBe(true);
    expect(article.lead.endsWith('xây dựng tổ chức Hội ngày càng vững mạnh.')).toBe(true);
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs[0]!.startsWith('Các hoạt động triển khai')).toBe(true);
    expect(article.paragraphs[3]!).toContain('27 Chủ tịch Hội phụ nữ cơ sở, 50 chi hội trưởng');
    expect(article.paragraphs[4]!.startsWith('Trong thời gian tới')).toBe(true);
  });

  it('keeps both captions as captions, where they stood, without the non-breaking-space indent', () => {
    expect(article.figures).toEqual([
      { caption: 'Hội nghị biểu dương cán bộ cơ sở giỏi cấp tỉnh', afterParagraph: 0 },
      { caption: 'Mô hình kết nạp hội viên danh dự xã Tân Lập, Lạc Sơn', afterParagraph: 3 },
    ]);
  });

  it('keeps the author as author and drops the site chrome', () => {
    expect(article.author).toBe('Kim Quế');
    const everything = JSON.stringify(article);
    expect(everything).not.toContain('CÁC ĐỀ ÁN');
    expect(everything).not.toMatch(/"Video"/);
  });

  it('stores NFC text even from a decomposed (NFD) export', () => {
    const decomposed = parseLegacyArticle('nfd.txt', utf8(readFileSync(SEED_FILE, 'utf8').normalize('NFD')));
    expect(decomposed).toEqual(article);
    expect(decomposed.title).toBe(decomposed.title.normalize('NFC'));
  });
});

describe('parseLegacyArticle on other shapes', () => {
  it('accepts a date line with weekday and time, CRLF line ends and a BOM', () => {
    const text = '\ufeffTiêu đề thử\r\n\r\nThứ Ba, 21/11/2023 08:30\r\nSapo của bài.\r\nĐoạn một.\r\nNguyễn Văn A\r\n';
    const article = parseLegacyArticle('crlf.txt', utf8(text));
    expect(article.publishedDate).toBe('2023-11-21T08:30:00+07:00');
    expect(article.lead).toBe('Sapo của bài.');
    expect(article.paragraphs).toEqual(['Đoạn một.']);
    expect(article.author).toBe('Nguyễn Văn A');
  });

  const withEnding = (ending: string) =>
    parseLegacyArticle('byline.txt', utf8(`Tiêu đề\n21/11/2023\nSapo.\nĐoạn một.\nĐoạn hai.\n${ending}\n\nCÁC ĐỀ ÁN\nVideo\n`));

  it('keeps an author with an affiliation as the author, not as an empty figure', () => {
    const article = withEnding('Nguyễn Thị Hoa - Hội LHPN huyện Lạc Sơn');
    expect(article.author).toBe('Nguyễn Thị Hoa - Hội LHPN huyện Lạc Sơn');
    expect(article.figures).toEqual([]);
    expect(article.paragraphs).toEqual(['Đoạn một.', 'Đoạn hai.']);
  });

  it('reads "Theo …" and "Nguồn: …" lines as the author', () => {
    expect(withEnding('Theo Báo Phụ nữ Việt Nam điện tử').author).toBe('Theo Báo Phụ nữ Việt Nam điện tử');
    expect(withEnding('Nguồn: Cổng thông tin điện tử tỉnh Hòa Bình.').author).toBe('Nguồn: Cổng thông tin điện tử tỉnh Hòa Bình.');
  });

  it('reads a name followed by a date, on its line or on the next, and keeps the date out of the figures', () => {
    for (const ending of ['Kim Quế - 21/11/2023', 'Kim Quế\n21/11/2023']) {
      const article = withEnding(ending);
      expect(article.author, ending).toBe('Kim Quế');
      expect(article.figures, ending).toEqual([]);
    }
  });

  it('keeps a short sentence-case caption at the end as a caption', () => {
    const article = withEnding('Các đại biểu dự hội nghị');
    expect(article.author).toBeNull();
    expect(article.figures).toEqual([{ caption: 'Các đại biểu dự hội nghị', afterParagraph: 2 }]);
  });

  it('leaves the author empty when the last line is a sentence', () => {
    const article = parseLegacyArticle('no-author.txt', utf8('Tiêu đề\n21/11/2023\nSapo.\nĐoạn một.\nĐoạn cuối.\n'));
    expect(article.author).toBeNull();
    expect(article.paragraphs).toEqual(['Đoạn một.', 'Đoạn cuối.']);
  });
});

describe('parseLegacyArticle refuses malformed files, naming file and line', () => {
  it('empty file', () => {
    expect(parseError('empty.txt', new Uint8Array()).message).toBe('empty.txt:1: empty file');
    expect(parseError('blank.txt', utf8('\n \n\u00a0\n')).message).toMatch(/^blank\.txt:1: no text/);
  });

  it('no date line', () => {
    const error = parseError('no-date.txt', utf8('Tiêu đề\n\nSapo của bài viết.\nĐoạn một.\n'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^no-date\.txt:3: expected the date line .* found "Sapo của bài viết\."/);
  });

  it('a date in an unknown format', () => {
    for (const date of ['2023-11-21', 'November 21, 2023', '21/11/23', '31/02/2023']) {
      const error = parseError('odd-date.txt', utf8(`Tiêu đề\n${date}\nSapo.\nĐoạn.\n`));
      expect(error.line).toBe(2);
      expect(error.message).toContain(`found "${date}"`);
    }
  });

  it('title only', () => {
    expect(parseError('title-only.txt', utf8('Chỉ có tiêu đề\n')).message).toBe('title-only.txt:2: no date line after the title (expected e.g. 21/11/2023)');
  });

  it('no body after the lead', () => {
    expect(parseError('no-body.txt', utf8('Tiêu đề\n21/11/2023\nSapo.\n')).message).toMatch(/^no-body\.txt:4: no body paragraph/);
  });

  it('binary garbage', () => {
    const garbage = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 256);
    const error = parseError('garbage.bin', garbage);
    expect(error.message).toMatch(/^garbage\.bin:\d+: (binary data|not valid UTF-8)/);
  });

  it('invalid UTF-8 names the line', () => {
    const bytes = new Uint8Array([...utf8('Tiêu đề\n21/11/2023\n'), 0xc3, 0x28, 0x0a]);
    expect(parseError('latin.txt', bytes).message).toBe('latin.txt:3: not valid UTF-8 text');
  });

  it('a 5 MB file', () => {
    const big = utf8(`Tiêu đề\n21/11/2023\n${'Đoạn văn rất dài. '.repeat(300_000)}\n`);
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(parseError('big.txt', big).message).toBe(
      `big.txt:1: file is ${big.length} bytes; a legacy article export is at most ${MAX_LEGACY_FILE_BYTES} bytes`,
    );
  });
});
