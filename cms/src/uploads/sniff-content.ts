import { COMPOUND_FILE_SIGNATURE, compoundFileEntryNames } from './compound-file-entries';
import { type RandomAccess, withFileAccess } from './random-access';
import { firstStoredEntry, zipEntryNames } from './zip-entries';

/**
 * What a file's bytes are, whatever its name or the browser say. `svg` and
 * `office-macro` are recognised only to tell the editor why they are refused.
 */
export type SniffedFormat =
  | 'jpeg'
  | 'png'
  | 'gif'
  | 'webp'
  | 'avif'
  | 'pdf'
  | 'doc'
  | 'xls'
  | 'ppt'
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'vtt'
  | 'mp4'
  | 'svg'
  | 'office-macro';

const HEAD_LENGTH = 4100;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// ISO media brands that Strapi's own check (file-type) also reports as video/mp4; QuickTime, M4V and 3GP are other formats.
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'mmp4', 'MSNV']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const OPEN_DOCUMENT: Record<string, SniffedFormat> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

export function sniffFile(filepath: string): Promise<SniffedFormat | undefined> {
  return withFileAccess(filepath, sniffContent);
}

export async function sniffContent(file: RandomAccess): Promise<SniffedFormat | undefined> {
  const head = await file.read(0, HEAD_LENGTH);
  const ascii = (start: number, end: number) => head.toString('latin1', start, end);
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (startsWith(head, PNG_SIGNATURE)) return 'png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp') return isoMediaFormat(head);
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  if (startsWith(head, COMPOUND_FILE_SIGNATURE)) return oldOfficeFormat(await compoundFileEntryNames(file));
  if (startsWith(head, ZIP_SIGNATURE)) return zippedOfficeFormat(head, await zipEntryNames(file));
  if (isWebVtt(head)) return 'vtt';
  if (isSvg(head)) return 'svg';
  return undefined;
}

function startsWith(head: Buffer, signature: Buffer): boolean {
  return head.length >= signature.length && head.subarray(0, signature.length).equals(signature);
}

function isoMediaFormat(head: Buffer): SniffedFormat | undefined {
  const majorBrand = head.toString('latin1', 8, 12).trim();
  if (AVIF_BRANDS.has(majorBrand)) return 'avif';
  if (MP4_BRANDS.has(majorBrand)) return 'mp4';
  return undefined;
}

function oldOfficeFormat(names: string[] | undefined): SniffedFormat | undefined {
  if (!names) return undefined;
  // Word and Excel keep a VBA project's code under this stream name.
  if (names.includes('_VBA_PROJECT')) return 'office-macro';
  if (names.includes('WordDocument')) return 'doc';
  if (names.includes('Workbook') || names.includes('Book')) return 'xls';
  if (names.includes('PowerPoint Document')) return 'ppt';
  return undefined;
}

function zippedOfficeFormat(head: Buffer, names: string[] | undefined): SniffedFormat | undefined {
  if (!names) return undefined;
  const first = firstStoredEntry(head);
  if (first?.name === 'mimetype' && OPEN_DOCUMENT[first.content]) {
    return names.some((name) => name.startsWith('Basic/') || name.startsWith('Scripts/')) ? 'office-macro' : OPEN_DOCUMENT[first.content];
  }
  if (!names.includes('[Content_Types].xml')) return undefined;
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return 'office-macro';
  if (names.some((name) => name.startsWith('word/'))) return 'docx';
  if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
  if (names.some((name) => name.startsWith('ppt/'))) return 'pptx';
  return undefined;
}

/** "WEBVTT" alone on its first line or followed by a space or tab (W3C WebVTT), in UTF-8 text. */
function isWebVtt(head: Buffer): boolean {
  const text = startsWith(head, UTF8_BOM) ? head.subarray(UTF8_BOM.length) : head;
  if (text.toString('latin1', 0, 6) !== 'WEBVTT') return false;
  const after = text[6];
  if (after !== undefined && after !== 0x20 && after !== 0x09 && after !== 0x0a && after !== 0x0d) return false;
  if (text.includes(0)) return false;
  try {
    // `stream` lets a character cut in two at the end of the head pass.
    new TextDecoder('utf-8', { fatal: true }).decode(text, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function isSvg(head: Buffer): boolean {
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.startsWith('<') && /<svg[\s>/]/i.test(text);
}
