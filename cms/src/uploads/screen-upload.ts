import { stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { ALLOWED_SUMMARY, type AllowedKind, LARGEST_UPLOAD_BYTES, MAX_IMAGE_PIXELS, UPLOAD_LIMITS, allowedKind, kindForExtension } from './allowed-uploads';
import { type SniffedFormat, sniffFile } from './sniff-content';

export interface UploadCandidate {
  filepath: string;
  /** The name the editor's file had: what the refusal names and what its extension claims. */
  name: string;
}

export type Screening = { accepted: true; kind: AllowedKind } | { accepted: false; tooLarge: boolean; message: string };

const MB = 1024 * 1024;
const megabytes = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('vi-VN');

/**
 * Decides from the file's bytes, not from its name or what the browser said,
 * whether an editor may upload it, and if not says why in Vietnamese, naming
 * the file. The extension must agree with the content, because the media
 * server chooses the Content-Type from it.
 */
export async function screenUpload({ filepath, name }: UploadCandidate): Promise<Screening> {
  const { size } = await stat(filepath);
  if (size === 0) return { accepted: false, tooLarge: false, message: `Tệp "${name}" rỗng (0 byte): hãy chọn lại tệp.` };
  // Before reading the content: nothing larger is allowed whatever it is.
  if (size > LARGEST_UPLOAD_BYTES) return tooLarge(name, size, `tối đa ${formatMegabytes(LARGEST_UPLOAD_BYTES)}`);

  const format = await sniffFile(filepath);
  const extension = path.extname(name).toLowerCase();
  const kind = allowedKind(format);
  if (!kind) return refused(name, whyNotAllowed(format, extension));
  if (extension && !kind.extensions.includes(extension)) {
    return refused(name, `nội dung là ${kind.label} nhưng tên tệp có đuôi ${extension}; hãy đổi đuôi thành ${kind.extensions[0]} rồi tải lên lại.`);
  }
  const limit = UPLOAD_LIMITS[kind.category];
  if (size > limit.maxBytes) return tooLarge(name, size, `${limit.noun} tối đa ${formatMegabytes(limit.maxBytes)}`);
  if (kind.category === 'image') return (await imageProblem(filepath, name)) ?? { accepted: true, kind };
  return { accepted: true, kind };
}

function whyNotAllowed(format: SniffedFormat | undefined, extension: string): string {
  if (format === 'svg' || extension === '.svg') {
    return 'không nhận ảnh SVG vì tệp SVG có thể chứa mã chạy trong trình duyệt của bạn đọc; hãy xuất ảnh sang PNG hoặc WebP rồi tải lên.';
  }
  if (format === 'office-macro') {
    return 'tài liệu có chứa macro (mã lệnh tự chạy); hãy lưu lại thành tài liệu thường, không có macro, rồi tải lên.';
  }
  const claimed = kindForExtension(extension);
  if (claimed) return `tên tệp có đuôi ${extension} nhưng nội dung không phải ${claimed.label}.`;
  return `chỉ nhận ${ALLOWED_SUMMARY}.`;
}

/**
 * The size is read from the header (sharp's own pixel limit lifted for that
 * read only, so the refusal can give the numbers) before anything decodes the
 * picture, which is what costs memory. Then it is decoded once, so that a
 * damaged file is refused here and not with Strapi's English "File is not a
 * valid image".
 */
async function imageProblem(filepath: string, name: string): Promise<Screening | undefined> {
  const unreadable = refused(name, 'không đọc được ảnh, tệp có thể bị hỏng; hãy mở và lưu lại ảnh rồi tải lên.');
  try {
    const { width, height, pages = 1, pageHeight } = await sharp(filepath, { limitInputPixels: false }).metadata();
    if (!width || !height) return unreadable;
    const frameHeight = pageHeight ?? height;
    if (width * frameHeight * pages > MAX_IMAGE_PIXELS) {
      const frames = pages > 1 ? `, ${count.format(pages)} khung hình` : '';
      return {
        accepted: false,
        tooLarge: true,
        message: `Ảnh "${name}" quá lớn (${count.format(width)} × ${count.format(frameHeight)} điểm ảnh${frames}): tối đa ${count.format(MAX_IMAGE_PIXELS / 1_000_000)} triệu điểm ảnh.`,
      };
    }
    await sharp(filepath).stats();
    return undefined;
  } catch {
    return unreadable;
  }
}

function refused(name: string, why: string): Screening {
  return { accepted: false, tooLarge: false, message: `Tệp "${name}" không được phép tải lên: ${why}` };
}

function tooLarge(name: string, size: number, limit: string): Screening {
  return { accepted: false, tooLarge: true, message: `Tệp "${name}" quá lớn (${formatMegabytes(size)}): ${limit}.` };
}

/** Rounded up, so that a file just over a limit never reads as equal to it. */
export function formatMegabytes(bytes: number): string {
  return `${megabytes.format(Math.ceil((bytes / MB) * 10) / 10)} MB`;
}
