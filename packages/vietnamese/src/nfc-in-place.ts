import { toNfc } from './to-nfc.js';

/**
 * Rewrites every string inside JSON-like data (objects, arrays) to Unicode
 * NFC, in place, and returns the same value. The CMS normalises what editors
 * save (a document-service middleware); the site build normalises what it
 * fetches, because older rows and direct database edits may hold decomposed
 * (NFD) text, which the site must never print. In place because the data can
 * be large (10,000 articles): only strings that change are replaced, nothing
 * else is copied. A bare string comes back normalised.
 */
export function nfcInPlace<T>(value: T): T {
  if (typeof value === 'string') return toNfc(value) as T;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (typeof item === 'string') {
        const normalized = toNfc(item);
        if (normalized !== item) value[index] = normalized;
      } else if (item !== null && typeof item === 'object') nfcInPlace(item);
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'string') {
        const normalized = toNfc(item);
        if (normalized !== item) record[key] = normalized;
      } else if (item !== null && typeof item === 'object') nfcInPlace(item);
    }
  }
  return value;
}
