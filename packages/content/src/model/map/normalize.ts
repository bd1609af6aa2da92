import { nfcInPlace } from '@hoilhpn/vietnamese';
import type { RawSiteData } from './raw.js';

/** nfcInPlace over every entry of `raw`, but the entries `normalized` holds. */
export function normalizeToNfc(raw: RawSiteData, normalized: WeakSet<object> | undefined): void {
  if (!normalized) {
    nfcInPlace(raw);
    return;
  }
  for (const value of Object.values(raw) as unknown[]) {
    const entries = Array.isArray(value) ? value : [value];
    for (const entry of entries) {
      if (entry === null || typeof entry !== 'object' || normalized.has(entry)) continue;
      nfcInPlace(entry);
      normalized.add(entry);
    }
  }
}
