import type { SniffedFormat } from './sniff-content';

export type UploadCategory = 'image' | 'document' | 'video';

const MB = 1024 * 1024;

/** The largest file an editor may upload in each category, and the word the refusal uses for it. */
export const UPLOAD_LIMITS: Readonly<Record<UploadCategory, { maxBytes: number; noun: string }>> = {
  image: { maxBytes: 10 * MB, noun: 'ảnh' },
  document: { maxBytes: 50 * MB, noun: 'tài liệu' },
  video: { maxBytes: 50 * MB, noun: 'video' },
};

/** Larger images are scaled down to this longest side on upload: wider than any page shows them, sharp on a 1280 px retina column. */
export const MAX_IMAGE_SIDE = 2560;
/** Decoding is what costs memory, not the file size: a 10 MB PNG can hold a 30,000 × 30,000 image. */
export const MAX_IMAGE_PIXELS = 100_000_000;

export interface AllowedKind {
  format: Exclude<SniffedFormat, 'svg' | 'office-macro'>;
  category: UploadCategory;
  /** The type recorded in the media library, whatever the browser sent. */
  mime: string;
  /** The names it may have; the first is the one to suggest. */
  extensions: readonly string[];
  /** As an editor reads it in a refusal: "nội dung là ảnh PNG". */
  label: string;
  /** What Strapi's own check (file-type) reports for the same bytes, so that it lets through what this list allows. */
  detectedAs?: readonly string[];
}

/** A document kind: its one extension is its format's name. */
function documentKind(format: AllowedKind['format'], mime: string, label: string, detectedAs?: readonly string[]): AllowedKind {
  return { format, category: 'document', mime, extensions: [`.${format}`], label, ...(detectedAs && { detectedAs }) };
}

export const ALLOWED_KINDS: readonly AllowedKind[] = [
  { format: 'jpeg', category: 'image', mime: 'image/jpeg', extensions: ['.jpg', '.jpeg'], label: 'ảnh JPG' },
  { format: 'png', category: 'image', mime: 'image/png', extensions: ['.png'], label: 'ảnh PNG' },
  { format: 'webp', category: 'image', mime: 'image/webp', extensions: ['.webp'], label: 'ảnh WebP' },
  { format: 'gif', category: 'image', mime: 'image/gif', extensions: ['.gif'], label: 'ảnh GIF' },
  { format: 'avif', category: 'image', mime: 'image/avif', extensions: ['.avif'], label: 'ảnh AVIF' },
  // Illustrator saves PDF-compatible files that file-type names after Illustrator.
  documentKind('pdf', 'application/pdf', 'tệp PDF', ['application/illustrator']),
  documentKind('doc', 'application/msword', 'tài liệu Word (.doc)', ['application/x-cfb']),
  documentKind('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'tài liệu Word (.docx)'),
  documentKind('xls', 'application/vnd.ms-excel', 'bảng tính Excel (.xls)', ['application/x-cfb']),
  documentKind('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'bảng tính Excel (.xlsx)'),
  documentKind('ppt', 'application/vnd.ms-powerpoint', 'bản trình chiếu PowerPoint (.ppt)', ['application/x-cfb']),
  documentKind('pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'bản trình chiếu PowerPoint (.pptx)'),
  documentKind('odt', 'application/vnd.oasis.opendocument.text', 'văn bản OpenDocument (.odt)'),
  documentKind('ods', 'application/vnd.oasis.opendocument.spreadsheet', 'bảng tính OpenDocument (.ods)'),
  documentKind('odp', 'application/vnd.oasis.opendocument.presentation', 'bản trình chiếu OpenDocument (.odp)'),
  documentKind('vtt', 'text/vtt', 'phụ đề WebVTT (.vtt)'),
  { format: 'mp4', category: 'video', mime: 'video/mp4', extensions: ['.mp4'], label: 'video MP4' },
];

/** What the refusal says is allowed; a unit test checks that it names every kind above. */
export const ALLOWED_SUMMARY =
  'ảnh (JPG, PNG, WebP, GIF, AVIF), PDF, tài liệu Office (.doc, .docx, .xls, .xlsx, .ppt, .pptx, .odt, .ods, .odp), phụ đề .vtt và video .mp4';

export type ImageKind = AllowedKind & { format: 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' };

export function isImageKind(kind: AllowedKind): kind is ImageKind {
  return kind.category === 'image';
}

export function allowedKind(format: SniffedFormat | undefined): AllowedKind | undefined {
  return ALLOWED_KINDS.find((kind) => kind.format === format);
}

/** The kind a file name claims to be, from its extension. */
export function kindForExtension(extension: string): AllowedKind | undefined {
  return ALLOWED_KINDS.find((kind) => kind.extensions.includes(extension));
}

export const LARGEST_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_LIMITS).map((limit) => limit.maxBytes));

/**
 * The upload plugin's own settings, from the same list: its `security` check
 * (file-type on the first bytes) and `sizeLimit` stay as a second line behind
 * ./restrict-uploads, for any way in that it does not cover.
 */
export function uploadPluginConfig() {
  return {
    sizeLimit: LARGEST_UPLOAD_BYTES,
    security: {
      allowedTypes: [...new Set(ALLOWED_KINDS.flatMap((kind) => [kind.mime, ...(kind.detectedAs ?? [])]))],
    },
  };
}
