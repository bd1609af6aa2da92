import type { MediaAsset } from '../model/types.js';

/**
 * The srcset of a picture: its renditions and the original, by width; with
 * `format: 'webp'`, their WebP siblings, or undefined unless every one has one
 * (a WebP <source> that misses a width would make the browser pick worse).
 * Undefined too without renditions: the plain src is then all there is.
 * One place for ResponsiveImage.astro and rich text's images.
 */
export function srcsetOf(image: MediaAsset, format: 'original' | 'webp' = 'original'): string | undefined {
  if (image.variants.length === 0) return undefined;
  const entries = [
    ...image.variants.map((variant) => ({ src: variant.src, webp: variant.webp, width: variant.width })),
    ...(image.width ? [{ src: image.src, webp: image.webp, width: image.width }] : []),
  ];
  if (format === 'webp' && entries.some((entry) => !entry.webp)) return undefined;
  return entries.map((entry) => `${format === 'webp' ? entry.webp : entry.src} ${entry.width}w`).join(', ');
}
