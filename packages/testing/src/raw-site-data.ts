/**
 * Sample CMS data as the site's GraphQL queries give it, for the tests that map or route it
 * (@hoilhpn/content's mapping, the site's route table). Every field is there, empty unless a sample
 * needs it; a test passes only the fields it is about.
 *
 * This package does not depend on @hoilhpn/content, so entries are plain objects and rawSiteData is
 * told the type it stands for: `rawSiteData<RawSiteData>({ articles: [rawArticle()] })`.
 */

export type RawSample = Record<string, any>;

export const rawArticle = (fields: RawSample = {}): RawSample => ({
  documentId: 'a1',
  title: 'Tin số 1',
  slug: 'tin-so-1',
  lead: null,
  author: null,
  publishedDate: '2023-01-01T08:00:00.000Z',
  publishedAt: null,
  updatedAt: null,
  body: [],
  cover: null,
  coverCaption: null,
  figures: [],
  seo: null,
  category: null,
  tags: [],
  trainingCourses: [],
  awards: [],
  projects: [],
  videos: [],
  ...fields,
});

export const rawCategory = (fields: RawSample = {}): RawSample => ({
  documentId: 'c1',
  name: 'Tin hoạt động',
  slug: 'tin-hoat-dong',
  description: null,
  order: 1,
  ...fields,
});

export const rawTag = (fields: RawSample = {}): RawSample => ({ documentId: 't1', name: 'bồi dưỡng', slug: 'boi-duong', ...fields });

export const rawProject = (fields: RawSample = {}): RawSample => ({
  documentId: 'p1',
  code: '939',
  title: 'Đề án 939',
  shortTitle: null,
  slug: 'de-an-939',
  period: null,
  startYear: null,
  endYear: null,
  decision: null,
  summary: null,
  body: null,
  implementationStatus: 'da_ket_thuc',
  cover: null,
  documents: [],
  updatedAt: null,
  ...fields,
});

export const rawCadre = (fields: RawSample = {}): RawSample => ({
  documentId: 'k1',
  fullName: 'Bùi Thị Hoa',
  slug: 'bui-thi-hoa',
  position: 'chu_tich',
  positionTitle: null,
  unit: 'xã Tân Lập',
  district: 'huyện Lạc Sơn',
  province: 'Hoà Bình',
  photo: null,
  bio: null,
  officePhone: null,
  officialEmail: null,
  courses: [],
  awards: [],
  updatedAt: null,
  ...fields,
});

export const rawLegalDocument = (fields: RawSample = {}): RawSample => ({
  documentId: 'd1',
  title: 'Kế hoạch số 1',
  slug: 'ke-hoach-so-1',
  kind: 'ke_hoach',
  number: null,
  issuer: null,
  issuedDate: '2024-03-01',
  effectiveDate: null,
  summary: null,
  file: null,
  projects: [],
  articles: [],
  updatedAt: null,
  ...fields,
});

/** Cài đặt trang as saved with only the site's name. */
export const rawSettings = (fields: RawSample = {}): RawSample => ({
  siteName: 'Hội LHPN',
  shortName: null,
  description: null,
  province: null,
  address: null,
  phone: null,
  email: null,
  logo: null,
  socialLinks: [],
  navigation: [],
  featuredArticles: [],
  ...fields,
});

/** Everything the CMS gives the site: empty lists and rawSettings() unless given. */
export function rawSiteData<T>(fields: RawSample = {}): T {
  return {
    articles: [],
    categories: [],
    tags: [],
    projects: [],
    videos: [],
    trainingCourses: [],
    cadres: [],
    awards: [],
    legalDocuments: [],
    settings: rawSettings(),
    ...fields,
  } as T;
}
