import { foldVietnamese } from './fold-vietnamese.js';

export const DEFAULT_SLUG_MAX_LENGTH = 120;

/**
 * Readable ASCII slug: "Hoà Bình: Chú trọng…" becomes "hoa-binh-chu-trong".
 * Long titles are cut at a word boundary so URLs stay readable.
 */
export function slugify(text: string, maxLength = DEFAULT_SLUG_MAX_LENGTH): string {
  const slug = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
