import sharp from 'sharp';
import { type ImageKind, MAX_IMAGE_SIDE } from './allowed-uploads';

export interface ShrunkImage {
  width: number;
  height: number;
  /** Bytes. */
  size: number;
}

/**
 * Writes a copy of an image scaled down to MAX_IMAGE_SIDE on its longest
 * side, in the same format, to `outputPath`; undefined (and nothing written)
 * when it is already small enough. A camera's 6000 × 4000 photo would
 * otherwise be stored and served as is. Strapi then makes its own smaller
 * formats from the copy.
 */
export async function shrinkLargeImage(inputPath: string, format: ImageKind['format'], outputPath: string): Promise<ShrunkImage | undefined> {
  const { width = 0, height = 0, pages = 1, pageHeight } = await sharp(inputPath).metadata();
  const frameHeight = pageHeight ?? height;
  if (Math.max(width, frameHeight) <= MAX_IMAGE_SIDE) return undefined;
  const animated = pages > 1;
  let image = sharp(inputPath, { animated });
  // A phone's portrait photo is stored sideways with an EXIF note to turn it; re-encoding drops the note, so turn the pixels.
  if (!animated) image = image.autoOrient();
  image = image.resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true });
  // Strapi may compress the copy again (its "size optimization"): keep this first pass light.
  if (format === 'jpeg') image = image.jpeg({ quality: 90 });
  else if (format === 'webp') image = image.webp({ quality: 90 });
  else if (format === 'avif') image = image.avif();
  else if (format === 'png') image = image.png();
  else image = image.gif();
  const info = await image.toFile(outputPath);
  return { width: info.width, height: info.pageHeight ?? info.height, size: info.size };
}
