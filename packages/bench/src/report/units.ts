/* Decimal units throughout (1 KB = 1,000 bytes, 1 GB = 10⁹ bytes), as the targets are written. */

const grouped = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${grouped(bytes / 1e9, 2)} GB`;
  if (bytes >= 1e6) return `${grouped(bytes / 1e6, bytes >= 1e8 ? 0 : 1)} MB`;
  if (bytes >= 1e3) return `${grouped(bytes / 1e3, 1)} KB`;
  return `${bytes} B`;
}

export function formatSeconds(ms: number): string {
  return `${grouped(ms / 1000, ms >= 100_000 ? 0 : 1)} s`;
}

export function formatCount(value: number, digits = 0): string {
  return grouped(value, digits);
}
