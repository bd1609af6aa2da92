import { describe, expect, it } from 'vitest';
import { planContent } from './content-plan.js';

describe('planContent', () => {
  it('scales the other types with the articles, within sensible bounds', () => {
    expect(planContent(10_000)).toEqual({
      articles: 10_000,
      draftArticles: 500,
      categories: 20,
      tags: 200,
      projects: 20,
      videos: 500,
      draftVideos: 25,
      trainingCourses: 400,
      cadres: 1_000,
      awards: 100,
      images: 8,
    });
    expect(planContent(1)).toMatchObject({ draftArticles: 1, categories: 4, tags: 3, projects: 2, videos: 2, cadres: 8, awards: 1 });
  });

  it('refuses a size that is not a positive whole number', () => {
    expect(() => planContent(0)).toThrow();
    expect(() => planContent(2.5)).toThrow();
  });
});
