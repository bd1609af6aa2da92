import { rawSettings } from '@hoilhpn/testing/raw-site-data';
import { describe, expect, it } from 'vitest';
import { mapContext } from './collector.js';
import type { RawSiteData } from './raw.js';
import { mapSiteSettings } from './site-settings.js';

describe('mapSiteSettings', () => {
  it('stands in for Cài đặt trang before editors save it', () => {
    const settings = mapSiteSettings(null, { articles: new Set() }, mapContext('http://cms'));
    expect(settings).toEqual({
      siteName: 'Hội Liên hiệp Phụ nữ',
      shortName: 'Hội LHPN',
      description: '',
      logo: null,
      province: null,
      address: null,
      phone: null,
      email: null,
      socialLinks: [],
      navigation: [],
      featuredArticleIds: [],
    });
  });

  it('shortens to the site name when no short name is set, drops empty links and features only published articles', () => {
    const raw = rawSettings({
      siteName: 'Hội LHPN tỉnh Hoà Bình',
      socialLinks: [null, { label: 'Facebook', url: 'https://facebook.com/hoilhpn' }],
      navigation: null,
      featuredArticles: [{ documentId: 'unpublished' }, { documentId: 'a2' }, null, { documentId: 'a2' }],
    }) as RawSiteData['settings'];
    const settings = mapSiteSettings(raw, { articles: new Set(['a1', 'a2']) }, mapContext('http://cms'));
    expect(settings).toMatchObject({
      shortName: 'Hội LHPN tỉnh Hoà Bình',
      socialLinks: [{ label: 'Facebook', url: 'https://facebook.com/hoilhpn' }],
      navigation: [],
      featuredArticleIds: ['a2'],
    });
  });
});
