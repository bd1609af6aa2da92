import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The legacy articles that ship with the CMS (the demo's seed article is one of them). */
export const LEGACY_ARTICLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'cms', 'data', 'legacy-articles');

/* Body paragraphs are long; titles, dates, captions and by-lines are short lines. */
const MIN_PARAGRAPH_LENGTH = 120;

/** Body paragraphs of a legacy article export (plain text), NFC, in order. */
export function paragraphsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length >= MIN_PARAGRAPH_LENGTH);
}

/** Every body paragraph of every .txt file in `dir`. */
export function readLegacyParagraphs(dir = LEGACY_ARTICLES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => paragraphsOf(readFileSync(path.join(dir, name), 'utf8')));
}
