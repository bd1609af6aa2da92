import type { SiteData } from './model/types.js';

/*
 * The media map a build hands to its pages: CMS URL → path of the copy in the
 * site, webpKey(URL) → path of its WebP sibling. Apart from copy-media.ts
 * (which loads sharp), so that pages, which only apply the map, do not.
 */

/** The map key of a file's WebP sibling. */
export const webpKey = (url: string) => `webp:${url}`;

/** Points every media use at its copy in the site, and its WebP sibling (map: CMS URL → site path, webpKey(URL) → WebP path). */
export function applyMediaMap(data: SiteData, map: Record<string, string>): void {
  for (const asset of data.media) {
    asset.src = map[asset.sourceUrl] ?? asset.src;
    asset.webp = map[webpKey(asset.sourceUrl)] ?? null;
    asset.variants = asset.variants.map((variant) => ({ ...variant, src: map[variant.src] ?? variant.src, webp: map[webpKey(variant.src)] ?? null }));
  }
}
