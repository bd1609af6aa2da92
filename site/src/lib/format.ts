import { formatVietnameseDate } from '@hoilhpn/vietnamese';

export const formatDate = (value: string) => formatVietnameseDate(value);

/** A file's size as a download link shows it; Strapi gives sizes in KB. */
export function formatFileSize(kilobytes: number): string {
  return `${Math.max(1, Math.round(kilobytes))} KB`;
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat('vi-VN').format(value);
}

export function formatDuration(seconds: number | null): string | null {
  if (!seconds) return null;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** ISO 8601 duration for JSON-LD and schema.org. */
export function isoDuration(seconds: number | null): string | undefined {
  return seconds ? `PT${Math.floor(seconds / 60)}M${seconds % 60}S` : undefined;
}
