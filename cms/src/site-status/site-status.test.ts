import { describe, expect, it } from 'vitest';
import { pagePath, siteStatusOf, type RebuildStatus } from './site-status';

const SITE = 'https://phunu.example.vn';
const live = (sequence: number, extra: Partial<RebuildStatus> = {}): RebuildStatus => ({
  live: { builtAt: '2026-12-01T10:00:00.000Z', fetch: { sequence } },
  building: false,
  queue: { waiting: false, afterCurrent: false },
  rolledBack: null,
  lastBuild: { result: 'live', error: null, startedAt: '2026-12-01T09:59:58.000Z' },
  ...extra,
});
const status = (input: Partial<Parameters<typeof siteStatusOf>[0]>) =>
  siteStatusOf({ type: 'article', lastChange: 42, publishedSlug: 'tin-moi', rebuild: live(42), siteUrl: SITE, ...input });

describe('siteStatusOf', () => {
  it('is live, with the page address, once the live release was built from the change or a later one', () => {
    expect(status({})).toEqual({
      state: 'live',
      url: `${SITE}/tin-tuc/tin-moi/`,
      path: '/tin-tuc/tin-moi/',
      liveBuiltAt: '2026-12-01T10:00:00.000Z',
      error: null,
    });
    expect(status({ rebuild: live(50) }).state).toBe('live');
    // Changed before the change record began: whatever is live has it.
    expect(status({ lastChange: null, rebuild: live(3) }).state).toBe('live');
  });

  it('is on its way while a build waits or runs, and says so without an address', () => {
    expect(status({ rebuild: live(41, { queue: { waiting: true, afterCurrent: false } }) })).toMatchObject({ state: 'updating', url: null });
    expect(status({ rebuild: live(41, { building: true }) }).state).toBe('updating');
    // The webhook is on its way: nothing queued yet.
    expect(status({ rebuild: live(41) }).state).toBe('updating');
  });

  it('is failed, with the reason, when a build after the change did not go live and none follows', () => {
    const failed = live(41, { lastBuild: { result: 'rejected', error: 'the release lacks sitemap.xml', startedAt: '2026-12-01T10:05:00.000Z' } });
    expect(status({ rebuild: failed, lastChangeAt: '2026-12-01T10:04:59.000Z' })).toMatchObject({ state: 'failed', error: 'the release lacks sitemap.xml' });
    // A build that failed before the change says nothing about it.
    expect(status({ rebuild: failed, lastChangeAt: '2026-12-01T10:06:00.000Z' }).state).toBe('updating');
  });

  it('says when the site is rolled back, when the entry is not published, and when the rebuild service cannot be asked', () => {
    expect(status({ rebuild: live(41, { rolledBack: { at: '2026-12-01T10:00:00.000Z', to: 'r1' } }) }).state).toBe('rolled-back');
    expect(status({ publishedSlug: null })).toMatchObject({ state: 'not-published', url: null, path: null });
    expect(status({ rebuild: null })).toMatchObject({ state: 'unknown', url: `${SITE}/tin-tuc/tin-moi/` });
    expect(status({ siteUrl: null })).toMatchObject({ state: 'live', url: null, path: '/tin-tuc/tin-moi/' });
  });

  it('gives each type with pages its path on the site', () => {
    expect(['article', 'project', 'video', 'training-course', 'award', 'cadre'].map((type) => pagePath(type as never, 'x'))).toEqual([
      '/tin-tuc/x/',
      '/de-an/x/',
      '/video/x/',
      '/dao-tao/x/',
      '/khen-thuong/x/',
      '/can-bo/x/',
    ]);
  });
});
