import type { Link, SiteSettings } from '../types.js';
import type { MapContext } from './collector.js';
import { mediaAsset } from './media.js';
import type { RawSiteData } from './raw.js';
import { publishedIds, type Published } from './related-ids.js';

const links = (list: readonly (Link | null)[] | null | undefined): Link[] => (list ?? []).flatMap((link) => (link ? [link] : []));

/** Cài đặt trang; before editors save it once, the defaults below stand in. */
export function mapSiteSettings(settings: RawSiteData['settings'], published: { articles: Published }, context: MapContext): SiteSettings {
  const featuredArticleIds = publishedIds(settings?.featuredArticles, 'site settings featured articles', published.articles);
  return {
    siteName: settings?.siteName ?? 'Hội Liên hiệp Phụ nữ',
    shortName: settings?.shortName ?? settings?.siteName ?? 'Hội LHPN',
    description: settings?.description ?? '',
    logo: mediaAsset(settings?.logo, 'site settings logo', context, { fallback: settings?.siteName ?? null }),
    province: settings?.province ?? null,
    address: settings?.address ?? null,
    phone: settings?.phone ?? null,
    email: settings?.email ?? null,
    socialLinks: links(settings?.socialLinks),
    navigation: links(settings?.navigation),
    featuredArticleIds,
  };
}
