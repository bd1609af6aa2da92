import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const START_MARKER = '<!-- bench:latest:start (written by `npm run bench`; edit outside these markers) -->';
export const END_MARKER = '<!-- bench:latest:end -->';

/** Replaces what lies between the markers with `section`; the rest of the text is left as it is. */
export function replaceSection(text: string, section: string): string {
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) throw new Error('the README lacks the bench:latest markers');
  return `${text.slice(0, start + START_MARKER.length)}\n${section.trim()}\n${text.slice(end)}`;
}

export function updateReadme(file: string, section: string): void {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), section));
}
