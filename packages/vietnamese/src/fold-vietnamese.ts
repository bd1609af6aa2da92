/**
 * Folds Vietnamese text to plain lowercase ASCII letters for comparison:
 * accents and tone marks go, đ becomes d. Because the marks are removed
 * after canonical decomposition, both tone-mark placements ("Hoà" and "Hòa")
 * and both Unicode forms (NFC and NFD) fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
