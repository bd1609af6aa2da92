import type { MediaAsset } from '../model/types.js';

/** A small PNG from the media library, with its alt text: a test overrides what it is about. */
export const mediaAsset = (overrides: Partial<MediaAsset> = {}): MediaAsset => ({
  src: '/media/a.png',
  sourceUrl: 'x',
  name: 'a.png',
  alt: 'Ảnh',
  altMissing: false,
  width: 10,
  height: 10,
  mime: 'image/png',
  size: 1,
  variants: [],
  webp: null,
  fileUpdatedAt: null,
  ...overrides,
});
