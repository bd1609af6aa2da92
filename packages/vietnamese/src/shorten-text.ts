/**
 * A text cut to at most `max` characters at a word boundary, with "…" when
 * something was left out. Vietnamese words are short syllables separated by
 * spaces, so the cut falls between syllables, never inside one (a cut inside
 * "Phụ" would leave "Ph" and read as another word). A first word longer than
 * `max` is cut where it must be.
 */
export function shortenText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, Math.max(0, max - 1));
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room;
  // No dangling punctuation before the ellipsis ("Hoà Bình, …" → "Hoà Bình…").
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
