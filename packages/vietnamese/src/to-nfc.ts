/** Vietnamese stored text is always NFC; sources may give decomposed (NFD) marks. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}
