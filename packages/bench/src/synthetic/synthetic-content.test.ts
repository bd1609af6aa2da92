import { describe, expect, it } from 'vitest';
import { readLegacyParagraphs } from './legacy-paragraphs.js';
import { generateSyntheticContent, type SyntheticContent } from './synthetic-content.js';

const content = generateSyntheticContent({ articles: 2_000, legacyParagraphs: readLegacyParagraphs() });

/** Every string anywhere in the generated data. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const LISTS = [
  'categories',
  'tags',
  'projects',
  'videos',
  'trainingCourses',
  'cadres',
  'awards',
  'articles',
] as const satisfies readonly (keyof SyntheticContent)[];

describe('generateSyntheticContent', () => {
  it('makes the planned number of each type, drafts included', () => {
    expect(content.articles.filter((article) => !article.draft)).toHaveLength(2_000);
    expect(content.articles.filter((article) => article.draft)).toHaveLength(content.plan.draftArticles);
    expect(content.plan.draftArticles).toBe(100);
    expect(content.videos.filter((video) => video.draft)).toHaveLength(content.plan.draftVideos);
    expect(content.cadres).toHaveLength(200);
  });

  it('writes Vietnamese text in Unicode NFC only', () => {
    const all = strings(content);
    expect(all.length).toBeGreaterThan(50_000);
    expect(all.filter((text) => text !== text.normalize('NFC'))).toEqual([]);
    // Really Vietnamese: tone marks and đ, not ASCII stand-ins.
    expect(content.articles.filter((article) => /[ạảãàáâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/i.test(article.title)).length).toBeGreaterThan(1_900);
  });

  it('gives every entry of a type its own URL-safe slug', () => {
    for (const list of LISTS) {
      const slugs = content[list].map((entry) => entry.slug);
      expect(new Set(slugs).size, list).toBe(slugs.length);
      for (const slug of slugs) expect(slug, list).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('avoids slugs the CMS already has', () => {
    const first = generateSyntheticContent({ articles: 50 });
    const taken = first.articles.slice(0, 10).map((article) => article.slug);
    const second = generateSyntheticContent({ articles: 50, taken: { articles: taken } });
    expect(second.articles.map((article) => article.slug).filter((slug) => taken.includes(slug))).toEqual([]);
  });

  it('links only to entries that exist, and articles only to published videos', () => {
    for (const article of content.articles) {
      expect(article.category).toBeLessThan(content.categories.length);
      for (const tag of article.tags) expect(tag).toBeLessThan(content.tags.length);
      for (const project of article.projects) expect(project).toBeLessThan(content.projects.length);
      for (const course of article.trainingCourses) expect(course).toBeLessThan(content.trainingCourses.length);
      for (const award of article.awards) expect(award).toBeLessThan(content.awards.length);
      for (const video of article.videos) expect(content.videos[video]!.draft).toBe(false);
      for (const figure of article.figures) expect(figure.afterParagraph).toBeLessThanOrEqual(article.body.length);
    }
    for (const award of content.awards) for (const cadre of award.recipients) expect(cadre).toBeLessThan(content.cadres.length);
  });

  it('dates everything before the 1/7/2025 reorganisation, in Vietnam time', () => {
    for (const article of content.articles) {
      expect(article.publishedDate).toMatch(/^20(1[89]|2[0-5])-\d\d-\d\dT\d\d:\d\d:00\+07:00$/);
      expect(article.publishedDate < '2025-07-01').toBe(true);
    }
  });

  it('is the same for the same seed and differs for another', () => {
    const again = generateSyntheticContent({ articles: 2_000, legacyParagraphs: readLegacyParagraphs() });
    expect(again).toEqual(content);
    expect(generateSyntheticContent({ articles: 2_000, seed: 7 }).articles[0]!.title).not.toBe(content.articles[0]!.title);
  });
});
