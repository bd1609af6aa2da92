import { describe, expect, it } from 'vitest';
import { siteStatusView } from './site-status-view';

const answer = (state: Parameters<typeof siteStatusView>[0]['state'], extra = {}) => ({
  state,
  url: null,
  path: null,
  liveBuiltAt: null,
  error: null,
  ...extra,
});

describe('siteStatusView', () => {
  it('links to the page once the change is on the site, with the time of the release in Việt Nam time', () => {
    const view = siteStatusView(answer('live', { url: 'https://phunu.example.vn/tin-tuc/a/', liveBuiltAt: '2026-12-01T03:05:00.000Z' }));
    expect(view.link).toBe('https://phunu.example.vn/tin-tuc/a/');
    expect(view.message).toContain('10:05');
    expect(view.settled).toBe(true);
  });

  it('asks again while the change is on its way, and names the reason of a failed build', () => {
    expect(siteStatusView(answer('updating'))).toMatchObject({ link: null, settled: false });
    expect(siteStatusView(answer('failed', { error: 'the release lacks sitemap.xml' })).message).toContain('the release lacks sitemap.xml');
  });

  it('speaks Vietnamese in every state', () => {
    for (const state of ['live', 'updating', 'failed', 'rolled-back', 'not-published', 'unknown'] as const) {
      expect(siteStatusView(answer(state)).message).toMatch(/[ăâđêôơưàảãáạèẻẽéẹìỉĩíịòỏõóọùủũúụỳỷỹýỵ]/);
    }
  });
});
