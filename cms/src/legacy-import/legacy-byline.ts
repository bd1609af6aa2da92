import { parseVietnameseDate } from '@hoilhpn/vietnamese';

/*
 * The old website ended an article with its byline, in one of these shapes:
 *   Kim Quế                                  a name
 *   Nguyễn Thị Hoa - Hội LHPN huyện Lạc Sơn  a name, then an affiliation after a dash, comma or in brackets
 *   Bài, ảnh: Hà Linh                        a name after "Bài:", "Tin, ảnh:" …
 *   Theo Báo Phụ nữ Việt Nam / Nguồn: …      where the article came from
 *   Kim Quế - 21/11/2023                     any of these followed by a date, which is not part of the byline
 * A name is told from an image caption by its words: Vietnamese names capitalise
 * every syllable ("Nguyễn Thị Hoa"), captions are sentence case ("Các đại biểu dự hội nghị").
 */

const MAX_NAME_WORDS = 6;
const MAX_AFFILIATION_WORDS = 12;
const MAX_SOURCE_WORDS = 12;

/** "Kim", "QUẾ", "Ng." or initials such as "N.T.H." */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]*\.?|\p{Lu}[\p{Lu}\p{M}]+|(?:\p{Lu}\.)+\p{Lu}?)$/u;
const CREDIT_PREFIX = /^(?:(?:bài|tin)(?:\s*(?:,|và)\s*ảnh)?|ảnh\s*(?:,|và)\s*bài)\s*:\s*/iu;
/** What follows "Theo": a name ("Báo Phụ nữ Việt Nam", "TTXVN") or a web address ("hoilhpn.org.vn"). */
const SOURCE_NAME = /^(?:\p{Lu}|[\p{Ll}\d-]+\.\p{Ll})/u;
const SENTENCE_END = /[.!?…:;"”»]$/u;

function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '');
}

function isName(text: string): boolean {
  const parts = words(text);
  return parts.length > 0 && parts.length <= MAX_NAME_WORDS && parts.every((word) => NAME_WORD.test(word));
}

/** An organisation or place after the name: a short phrase, not a sentence. */
function isAffiliation(text: string): boolean {
  const count = words(text).length;
  return count > 0 && count <= MAX_AFFILIATION_WORDS && !SENTENCE_END.test(text) && !/[()]/u.test(text);
}

/** "Nguyễn Thị Hoa - Hội LHPN huyện X", "Kim Quế, Hội LHPN xã Y", "Kim Quế (Hội LHPN huyện Z)" or just the name. */
function isNameWithAffiliation(text: string): boolean {
  if (isName(text)) return true;
  const bracketed = /^(.+?)\s*\((.+)\)$/u.exec(text);
  if (bracketed) return isName(bracketed[1]!) && isAffiliation(bracketed[2]!);
  const separated = /^(.+?)\s*[-–—,]\s*(.+)$/u.exec(text);
  return separated !== null && isName(separated[1]!) && isAffiliation(separated[2]!);
}

function isSource(text: string): boolean {
  if (words(text).length > MAX_SOURCE_WORDS) return false;
  const labelled = /^nguồn\s*:\s*(\S.*)$/iu.exec(text);
  // "Nguồn: …" is labelled, so a closing full stop is allowed.
  if (labelled) return !/[!?:;]$/u.test(labelled[1]!);
  // "Theo …" also opens body sentences ("Theo kế hoạch, …"): only a name or address after it, and no full stop.
  const according = /^theo\s+(\S.*)$/iu.exec(text);
  return according !== null && SOURCE_NAME.test(according[1]!) && !SENTENCE_END.test(text) && !text.includes(',');
}

/**
 * Splits a trailing date off a byline ("Kim Quế - 21/11/2023", "Kim Quế (21/11/2023)"):
 * returns the text before it, or the whole text when it ends in no date.
 */
function withoutTrailingDate(text: string): string {
  for (const match of text.matchAll(/(?:^|[\s(,])(?=\S)/gu)) {
    const start = match.index + match[0].length;
    if (start === 0) continue;
    const tail = text.slice(start).replace(/\)\s*$/u, '');
    if (parseVietnameseDate(tail)) return text.slice(0, start).replace(/[\s,(|–—-]+$/u, '');
  }
  return text;
}

/**
 * Returns the byline to store as the article's author (as written, without a
 * trailing date), or null when the line is no byline (a caption or a sentence).
 */
export function readByline(line: string): string | null {
  if (isDateLine(line)) return null;
  const text = withoutTrailingDate(line.trim());
  if (text === '') return null;
  if (isSource(text)) return text;
  const credited = text.replace(CREDIT_PREFIX, '');
  return isNameWithAffiliation(credited) ? text : null;
}

/** A line that is only a date, as some exports put under the byline. */
export function isDateLine(line: string): boolean {
  return parseVietnameseDate(line) !== undefined;
}
