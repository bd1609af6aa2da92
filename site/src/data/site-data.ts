import { readFileSync } from 'node:fs';
import { applyMediaMap, mapSiteData, type RawSiteData, type SiteData } from '@hoilhpn/content';

let cached: SiteData | undefined;

/**
 * The content every page reads, fetched once per build by scripts/build.mjs
 * and handed over in SITE_DATA_FILE. Pages never fetch; they call this.
 */
export function getSiteData(): SiteData {
  if (cached) return cached;
  const file = process.env.SITE_DATA_FILE;
  if (!file) throw new Error('SITE_DATA_FILE is not set: build the site with `pnpm --dir site build`, which fetches the CMS first.');
  const { raw, cmsUrl, media } = JSON.parse(readFileSync(file, 'utf8')) as { raw: RawSiteData; cmsUrl: string; media: Record<string, string> };
  const data = mapSiteData(raw, cmsUrl);
  applyMediaMap(data, media);
  cached = data;
  return data;
}
