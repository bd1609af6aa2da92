import { describe, expect, it } from 'vitest';
import { END_MARKER, replaceSection, START_MARKER } from './readme-section.js';

describe('replaceSection', () => {
  it('replaces only what lies between the markers', () => {
    const text = `# Title\n\n${START_MARKER}\nold table\n${END_MARKER}\n\nHow to run.\n`;
    expect(replaceSection(text, '| new |\n')).toBe(`# Title\n\n${START_MARKER}\n| new |\n${END_MARKER}\n\nHow to run.\n`);
  });

  it('refuses a text without the markers', () => {
    expect(() => replaceSection('# Title\n', 'x')).toThrow(/markers/);
  });
});
