import { describe, expect, it } from 'vitest';
import { summarize } from './stats.js';
import { checkTargets, publishRatios, verdict } from './targets.js';
import { fakeResult } from '../test-support/fake-result.js';

const byFigure = (result = fakeResult()) => Object.fromEntries(checkTargets(result).map((check) => [check.figure, check]));

describe('checkTargets', () => {
  it('judges each target on the medians, limits included', () => {
    const checks = byFigure();
    expect(checks['full build incl. search index (cold)']).toMatchObject({ met: true, measured: '20.0 s, 900 MB peak' });
    expect(checks['publish-to-live, one article']).toMatchObject({ met: false, measured: '6.0 s' });
    expect(checks['fetch all content']!.met).toBe(true);
    expect(checks.seeding).toMatchObject({ met: false, measured: '42 articles/s' });
    expect(checks['article page weight']).toMatchObject({ met: true, measured: '7.6 KB gzip HTML+CSS, 0 B JS' });
  });

  it('fails the build target on memory alone', () => {
    const result = fakeResult();
    result.build.peakBytes = summarize([1e9 + 1]);
    expect(byFigure(result)['full build incl. search index (cold)']!.met).toBe(false);
  });

  it('fails the article target on any JavaScript', () => {
    const result = fakeResult();
    result.pageWeights[0]!.js = { raw: 1, gzip: 21 };
    expect(byFigure(result)['article page weight']!.met).toBe(false);
  });

  it('says "not measured" when publish-to-live was skipped', () => {
    const check = byFigure(fakeResult({ publish: null }))['publish-to-live, one article']!;
    expect(check.met).toBeNull();
    expect(verdict(check.met)).toBe('not measured');
    expect([verdict(true), verdict(false)]).toEqual(['met', 'not met']);
  });
});

describe('publish-to-live per edit and across sizes', () => {
  const withEdits = (articles: number, newArticle: number, titleEdit: number, unpublish: number) =>
    fakeResult({
      articles,
      publish: {
        wallMs: summarize([newArticle]),
        buildMs: summarize([1_000]),
        debounceMs: 1_500,
        edits: {
          'new article': { wallMs: summarize([newArticle]), buildMs: summarize([1_000]) },
          'title edit': { wallMs: summarize([titleEdit]), buildMs: summarize([1_000]) },
          unpublish: { wallMs: summarize([unpublish]), buildMs: summarize([1_000]) },
        },
      },
    });

  it('judges the title edit and the unpublish against 5 s each', () => {
    const checks = byFigure(withEdits(10_000, 4_000, 5_001, 5_000));
    expect(checks['publish-to-live, title edit']).toMatchObject({ met: false, measured: '5.0 s' });
    expect(checks['publish-to-live, unpublish']!.met).toBe(true);
    expect(byFigure(fakeResult())['publish-to-live, title edit']!.met).toBeNull();
  });

  it('divides each edit at the largest size by the smallest, in any order of results', () => {
    const ratios = publishRatios([withEdits(10_000, 4_000, 6_000, 3_000), withEdits(1_000, 3_200, 3_000, 3_000)]);
    expect(ratios.map(({ edit, ratio }) => [edit, Number(ratio.toFixed(2))])).toEqual([
      ['new article', 1.25],
      ['title edit', 2],
      ['unpublish', 1],
    ]);
    expect(publishRatios([withEdits(1_000, 1, 1, 1)])).toEqual([]);
  });
});
