import type { MediaFragment } from '../../generated/graphql.js';
import type { Block, MediaAsset } from '../types.js';
import type { MapContext } from './collector.js';

export type MediaLike = Pick<MediaFragment, 'url' | 'name' | 'alternativeText' | 'width' | 'height' | 'mime' | 'size' | 'formats'> & {
  updatedAt?: string | null;
};

type Format = { url: string; width: number; height: number };

const absolute = (url: string, cmsBase: string) => (url.startsWith('/') ? `${cmsBase}${url}` : url);

/**
 * One use of a media file, registered with the collector. `alt` is what the
 * editor wrote for this use (a figure's own alt); without it and without the
 * file's alternative text, `fallback` (a caption, a title) stands in and the
 * build warns, so editors can fix it.
 */
export function mediaAsset(
  file: MediaLike | null | undefined,
  usedBy: string,
  { cmsBase, collector }: MapContext,
  { alt: explicitAlt = '', fallback = '' }: { alt?: string | null; fallback?: string | null } = {},
): MediaAsset | null {
  if (!file || typeof file.url !== 'string') return null;
  const sourceUrl = absolute(file.url, cmsBase);
  const given = (explicitAlt ?? '').trim() || (file.alternativeText ?? '').trim();
  const alt = given || (fallback ?? '').trim();
  if (!given && (file.mime ?? '').startsWith('image/')) {
    collector.warn(`missing alt text: image "${file.name}" in ${usedBy}${alt ? ` (showing "${alt.slice(0, 60)}" instead)` : ''}`);
  }
  const formats = (file.formats ?? {}) as Record<string, Format | undefined>;
  const variants = Object.values(formats)
    .filter((format): format is Format => Boolean(format?.url && format.width && format.height))
    .map((format) => ({ src: absolute(format.url, cmsBase), width: format.width, height: format.height, webp: null }))
    .sort((a, b) => a.width - b.width);
  return collector.useMedia({
    src: sourceUrl,
    sourceUrl,
    name: file.name,
    alt,
    altMissing: !given,
    width: file.width ?? null,
    height: file.height ?? null,
    mime: file.mime ?? 'application/octet-stream',
    size: file.size ?? 0,
    variants,
    webp: null,
    fileUpdatedAt: file.updatedAt ?? null,
  });
}

/**
 * Images inside rich text are media too: registered (so they are copied) with
 * their caption kept on the asset (articleSearchText reads it). An image
 * block without a file becomes an empty paragraph rather than going, so the
 * block indexes figures are placed by (afterParagraph) stay right.
 */
export function withBlockImages(blocks: Block[], usedBy: string, context: MapContext): Block[] {
  return blocks.map((block) => {
    if (block.type !== 'image' || !block.image || typeof block.image !== 'object') return block;
    const image = block.image as MediaLike & { caption?: string | null };
    const mapped = mediaAsset(image, usedBy, context, { fallback: image.caption });
    return mapped ? { ...block, image: Object.assign(mapped, { caption: image.caption ?? null }) } : { ...block, type: 'paragraph', children: [] };
  });
}
