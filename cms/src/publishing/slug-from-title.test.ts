import { describe, expect, it } from 'vitest';
import { isPlaceholderSlug } from './slug-from-title';

describe('isPlaceholderSlug', () => {
  it('knows the admin’s defaults for a model and nothing else', () => {
    expect(isPlaceholderSlug('article', 'article')).toBe(true);
    expect(isPlaceholderSlug('article-12', 'article')).toBe(true);
    expect(isPlaceholderSlug('training-course-2', 'training-course')).toBe(true);
    expect(isPlaceholderSlug('article-hay', 'article')).toBe(false);
    expect(isPlaceholderSlug('tin-article', 'article')).toBe(false);
    expect(isPlaceholderSlug(undefined, 'article')).toBe(false);
  });
});
