import { describe, expect, it } from 'vitest';
import { summarize } from './stats.js';
import { checkTargets, verdict } from './targets.js';
import { fakeResult } from '../test-support/fake-result.js';

const byFigure = (result = fakeResult()) => Object.fromEntries(checkTargets(result).map((check) => [check.figure, check]));

describe('checkTargets', () => {
  it('judges each target on the medians, limits included', () => {
    const checks = byFigure();
    expect(checks['full build incl. search index']).toMatchObject({ met: true, measured: '20.0 s, 900 MB peak' });
    expect(checks['publish-to-live, one article']).toMatchObject({ met: false, measured: '6.0 s' });
    expect(checks['fetch all content']!.met).toBe(true);
    expect(checks.seeding).toMatchObject({ met: false, measured: '42 articles/s' });
    expect(checks['article page weight']).toMatchObject({ met: true, measured: '7.6 KB gzip HTML+CSS, 0 B JS' });
  });

  it('fails the build target on memory alone', () => {
    const result = fakeResult();
    result.build.peakBytes = summarize([1e9 + 1]);
    expect(byFigure(result)['full build incl. search index']!.met).toBe(false);
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
