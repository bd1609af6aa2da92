import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pngFromRows } from '@hoilhpn/testing/png';
import { afterAll, describe, expect, it } from 'vitest';
import {
  OLD_OFFICE_STREAMS,
  compoundFileBytes,
  exeBytes,
  imageBytes,
  officeOpenXmlBytes,
  pdfBytes,
  svgWithScriptBytes,
  vttBytes,
} from '../../e2e/fixtures/upload-files';
import { formatMegabytes, screenUpload } from './screen-upload';

const dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-screen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function fileWith(bytes: Buffer, size?: number): string {
  counter += 1;
  const filepath = path.join(dir, `upload-${counter}`);
  writeFileSync(filepath, bytes);
  // A sparse file: as large as a real one to stat, without writing 60 MB.
  if (size !== undefined) truncateSync(filepath, size);
  return filepath;
}

const MB = 1024 * 1024;

describe('screenUpload', () => {
  it('accepts real images, PDF, Word and subtitles, and says which kind each is', async () => {
    const cases: [string, Buffer, string][] = [
      ['anh-bia.jpg', await imageBytes('jpeg', 320, 200), 'image/jpeg'],
      ['Anh-Bia.JPEG', await imageBytes('jpeg', 320, 200), 'image/jpeg'],
      ['so-do.png', await imageBytes('png', 320, 200), 'image/png'],
      ['bao-cao.pdf', pdfBytes(), 'application/pdf'],
      ['ke-hoach.docx', officeOpenXmlBytes('docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['cong-van.doc', compoundFileBytes([...OLD_OFFICE_STREAMS.doc]), 'application/msword'],
      ['phu-de.vtt', vttBytes(), 'text/vtt'],
    ];
    for (const [name, bytes, mime] of cases) {
      const screening = await screenUpload({ filepath: fileWith(bytes), name });
      expect(screening, name).toMatchObject({ accepted: true, kind: { mime } });
    }
  });

  it('judges a file without an extension by its content alone', async () => {
    expect(await screenUpload({ filepath: fileWith(pdfBytes()), name: 'bao-cao' })).toMatchObject({ accepted: true, kind: { format: 'pdf' } });
  });

  it('refuses a program, naming it and what is allowed', async () => {
    expect(await screenUpload({ filepath: fileWith(exeBytes()), name: 'setup.exe' })).toEqual({
      accepted: false,
      tooLarge: false,
      message:
        'Tệp "setup.exe" không được phép tải lên: chỉ nhận ảnh (JPG, PNG, WebP, GIF, AVIF), PDF, tài liệu Office (.doc, .docx, .xls, .xlsx, .ppt, .pptx, .odt, .ods, .odp), phụ đề .vtt và video .mp4.',
    });
  });

  it('refuses a program renamed .pdf, saying the content is not a PDF', async () => {
    expect(await screenUpload({ filepath: fileWith(exeBytes()), name: 'hoa-don.pdf' })).toEqual({
      accepted: false,
      tooLarge: false,
      message: 'Tệp "hoa-don.pdf" không được phép tải lên: tên tệp có đuôi .pdf nhưng nội dung không phải tệp PDF.',
    });
  });

  it('refuses SVG, under its own name or another, and says why', async () => {
    for (const name of ['logo.svg', 'logo.png']) {
      const screening = await screenUpload({ filepath: fileWith(svgWithScriptBytes()), name });
      expect(screening.accepted).toBe(false);
      if (!screening.accepted)
        expect(screening.message).toBe(
          `Tệp "${name}" không được phép tải lên: không nhận ảnh SVG vì tệp SVG có thể chứa mã chạy trong trình duyệt của bạn đọc; hãy xuất ảnh sang PNG hoặc WebP rồi tải lên.`,
        );
    }
  });

  it('refuses a document with macros', async () => {
    const screening = await screenUpload({
      filepath: fileWith(officeOpenXmlBytes('docx', [{ name: 'word/vbaProject.bin', data: 'VBA' }])),
      name: 'bao-cao.docx',
    });
    expect(screening).toMatchObject({ accepted: false, message: expect.stringContaining('có chứa macro') });
  });

  it('refuses content whose extension says something else, and says which extension to use', async () => {
    expect(await screenUpload({ filepath: fileWith(await imageBytes('png', 64, 64)), name: 'anh.jpg' })).toEqual({
      accepted: false,
      tooLarge: false,
      message: 'Tệp "anh.jpg" không được phép tải lên: nội dung là ảnh PNG nhưng tên tệp có đuôi .jpg; hãy đổi đuôi thành .png rồi tải lên lại.',
    });
  });

  it('refuses an image over 10 MB with its size, and keeps 50 MB for documents', async () => {
    const png = await imageBytes('png', 64, 64);
    expect(await screenUpload({ filepath: fileWith(png, Math.floor(21.6 * MB)), name: 'anh-bia.png' })).toEqual({
      accepted: false,
      tooLarge: true,
      message: 'Tệp "anh-bia.png" quá lớn (21,6 MB): ảnh tối đa 10 MB.',
    });
    // A PDF of 49 MB is within its limit (its padding is not read).
    expect((await screenUpload({ filepath: fileWith(pdfBytes(), 49 * MB), name: 'tai-lieu.pdf' })).accepted).toBe(true);
  });

  it('refuses anything over 50 MB before reading it', async () => {
    expect(await screenUpload({ filepath: fileWith(pdfBytes(), 50 * MB + 1), name: 'tai-lieu.pdf' })).toEqual({
      accepted: false,
      tooLarge: true,
      message: 'Tệp "tai-lieu.pdf" quá lớn (50,1 MB): tối đa 50 MB.',
    });
    expect(await screenUpload({ filepath: fileWith(exeBytes(), 60 * MB), name: 'phim.mp4' })).toEqual({
      accepted: false,
      tooLarge: true,
      message: 'Tệp "phim.mp4" quá lớn (60 MB): tối đa 50 MB.',
    });
  });

  it('refuses an empty file', async () => {
    expect(await screenUpload({ filepath: fileWith(Buffer.alloc(0)), name: 'trong.pdf' })).toMatchObject({
      accepted: false,
      message: 'Tệp "trong.pdf" rỗng (0 byte): hãy chọn lại tệp.',
    });
  });

  it('refuses an image too large to decode safely, from its header alone', async () => {
    // What sharp reads first, the header, says 20,000 × 20,000; almost no pixel data is behind it.
    const headerOnly = pngFromRows(20_000, 20_000, Buffer.alloc(10));
    expect(await screenUpload({ filepath: fileWith(headerOnly), name: 'ban-do.png' })).toEqual({
      accepted: false,
      tooLarge: true,
      message: 'Ảnh "ban-do.png" quá lớn (20.000 × 20.000 điểm ảnh): tối đa 100 triệu điểm ảnh.',
    });
  });

  it('refuses a damaged image in Vietnamese', async () => {
    const png = await imageBytes('png', 320, 200);
    const damaged = Buffer.concat([png.subarray(0, 60), Buffer.alloc(200, 7)]);
    expect(await screenUpload({ filepath: fileWith(damaged), name: 'hong.png' })).toEqual({
      accepted: false,
      tooLarge: false,
      message: 'Tệp "hong.png" không được phép tải lên: không đọc được ảnh, tệp có thể bị hỏng; hãy mở và lưu lại ảnh rồi tải lên.',
    });
  });
});

describe('formatMegabytes', () => {
  it('writes Vietnamese decimals and rounds up', () => {
    expect(formatMegabytes(10 * MB)).toBe('10 MB');
    expect(formatMegabytes(10 * MB + 1)).toBe('10,1 MB');
    expect(formatMegabytes(Math.floor(21.6 * MB))).toBe('21,6 MB');
  });
});
