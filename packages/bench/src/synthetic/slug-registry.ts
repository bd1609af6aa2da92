import { slugify } from '@hoilhpn/vietnamese';

/**
 * Hands out slugs made with the site's own Vietnamese slugify, numbered
 * ("-2", "-3", …) when one is taken, so every generated entry has its own URL
 * even when two titles come out the same.
 */
export class SlugRegistry {
  private readonly used: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.used = new Set(taken);
  }

  claim(text: string): string {
    const base = slugify(text) || 'muc';
    for (let suffix = 1; ; suffix += 1) {
      const candidate = suffix === 1 ? base : `${base}-${suffix}`;
      if (!this.used.has(candidate)) {
        this.used.add(candidate);
        return candidate;
      }
    }
  }
}
