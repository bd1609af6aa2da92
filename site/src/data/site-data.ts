import { readFileSync } from 'node:fs';
import { applyMediaMap, mapSiteData, type RawSiteData, type SiteData } from '@hoilhpn/content';

/**
 * The preview server renders one draft at a time with these same pages; it
 * installs a function here that answers with the data of the request being
 * rendered (an AsyncLocalStorage), so components read it like build data.
 */
export const PREVIEW_DATA_PROVIDER = Symbol.for('hoilhpn.previewSiteData');

type Provider = () => SiteData | undefined;

let cached: SiteData | undefined;

/**
 * The content every page reads, fetched once per build by scripts/build.mjs
 * and handed over in SITE_DATA_FILE. Pages never fetch; they call this.
 */
export function getSiteData(): SiteData {
  const preview = (globalThis as { [PREVIEW_DATA_PROVIDER]?: Provider })[PREVIEW_DATA_PROVIDER]?.();
  if (preview) return preview;
  if (cached) return cached;
  const file = process.env.SITE_DATA_FILE;
  if (!file) throw new Error('SITE_DATA_FILE is not set: build the site with `pnpm --dir site build`, which fetches the CMS first.');
  const { raw, cmsUrl, media } = JSON.parse(readFileSync(file, 'utf8')) as { raw: RawSiteData; cmsUrl: string; media: Record<string, string> };
  const data = mapSiteData(raw, cmsUrl);
  applyMediaMap(data, media);
  cached = data;
  return data;
}
