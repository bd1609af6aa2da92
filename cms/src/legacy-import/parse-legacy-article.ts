import { parseVietnameseDate, slugify, toNfc } from '@hoilhpn/vietnamese';
import { isDateLine, readByline } from './legacy-byline';

/** One article as the Union's old website exported it, ready to store. */
export interface LegacyArticle {
  title: string;
  slug: string;
  /** ISO instant in Asia/Ho_Chi_Minh (+07:00) */
  publishedDate: string;
  lead: string;
  paragraphs: string[];
  /** A caption sits after `afterParagraph` body paragraphs (0: right after the lead). */
  figures: { caption: string; afterParagraph: number }[];
  author: string | null;
}

export class LegacyParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'LegacyParseError';
  }
}

/** A legacy article is a few KB; anything this large is not one. */
export const MAX_LEGACY_FILE_BYTES = 1024 * 1024;

/* Navigation the old site printed after every article; not content. */
const SITE_CHROME = new Set(
  ['các đề án', 'video', 'tin liên quan', 'tin khác', 'bình luận', 'chia sẻ', 'in bài viết', 'về đầu trang', 'tin mới nhất', 'xem thêm'].map((line) =>
    line.normalize('NFC'),
  ),
);

const INDENT = /^[\s\u00a0\u2000-\u200b\u202f\u3000]+/u;
const SENTENCE_END = /[.!?…:;"”»)]$/u;
const MAX_CAPTION_CHARS = 200;

interface SourceLine {
  number: number;
  raw: string;
  text: string;
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    const line = countLines(bytes.subarray(0, bytes.indexOf(0)));
    throw new LegacyParseError(file, line, 'binary data (NUL byte): not a text export');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LegacyParseError(file, firstInvalidUtf8Line(bytes), 'not valid UTF-8 text');
  }
}

function countLines(bytes: Uint8Array): number {
  let lines = 1;
  for (const byte of bytes) if (byte === 0x0a) lines += 1;
  return lines;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      start = index + 1;
      line += 1;
    }
  }
  return line;
}

function isChrome(text: string): boolean {
  return SITE_CHROME.has(text.toLocaleLowerCase('vi'));
}

function looksLikeCaption(line: SourceLine): boolean {
  if (INDENT.test(line.raw)) return true;
  return line.text.length <= MAX_CAPTION_CHARS && !SENTENCE_END.test(line.text);
}

/**
 * Reads one exported article: title line; date line ("21/11/2023", also with
 * weekday and time); lead paragraph; body paragraphs and image captions
 * (short lines without closing punctuation, or indented ones); the byline on
 * the last line (see legacy-byline.ts), perhaps with a date line under it;
 * then site chrome such as "CÁC ĐỀ ÁN" and "Video", dropped.
 * Throws LegacyParseError naming the file and line; it never returns half an article.
 */
export function parseLegacyArticle(file: string, bytes: Uint8Array): LegacyArticle {
  if (bytes.length === 0) throw new LegacyParseError(file, 1, 'empty file');
  if (bytes.length > MAX_LEGACY_FILE_BYTES) {
    throw new LegacyParseError(file, 1, `file is ${bytes.length} bytes; a legacy article export is at most ${MAX_LEGACY_FILE_BYTES} bytes`);
  }
  const text = toNfc(decodeUtf8(file, bytes)).replace(/^\ufeff/u, '');
  const lines: SourceLine[] = text
    .split(/\r\n|\r|\n/u)
    .map((raw, index) => ({ number: index + 1, raw, text: raw.replace(/[\s\u00a0\u200b]+/gu, ' ').trim() }))
    .filter((line) => line.text !== '');
  if (lines.length === 0) throw new LegacyParseError(file, 1, 'no text: the file holds only blank lines');

  while (lines.length > 0 && isChrome(lines[lines.length - 1]!.text)) lines.pop();

  const [titleLine, dateLine, leadLine, ...rest] = lines;
  if (!titleLine) throw new LegacyParseError(file, 1, 'no title line');
  if (/^[\p{Cc}\p{Co}\p{Cn}\ufffd]/u.test(titleLine.text)) {
    throw new LegacyParseError(file, titleLine.number, 'title line is not readable text');
  }
  if (!dateLine) {
    throw new LegacyParseError(file, titleLine.number + 1, 'no date line after the title (expected e.g. 21/11/2023)');
  }
  const date = parseVietnameseDate(dateLine.text);
  if (!date) {
    throw new LegacyParseError(
      file,
      dateLine.number,
      `expected the date line (e.g. "21/11/2023" or "Thứ Ba, 21/11/2023 08:30"), found "${dateLine.text.slice(0, 60)}"`,
    );
  }
  if (!leadLine) throw new LegacyParseError(file, dateLine.number + 1, 'no lead paragraph after the date line');

  // A date under the byline repeats the article's date; left in, it would become an empty figure.
  if (rest.length > 0 && isDateLine(rest[rest.length - 1]!.text)) rest.pop();
  let author: string | null = null;
  const last = rest[rest.length - 1];
  // Indented lines are captions: the export indents those, never the byline.
  const byline = last && !INDENT.test(last.raw) ? readByline(last.text) : null;
  if (byline) {
    author = byline;
    rest.pop();
  }

  const paragraphs: string[] = [];
  const figures: LegacyArticle['figures'] = [];
  for (const line of rest) {
    if (looksLikeCaption(line)) figures.push({ caption: line.text, afterParagraph: paragraphs.length });
    else paragraphs.push(line.text);
  }
  if (paragraphs.length === 0) {
    throw new LegacyParseError(file, leadLine.number + 1, 'no body paragraph after the lead');
  }

  const slug = slugify(titleLine.text);
  if (!slug) throw new LegacyParseError(file, titleLine.number, 'the title has no letters or digits to make a slug from');

  return {
    title: titleLine.text,
    slug,
    publishedDate: date.iso,
    lead: leadLine.text,
    paragraphs,
    figures,
    author,
  };
}
